/**
 * QA's answer made safe to keep and show: dimensions with a name, coaching notes with words, in bounded number and
 * length. The evaluation lives in the ticket's `$db` record next to triage's draft, and a record is at most 40 KB
 * (docs/platform.md "Key-value store"); `$db` also refuses an empty key and stores '' as null, so neither is kept.
 */
import { cutToCodePoints } from '../text';
import type { QaEvaluation } from './types';

export const MAX_DIMENSIONS = 12;
export const MAX_DIMENSION_NAME = 60;
export const MAX_NOTES = 10;
export const MAX_NOTE_CODE_POINTS = 300;

export interface RawEvaluation {
  overall_score: number;
  dimensions?: Readonly<Record<string, number>> | null;
  coaching_notes?: readonly string[] | null;
}

export function normaliseEvaluation(raw: RawEvaluation): QaEvaluation {
  const dimensions = Object.entries(raw.dimensions ?? {})
    .map(([name, score]): [string, number] => [cutToCodePoints(name.trim(), MAX_DIMENSION_NAME), score])
    .filter(([name]) => name !== '')
    .slice(0, MAX_DIMENSIONS);
  const notes = (raw.coaching_notes ?? [])
    .map((n) => cutToCodePoints(n.trim(), MAX_NOTE_CODE_POINTS))
    .filter((n) => n !== '')
    .slice(0, MAX_NOTES);
  return { overall: raw.overall_score, dimensions: Object.fromEntries(dimensions), coachingNotes: notes };
}
