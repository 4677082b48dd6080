/**
 * The one retry policy: which failures are tried again, when, how many times, and what giving up leaves. Work is
 * deferred to the jobs backlog, due at the time planned here and run by the pumps, one-time schedules the platform
 * accepts only ≥ 5 minutes ahead (docs/platform.md, "Schedules: the recurring sweep and deleting what the app
 * made"); retries back off and are spread by ticket so that a burst drains near the request budget instead of
 * stampeding. A refusal by the platform's own budget sent nothing: it is tried at the next pump minute.
 */
import type { AppError, AppErrorKind } from './errors';

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

const RETRYABLE: ReadonlySet<AppErrorKind> = new Set(['unavailable', 'timeout', 'rate_limited', 'invalid_response']);

/** Outages, timeouts, rate limits and unusable answers pass; a refused key, a refused payload or missing settings do not. */
export const isRetryable = (error: AppError): boolean => RETRYABLE.has(error.kind);

/** The platform's budget refused a call: nothing reached the service, so no backoff; the next pump run takes it. */
export const BUDGET_RETRY_MS = MINUTE;

/** `ready`: the attempt waits in a ready lane for the next pump run, not in `wait` until `at`. */
export type RetryDecision = { retry: true; at: number; attempt: number; ready: boolean } | { retry: false; reason: string };

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
  if (error.byPlatform) return { retry: true, at: now + BUDGET_RETRY_MS, attempt: attempt + 1, ready: true };
  if (!isRetryable(error)) return { retry: false, reason: error.message };
  if (error.kind === 'invalid_response' && attempt >= MAX_UNUSABLE_ANSWERS) return { retry: false, reason: `gave up after ${attempt} attempts: ${error.message}` };
  const backoff = Math.min(MAX_BACKOFF_MS, MIN_SCHEDULE_LEAD_MS * 2 ** Math.max(0, attempt - 1));
  const hinted = (error.retryAfterSeconds ?? 0) * 1000;
  const at = now + Math.max(backoff, hinted) + (Math.abs(spreadKey) % SPREAD_SLOTS) * SPREAD_STEP_MS;
  if (at - firstSeenAt > MAX_AGE_MS) return { retry: false, reason: `gave up after ${attempt} attempts: ${error.message}` };
  return { retry: true, at, attempt: attempt + 1, ready: false };
}

/** A step's error as giving up leaves it: each keeps its own cause; only those still open are marked. */
export function givenUp<E extends { retryable: boolean; message: string }>(error: E, attempts: number): E {
  return error.retryable ? { ...error, retryable: false, message: `gave up after ${attempts} attempts: ${error.message}` } : error;
}
