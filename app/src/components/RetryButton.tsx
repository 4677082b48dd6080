/** Retry for a job card (sentiment, QA): the same SMI retryTicket as triage's, which runs what is left of every job. */
import { Button } from './crayons';

export interface RetryProps {
  retrying: boolean;
  onRetry: () => void;
}

export function RetryButton({ retrying, onRetry }: RetryProps) {
  return (
    <div className="sb-actions">
      <Button color="primary" size="small" data-action="retry" loading={retrying} disabled={retrying} onFwClick={onRetry}>
        Retry now
      </Button>
    </div>
  );
}
