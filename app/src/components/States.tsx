/** The whole-sidebar states: loading (a skeleton of the cards to come), and a failure with a way out. */
import { Button, Spinner } from './crayons';

export function LoadingState({ words = 'Loading this ticket’s insights…' }: { words?: string }) {
  return (
    <div className="sb-state" role="status" aria-live="polite" data-state="loading">
      <Spinner size="small" />
      <p>{words}</p>
      <div className="sb-skeleton" aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
    </div>
  );
}

export function ErrorState({ words, onRetry }: { words: string; onRetry?: () => void }) {
  return (
    <div className="sb-state sb-state-error" role="alert" data-state="error">
      <p>{words}</p>
      {onRetry && (
        <Button color="secondary" size="small" data-action="reload" onFwClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}
