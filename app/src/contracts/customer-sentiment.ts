/** Sentiment `GET /customers/{id}/sentiment` (docs/simpli.md "Sentiment: customer history and trend"): the customer's history across tickets. */
import { list, num, obj, str } from './read';

export interface TimelinePoint {
  timestamp: string;
  score: number;
  label: string;
}

export interface CustomerSentiment {
  /** Rounded last score of the whole history (0 when there is none). */
  currentScore: number;
  /** The service's own trend word; inverted (docs/simpli.md "Sentiment: customer history and trend"), see view-models/trend.ts. */
  serviceTrend: string;
  /** Oldest first, at most the requested page. */
  timeline: TimelinePoint[];
}

/** The page size the sidebar asks for (template `query.limit`): recent history is what an agent reads. */
export const TIMELINE_LIMIT = 100;

function readPoint(x: unknown): TimelinePoint | undefined {
  const o = obj(x);
  const score = num(o?.score);
  if (!o || score === undefined) return undefined;
  return { timestamp: str(o.timestamp) ?? '', score, label: str(o.label) ?? '' };
}

export function readCustomerSentiment(value: unknown): CustomerSentiment | undefined {
  const o = obj(value);
  if (!o || !Array.isArray(o.timeline)) return undefined;
  return { currentScore: num(o.current_score) ?? 0, serviceTrend: str(o.trend) ?? 'stable', timeline: list(o.timeline, readPoint) };
}
