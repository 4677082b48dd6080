/**
 * The private note that carries a QA score (Simpli Freshdesk guide, QA section), rebuilt safely: overall and each
 * dimension as percentages, coaching notes as a list, every word from QA escaped. The note names the resolution it
 * scores, which is also how a retry recognises a note it already posted, and says so when it is a re-score.
 */
import { percent } from '../draft-note';
import { escapeHtml } from '../html';
import type { QaEvaluation } from './types';

/** The note's first words. */
export const QA_NOTE_TITLE = 'Simpli QA score';

/** The line that ties a note to one resolution (plain text: it survives Freshdesk's body_text rendering). */
export const resolutionMarker = (resolvedAt: string): string => `for the resolution of ${resolvedAt}`;

export interface QaNoteInput {
  evaluation: QaEvaluation;
  resolvedAt: string;
  /** The score of the previous resolution, when this one re-scores a reopened ticket. */
  previousOverall?: number;
  rescore: boolean;
  /** Messages left out of a conversation too long for one request. */
  omitted: number;
}

/** "first_response" → "First response". */
export function dimensionName(key: string): string {
  const words = key.trim().replace(/[_-]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const list = (items: readonly string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;

export function renderQaNote({ evaluation, resolvedAt, previousOverall, rescore, omitted }: QaNoteInput): string {
  const again = rescore
    ? ` (re-score: the ticket was reopened and resolved again${previousOverall === undefined ? '' : `; the previous score was ${percent(previousOverall)}`})`
    : '';
  const parts = [`<p><strong>${QA_NOTE_TITLE}: ${percent(evaluation.overall)}</strong>${again}</p>`];
  const dimensions = Object.entries(evaluation.dimensions);
  if (dimensions.length > 0) parts.push(list(dimensions.map(([k, v]) => `<strong>${escapeHtml(dimensionName(k))}</strong>: ${percent(v)}`)));
  if (evaluation.coachingNotes.length > 0) parts.push('<p><strong>Coaching notes</strong></p>', list(evaluation.coachingNotes.map(escapeHtml)));
  const left = omitted > 0 ? ` ${omitted} message${omitted === 1 ? ' was' : 's were'} left out from the middle of a long conversation.` : '';
  parts.push(`<p><em>Scored by Simpli QA ${resolutionMarker(resolvedAt)}.${left}</em></p>`);
  return parts.join('');
}

/** Whether a conversation entry is our note for this resolution (private, our title, this resolution). */
export const isQaNoteFor = (entry: { private: boolean; text: string }, resolvedAt: string): boolean =>
  entry.private && entry.text.includes(QA_NOTE_TITLE) && entry.text.includes(resolutionMarker(resolvedAt));
