/**
 * The customer's sentiment trend. Simpli Sentiment's `trend` is inverted (docs/simpli.md
 * "Sentiment: customer history and trend"): it compares the mean of the last three scores with the last one and answers
 * "improving" when the last score DROPPED. The sidebar therefore computes the direction itself from the timeline with
 * the same rule the right way round, and only when the page it fetched may not hold the latest scores does it fall back
 * to the service's word, flipped.
 */
import type { CustomerSentiment } from '../contracts/customer-sentiment';

export type Direction = 'improving' | 'declining' | 'stable' | 'unknown';

/** The service's margin (docs/simpli.md "Sentiment: customer history and trend"). */
const MARGIN = 0.1;

const FLIPPED: Readonly<Record<string, Direction>> = { improving: 'declining', declining: 'improving', stable: 'stable' };

export function directionOf(scores: readonly number[]): Direction {
  if (scores.length < 2) return 'unknown';
  const current = scores[scores.length - 1] ?? 0;
  const recent = scores.slice(-3);
  const avg = recent.reduce((a, b) => a + b, 0) / recent.length;
  if (avg > current + MARGIN) return 'declining';
  if (avg < current - MARGIN) return 'improving';
  return 'stable';
}

/** `limit`: the page size asked for; a full page means older-first history may go on past it. */
export function customerDirection(s: CustomerSentiment, limit: number): Direction {
  if (s.timeline.length < limit) return directionOf(s.timeline.map((p) => p.score));
  return FLIPPED[s.serviceTrend] ?? 'unknown';
}
