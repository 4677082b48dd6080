/**
 * The trend of GET /customers/{id}/sentiment exactly as app.py computes it (docs/simpli.md
 * "Sentiment: customer history and trend"), including its inversion: avg(last 3 stored scores) > current + 0.1 ⇒
 * "improving", so a sharp DROP reads "improving" (0.56 then −0.85: avg −0.145 > −0.75). The docs say the opposite;
 * the code is what runs (docs/simpli.md "Where the sources disagree", item 11).
 */
import { pySum, type PythonVersion } from '../python/sum';

export type Trend = 'improving' | 'declining' | 'stable';

/** `scores`: the customer's whole history of stored (already rounded) scores, oldest first. */
export function trendOf(scores: readonly number[], python: PythonVersion): Trend {
  if (scores.length < 2) return 'stable';
  const current = scores[scores.length - 1] as number;
  const recent = scores.slice(-3);
  const avg = pySum(recent, python) / recent.length;
  if (avg > current + 0.1) return 'improving';
  if (avg < current - 0.1) return 'declining';
  return 'stable';
}
