/**
 * Sentiment's keyword mode, step for step as app.py does it (docs/simpli.md "Sentiment: the keyword algorithm"):
 * _analyze_text, _score_to_label, _escalation_risk and the rounding of the response. Python semantics throughout:
 * str.lower().split(), strip of 14 characters, exact-token look-ups, sum() of the interpreter in use,
 * label on the unrounded score, round() half-even on the binary value.
 */
import { pyRound } from '../python/round';
import { pySplit, pyStrip } from '../python/str';
import { pySum, type PythonVersion } from '../python/sum';
import { ESCALATION_TRIGGERS, NEGATIVE_KEYWORDS, POSITIVE_KEYWORDS, STRIP_CHARS } from './keywords';

export type SentimentLabel = 'positive' | 'neutral' | 'negative';

export interface SentimentResult {
  /** round(score, 2); may be -0 (sent as -0.0). */
  score: number;
  label: SentimentLabel;
  escalation_risk: number;
  triggers: string[];
}

/** _analyze_text: the unrounded, clamped mean of the matched keyword weights, and the triggers in order. */
export function analyzeText(text: string, python: PythonVersion): { score: number; triggers: string[] } {
  const scores: number[] = [];
  const triggers: string[] = [];
  for (const word of pySplit(text.toLowerCase())) {
    const cleaned = pyStrip(word, STRIP_CHARS).toLowerCase();
    const negative = NEGATIVE_KEYWORDS.get(cleaned);
    if (negative !== undefined) scores.push(negative);
    const positive = POSITIVE_KEYWORDS.get(cleaned);
    if (positive !== undefined) scores.push(positive);
    if (ESCALATION_TRIGGERS.has(cleaned)) triggers.push(cleaned);
  }
  const mean = scores.length > 0 ? pySum(scores, python) / scores.length : 0;
  return { score: Math.max(-1, Math.min(1, mean)), triggers };
}

/** _score_to_label, applied to the UNROUNDED score (docs/simpli.md "Sentiment: the keyword algorithm", trap 5). */
export function scoreToLabel(score: number): SentimentLabel {
  if (score >= 0.3) return 'positive';
  if (score <= -0.3) return 'negative';
  return 'neutral';
}

/** _escalation_risk: the score part needs score < -0.3 (strictly), the trigger part saturates at 0.5. */
export function escalationRisk(score: number, triggers: readonly string[]): number {
  let risk = 0;
  if (score < -0.3) risk += Math.min(Math.abs(score), 0.5);
  risk += Math.min(triggers.length * 0.15, 0.5);
  return pyRound(Math.min(risk, 1), 2);
}

/** The keyword fallback of POST /analyze, as the response reports it. */
export function analyzeSentiment(text: string, python: PythonVersion): SentimentResult {
  const { score, triggers } = analyzeText(text, python);
  return {
    score: pyRound(score, 2),
    label: scoreToLabel(score),
    escalation_risk: escalationRisk(score, triggers),
    triggers,
  };
}
