/**
 * When and whether deferred work is tried again. Work is deferred to the jobs backlog, due at the time planned here
 * and run by the pumps, one-time schedules the platform accepts only ≥ 5 minutes ahead (docs/platform.md,
 * "Schedules: the recurring sweep and deleting what the app made"); retries back off and are spread by ticket so
 * that a burst drains near the request budget instead of stampeding.
 */
import { isRetryable, type AppError } from './errors';

const MINUTE = 60_000;
export const MIN_SCHEDULE_LEAD_MS = 5 * MINUTE; // docs/platform.md "Scheduled events: the $schedule API"
export const MAX_BACKOFF_MS = 4 * 60 * MINUTE;
/** Work older than this is given up and shown as failed: a day-old triage helps nobody. */
export const MAX_AGE_MS = 24 * 60 * MINUTE;
/**
 * 50 template requests/min (docs/platform.md "Request templates: limits") at 5 per ticket is 10 tickets a minute: one
 * per 6 s.
 */
export const SPREAD_STEP_MS = 6_000;
const SPREAD_SLOTS = 100;
/** An answer that cannot be parsed is asked for at most this many times: a service that answers garbage keeps doing so. */
export const MAX_UNUSABLE_ANSWERS = 3;

/** Platform handler limit and request timeout (docs/platform.md "Execution limits", "Request templates: limits"). */
export const HANDLER_LIMIT_MS = 20_000;
export const REQUEST_TIMEOUT_MS = 15_000;
const SAFETY_MARGIN_MS = 1_000;

export type RetryDecision = { retry: true; at: number; attempt: number } | { retry: false; reason: string };

export interface RetryInput {
  error: AppError;
  /** The attempt that just failed, from 1. */
  attempt: number;
  firstSeenAt: number;
  now: number;
  /** Spreads retries of a burst: the ticket id. */
  spreadKey: number;
}

export function planRetry({ error, attempt, firstSeenAt, now, spreadKey }: RetryInput): RetryDecision {
  if (!isRetryable(error)) return { retry: false, reason: error.message };
  if (error.kind === 'invalid_response' && attempt >= MAX_UNUSABLE_ANSWERS) return { retry: false, reason: `gave up after ${attempt} attempts: ${error.message}` };
  const backoff = Math.min(MAX_BACKOFF_MS, MIN_SCHEDULE_LEAD_MS * 2 ** Math.max(0, attempt - 1));
  const hinted = (error.retryAfterSeconds ?? 0) * 1000;
  const at = now + Math.max(backoff, hinted) + (Math.abs(spreadKey) % SPREAD_SLOTS) * SPREAD_STEP_MS;
  if (at - firstSeenAt > MAX_AGE_MS) return { retry: false, reason: `gave up after ${attempt} attempts: ${error.message}` };
  return { retry: true, at, attempt: attempt + 1 };
}

/**
 * A stage of requests may start only if it can finish inside the handler limit even when a request takes
 * the full timeout; otherwise the rest is deferred rather than killed half-way.
 */
export const canStartStage = (elapsedMs: number): boolean => elapsedMs + REQUEST_TIMEOUT_MS + SAFETY_MARGIN_MS <= HANDLER_LIMIT_MS;
