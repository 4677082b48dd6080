/**
 * The private note that carries an AI draft (Simpli Freshdesk guide, Reply section), rebuilt safely: the draft
 * is escaped, its confidence shown as a percentage, and the note says plainly it is an AI draft to edit before sending.
 */
import { textToHtml } from './html';
import { writeMayHaveLanded, type AttemptHistory } from './jobs/landed';

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

/**
 * Whether an earlier attempt may have posted the draft note without recording it, so attempt `attempt` must look
 * for it before posting (a note is never posted twice); domain/jobs/landed.ts says when.
 */
export const draftNoteMayExist = (stored: AttemptHistory | undefined, attempt: number): boolean => writeMayHaveLanded(stored, attempt, 'note');
