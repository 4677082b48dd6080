/** Tells Simpli Reply how the draft went (POST /api/v1/feedback): used as is, or not useful. */
import type { DraftActions } from '../hooks/use-draft-actions';
import { Button } from './crayons';

const THANKS = { accepted: 'marked as good as is', edited: 'sent with your edit', rejected: 'marked as not useful' } as const;

export function DraftFeedback({ draftId, actions }: { draftId: string | undefined; actions: DraftActions }) {
  if (!draftId) return <p className="sb-small">Feedback is not available: Simpli Reply gave this draft no id.</p>;
  if (actions.sent?.draftId === draftId) {
    return (
      <p className="sb-small sb-thanks" role="status">
        Thanks — feedback {THANKS[actions.sent.kind]}.
      </p>
    );
  }
  const busy = actions.busy === 'feedback';
  return (
    <div className="sb-feedback">
      <span className="sb-small">Was this draft useful?</span>
      <Button color="text" size="small" data-action="feedback-accepted" disabled={busy} onFwClick={() => void actions.feedback(draftId, 'accepted')}>
        Good as is
      </Button>
      <Button color="text" size="small" data-action="feedback-rejected" disabled={busy} onFwClick={() => void actions.feedback(draftId, 'rejected')}>
        Not useful
      </Button>
    </div>
  );
}
