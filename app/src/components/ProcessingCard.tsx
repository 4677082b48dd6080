/**
 * Where triage stands (done, working, waiting to retry and when, failed and why), Retry, what the ticket cost, and
 * whether the sidebar is following the server's work: last and compact, the draft and insights come first.
 */
import type { CostView } from '../view-models/cost';
import type { JobView } from '../view-models/processing';
import { Card } from './Card';
import { Button, ToneLabel } from './crayons';

export interface ProcessingProps {
  job: JobView | undefined;
  cost: CostView | undefined;
  live: boolean;
  retrying: boolean;
  refreshing: boolean;
  onRetry(): void;
  onRefresh(): void;
}

export function ProcessingCard({ job, cost, live, retrying, refreshing, onRetry, onRefresh }: ProcessingProps) {
  if (!job && !cost && !live) return null;
  const waiting = job !== undefined && job.status !== 'done';
  return (
    <Card name="processing" title="Processing" compact aside={job ? <ToneLabel tone={job.tone} value={job.label} /> : undefined}>
      {job && (
        <div className="sb-job" data-status={job.status}>
          <p className={waiting ? 'sb-job-headline' : 'sb-small'}>{job.headline}</p>
          {job.details.length > 0 && (
            <ul className="sb-list sb-small">
              {job.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {live && (
        <p className="sb-small sb-live" role="status">
          Updating by itself while Simpli works.
        </p>
      )}
      {cost && (
        <p className="sb-cost" data-requests={cost.total}>
          {cost.words}
        </p>
      )}
      {waiting && (
        <div className="sb-actions">
          {job.canRetry && (
            <Button color="primary" size="small" data-action="retry" loading={retrying} disabled={retrying} onFwClick={onRetry}>
              Retry now
            </Button>
          )}
          <Button color="secondary" size="small" data-action="refresh" loading={refreshing} disabled={refreshing} onFwClick={onRefresh}>
            Check again
          </Button>
        </div>
      )}
    </Card>
  );
}
