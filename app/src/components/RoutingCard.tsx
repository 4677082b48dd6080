/** Where Simpli would send the ticket, its reason (Simpli's words, as text), and whether the group was set. */
import type { RoutingView } from '../view-models/routing';
import { Card, Note } from './Card';
import { FieldRows } from './ClassificationCard';

export function RoutingCard({ view, note }: { view: RoutingView | undefined; note: string | undefined }) {
  return (
    <Card name="routing" title="Routing">
      {view ? (
        <>
          <dl className="sb-facts">
            {view.team && (
              <div>
                <dt>Team</dt>
                <dd>{view.team}</dd>
              </div>
            )}
            {view.agent && (
              <div>
                <dt>Agent</dt>
                <dd>{view.agent}</dd>
              </div>
            )}
          </dl>
          {view.reason && <p className="sb-quote">{view.reason}</p>}
          {view.group && <FieldRows rows={[view.group]} />}
        </>
      ) : (
        <Note>{note ?? 'Not routed.'}</Note>
      )}
    </Card>
  );
}
