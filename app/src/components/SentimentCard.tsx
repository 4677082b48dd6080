/** The customer's latest mood with its trigger words (as text), and the trend across their tickets. */
import type { SentimentView } from '../view-models/sentiment';
import { Card } from './Card';
import { Spinner, ToneLabel } from './crayons';
import { RetryButton, type RetryProps } from './RetryButton';

const ARROWS = { improving: '↗', declining: '↘', stable: '→', unknown: '' } as const;

export function SentimentCard({ view, loading, retry }: { view: SentimentView; loading: boolean; retry?: RetryProps }) {
  const latest = view.latest;
  return (
    <Card name="sentiment" title="Customer sentiment" aside={latest ? <ToneLabel tone={latest.tone} value={latest.label} /> : undefined}>
      {latest && (
        <div className="sb-mood">
          <p className="sb-small">{latest.from}</p>
          <dl className="sb-facts">
            <div>
              <dt>Score</dt>
              <dd>{latest.score}</dd>
            </div>
            {latest.risk && (
              <div>
                <dt>Escalation risk</dt>
                <dd>{latest.risk}</dd>
              </div>
            )}
          </dl>
          {latest.triggers.length > 0 && (
            <p className="sb-triggers">
              <span className="sb-small">Trigger words: </span>
              {latest.triggers.map((t, i) => (
                <span key={`${t}-${i}`} className="sb-chip">
                  {t}
                </span>
              ))}
            </p>
          )}
          {latest.escalation && <p className="sb-escalation">{latest.escalation}</p>}
        </div>
      )}
      {view.job && (
        <p className="sb-small" data-status={view.job.status}>
          {view.job.headline} {view.job.details.join(' ')}
        </p>
      )}
      {view.job?.canRetry && retry && <RetryButton {...retry} />}
      <div className="sb-trend" data-direction={view.direction ?? 'none'} data-loading={loading}>
        <p>
          {loading && <Spinner size="micro" />}
          {!loading && view.direction && view.direction !== 'unknown' && <span aria-hidden="true">{ARROWS[view.direction]} </span>}
          {view.trendWords}
        </p>
        {view.points.length > 1 && (
          <div className="sb-bars" role="img" aria-label={`Last ${view.points.length} scores, oldest first`}>
            {view.points.map((p, i) => (
              <span key={i} className={`sb-bar sb-bar-${p.tone}`} style={{ height: `${p.height}%` }} title={`${p.label} ${p.score}`} />
            ))}
          </div>
        )}
      </div>
    </Card>
  );
}
