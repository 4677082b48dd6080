/**
 * Sentiment's answer made safe to keep and show (docs/simpli.md "Sentiment: POST /analyze",
 * "What the app and the fakes do", app item 4): the label normalised, trigger words trimmed and bounded. The result
 * lives in the ticket's `$db` record (≤ 40 KB, no empty strings, docs/platform.md "Key-value store").
 */
import { cutToCodePoints } from '../text';
import { normaliseLabel } from './message';
import type { SentimentResult } from './types';

export const MAX_TRIGGERS = 20;
export const MAX_TRIGGER_CODE_POINTS = 50;

export interface RawSentiment {
  score: number;
  label: string;
  escalation_risk: number;
  triggers: readonly string[];
}

export function normaliseResult(raw: RawSentiment): SentimentResult {
  const triggers = raw.triggers
    .map((t) => cutToCodePoints(t.trim(), MAX_TRIGGER_CODE_POINTS))
    .filter((t) => t !== '')
    .slice(0, MAX_TRIGGERS);
  return { score: raw.score, label: normaliseLabel(raw.label, raw.score), escalationRisk: raw.escalation_risk, triggers };
}
