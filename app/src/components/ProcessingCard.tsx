/** Where triage stands (done, working, waiting to retry and when, failed and why), Retry, and what it cost. */
import type { CostView } from '../view-models/cost';
import type { JobView } from '../view-models/processing';
import { Card } from './Card';
import { Button, ToneLabel } from './crayons';

export interface ProcessingProps {
  job: JobView | undefined;
  cost: CostView | undefined;
  retrying: boolean;
  refreshing: boolean;
  onRetry(): void;
  onRefresh(): void;
}

export function ProcessingCard({ job, cost, retrying, refreshing, onRetry, onRefresh }: ProcessingProps) {
  if (!job && !cost) return null;
  const waiting = job !== undefined && job.status !== 'done';
  return (
    <Card name="processing" title="Processing" aside={job ? <ToneLabel tone={job.tone} value={job.label} /> : undefined}>
      {job && (
        <div className="sb-job" data-status={job.status}>
          <p className="sb-job-headline">{job.headline}</p>
          {job.details.length > 0 && (
            <ul className="sb-list">
              {job.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </div>
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
