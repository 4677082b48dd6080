/**
 * QA's answer made safe to keep and show: dimensions with a name, coaching notes with words, in bounded number.
 * `$db` refuses a record with an empty key and stores '' as null (fdk-platform.md §4.10), so neither is kept.
 */
import type { QaEvaluation } from './types';

const MAX_DIMENSIONS = 20;
const MAX_NOTES = 20;

export interface RawEvaluation {
  overall_score: number;
  dimensions?: Readonly<Record<string, number>> | null;
  coaching_notes?: readonly string[] | null;
}

export function normaliseEvaluation(raw: RawEvaluation): QaEvaluation {
  const dimensions = Object.entries(raw.dimensions ?? {})
    .filter(([name]) => name.trim() !== '')
    .slice(0, MAX_DIMENSIONS);
  const notes = (raw.coaching_notes ?? []).map((n) => n.trim()).filter((n) => n !== '');
  return { overall: raw.overall_score, dimensions: Object.fromEntries(dimensions), coachingNotes: notes.slice(0, MAX_NOTES) };
}
