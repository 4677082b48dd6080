/** The QA score once the ticket is resolved: overall, per dimension, and the coaching notes (as text). */
import type { QaView } from '../view-models/qa';
import { Card, Note } from './Card';
import { ToneLabel } from './crayons';
import { RetryButton, type RetryProps } from './RetryButton';

export function QaCard({ view, retry }: { view: QaView; retry?: RetryProps }) {
  if (view.kind === 'message') {
    return (
      <Card name="qa" title="QA score">
        <Note>{view.words}</Note>
      </Card>
    );
  }
  if (view.kind === 'working') {
    return (
      <Card name="qa" title="QA score" aside={<ToneLabel tone={view.job.tone} value={view.job.label} />}>
        <p>{view.job.headline}</p>
        {view.job.details.map((d) => (
          <p key={d} className="sb-small">
            {d}
          </p>
        ))}
        {view.job.canRetry && retry && <RetryButton {...retry} />}
      </Card>
    );
  }
  return (
    <Card name="qa" title="QA score" aside={<ToneLabel tone={view.tone} value={view.overall} />}>
      <ul className="sb-dimensions">
        {view.dimensions.map((d) => (
          <li key={d.name}>
            <span className="sb-dim-name">{d.name}</span>
            <span className="sb-meter" aria-hidden="true">
              <span style={{ width: `${d.width}%` }} />
            </span>
            <span className="sb-dim-score">{d.score}</span>
          </li>
        ))}
      </ul>
      {view.notes.length > 0 && (
        <>
          <h3 className="sb-subtitle">Coaching notes</h3>
          <ul className="sb-list">
            {view.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </>
      )}
      {view.rescore && <p className="sb-small">{view.rescore}</p>}
    </Card>
  );
}
