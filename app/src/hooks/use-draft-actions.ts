/**
 * What the agent does with a draft: insert it into the reply (free), regenerate it (1 template request, plus 1
 * `$db` write to keep it when the ticket has a record), and tell Simpli Reply how it went (1 template request).
 */
import { useCallback, useState } from 'react';
import type { Draft, SidebarPort, TicketContext } from '../port';
import { languageNote, replyHtml } from '../view-models/draft';
import { failureWords } from '../view-models/failure';

export type FeedbackKind = 'accepted' | 'edited' | 'rejected';

export interface DraftActions {
  busy: 'insert' | 'regenerate' | 'feedback' | undefined;
  /** The last failure, in words; cleared by the next action. */
  problem: string | undefined;
  /** Which feedback was sent for which draft id. */
  sent: { draftId: string; kind: FeedbackKind } | undefined;
  /** Each answers whether it worked (a failure is in `problem`). */
  insert(text: string): Promise<boolean>;
  regenerate(style: string, language: string): Promise<boolean>;
  feedback(draftId: string, kind: FeedbackKind, editedText?: string): Promise<boolean>;
}

export interface DraftActionsInput {
  port: SidebarPort;
  ticket: TicketContext;
  /** Only an existing record may take the draft: creating it would steal the server's claim. */
  canSave: boolean;
  /** The id of the server's draft a regenerated one replaces (see view-models/draft.ts currentDraft). */
  serverDraftId: string | undefined;
  onDraft(draft: Draft): void;
}

export function useDraftActions({ port, ticket, canSave, serverDraftId, onDraft }: DraftActionsInput): DraftActions {
  const [busy, setBusy] = useState<DraftActions['busy']>();
  const [problem, setProblem] = useState<string>();
  const [sent, setSent] = useState<DraftActions['sent']>();

  const run = useCallback(async (kind: NonNullable<DraftActions['busy']>, what: string, action: () => Promise<void>): Promise<boolean> => {
    setBusy(kind);
    setProblem(undefined);
    try {
      await action();
      return true;
    } catch (error) {
      setProblem(failureWords(error, what));
      return false;
    } finally {
      setBusy(undefined);
    }
  }, []);

  const insert = useCallback(
    (text: string) =>
      run('insert', 'Inserting the draft', async () => {
        await port.insertIntoReply(replyHtml(text));
        await port.notify('success', 'Draft inserted into the reply. Review it before you send.');
      }),
    [port, run],
  );

  const regenerate = useCallback(
    (style: string, language: string) =>
      run('regenerate', 'Regenerating', async () => {
        const message = ticket.description.trim() || ticket.subject.trim();
        const answered = await port.draft({ ticketId: ticket.id, message, style, language });
        const draft = serverDraftId === undefined ? answered : { ...answered, replaces: serverDraftId };
        onDraft(draft);
        setSent(undefined);
        const note = languageNote(language, draft.language);
        if (note) await port.notify('info', note);
        if (!canSave) return;
        try {
          await port.saveDraft(ticket.id, draft);
        } catch (error) {
          setProblem(`${failureWords(error, 'Saving the new draft')} It is shown until the ticket is reopened.`);
        }
      }),
    [port, ticket, canSave, serverDraftId, onDraft, run],
  );

  const feedback = useCallback(
    (draftId: string, kind: FeedbackKind, editedText?: string) =>
      run('feedback', 'Sending feedback', async () => {
        // accepted: used as is; edited: what the agent would send instead; rejected: not useful at all.
        await port.sendFeedback({ draftId, accepted: kind === 'accepted', editedText: kind === 'edited' ? (editedText ?? '') : null });
        setSent({ draftId, kind });
      }),
    [port, run],
  );

  return { busy, problem, sent, insert, regenerate, feedback };
}
