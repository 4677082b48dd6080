/** Category, urgency and confidence, then each field Simpli suggested: applied or only suggested, and why. */
import type { ClassificationView, FieldRow } from '../view-models/classification';
import { Card, Note } from './Card';
import { ToneLabel } from './crayons';

export function FieldRows({ rows }: { rows: FieldRow[] }) {
  return (
    <ul className="sb-fields">
      {rows.map((row) => (
        <li key={row.field} className="sb-field" data-field={row.field} data-applied={row.applied}>
          <div className="sb-field-line">
            <span className="sb-field-name">{row.label}</span>
            <span className="sb-field-value">{row.value}</span>
            <ToneLabel tone={row.applied ? 'success' : row.status === 'Not saved' ? 'neutral' : 'warning'} value={row.status} />
          </div>
          <p className="sb-why">{row.why}</p>
        </li>
      ))}
    </ul>
  );
}

export function ClassificationCard({ view, note }: { view: ClassificationView | undefined; note: string | undefined }) {
  return (
    <Card name="classification" title="Classification">
      {view ? (
        <>
          <dl className="sb-facts">
            <div>
              <dt>Category</dt>
              <dd>{view.category}</dd>
            </div>
            <div>
              <dt>Urgency</dt>
              <dd>{view.urgency}</dd>
            </div>
            <div>
              <dt>Confidence</dt>
              <dd>{view.confidence}</dd>
            </div>
          </dl>
          {view.rows.length > 0 && <FieldRows rows={view.rows} />}
          {view.aiFields && <p className="sb-small">{view.aiFields}</p>}
        </>
      ) : (
        <Note>{note ?? 'Not classified.'}</Note>
      )}
    </Card>
  );
}
