/**
 * The private note that carries an AI draft (Simpli Freshdesk guide, Reply section), rebuilt safely: the draft
 * is escaped, its confidence shown as a percentage, and the note says plainly it is an AI draft to edit before sending.
 */
import { textToHtml } from './html';

export interface DraftForNote {
  text: string;
  /** 0–1 */
  confidence: number;
}

/** The note's first words: also how a retry recognises a note it already posted. */
export const DRAFT_NOTE_TITLE = 'Simpli AI draft reply';

export const percent = (unit: number): string => `${Math.round(unit * 100)}%`;

export function renderDraftNote(draft: DraftForNote): string {
  return [
    `<p><strong>${DRAFT_NOTE_TITLE}</strong> (confidence ${percent(draft.confidence)})</p>`,
    textToHtml(draft.text),
    '<p><em>This is an AI-generated draft. Review and edit it before sending it to the customer.</em></p>',
  ].join('');
}

/** What the look rule reads of a stored triage record. */
export interface NoteHistory {
  attempt: number;
  errors: { note?: { unsent?: boolean } };
}

/**
 * Whether an earlier attempt may have posted the draft note without recording it, so attempt `attempt` must look
 * for it before posting (a note is never posted twice). Only a run that ended without saving (killed after its
 * claim) or whose note request may have reached Freshdesk (a timeout whose write still landed) leaves that doubt;
 * after a saved run whose note the platform's budget refused before it left, or that never tried it, there is
 * none, and the look's request is saved.
 */
export function draftNoteMayExist(stored: NoteHistory | undefined, attempt: number): boolean {
  if (!stored) return attempt > 1;
  if (stored.attempt !== attempt - 1) return true;
  const error = stored.errors.note;
  return error !== undefined && error.unsent !== true;
}
