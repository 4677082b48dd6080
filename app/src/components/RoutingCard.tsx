/**
 * Where Simpli would send the ticket: the team, the group by name (set or only suggested, and why), the ticket's
 * group now, Simpli's reason (as text) and Simpli's agent id under a label saying what it is.
 */
import type { RoutingView } from '../view-models/routing';
import { Card, Note } from './Card';
import { FieldRows } from './ClassificationCard';

export function RoutingCard({ view, note }: { view: RoutingView | undefined; note: string | undefined }) {
  return (
    <Card name="routing" title="Routing">
      {view ? (
        <>
          {(view.team || view.currentGroup) && (
            <dl className="sb-facts">
              {view.team && (
                <div>
                  <dt>Team</dt>
                  <dd>{view.team}</dd>
                </div>
              )}
              {view.currentGroup && (
                <div>
                  <dt>Group now</dt>
                  <dd data-field="current-group">{view.currentGroup}</dd>
                </div>
              )}
            </dl>
          )}
          {view.group && <FieldRows rows={[view.group]} />}
          {view.reason && <p className="sb-quote">{view.reason}</p>}
          {view.simpliAgentId && (
            <p className="sb-small" data-field="simpli-agent-id">
              Simpli agent id: {view.simpliAgentId} (Simpli’s own id for the agent it suggests, not a Freshdesk agent)
            </p>
          )}
        </>
      ) : (
        <Note>{note ?? 'Not routed.'}</Note>
      )}
    </Card>
  );
}
