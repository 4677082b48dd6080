import type { RateLimiter } from '../rate-limiter';
import { sendHttp, type HttpOutcome } from './http-transport';

export interface AttemptPlan {
  /** Loopback URL from the host map; undefined when the host is not mapped (fails like a DNS error). */
  target: URL | undefined;
  method: string;
  headers: Readonly<Record<string, string>>;
  body: string | undefined;
  timeoutMs: number;
  maxAttempts: number;
  retryDelayMs: number;
  limiter: RateLimiter;
}

export type FinalOutcome = HttpOutcome | { kind: 'rate_limited'; retryAfterSeconds: number };

export interface AttemptsResult {
  /** Requests that went out (0 when the rate limit refused the first one). */
  attempts: number;
  outcome: FinalOutcome;
}

/**
 * `options.maxAttempts` retries "on network error or 429/5xx" (docs/platform.md
 * "Request templates: schema and options"), i.e. requestretry's HTTPOrNetworkError strategy that FDK 6.9 uses, in which
 * a timeout is a network error too.
 */
function shouldRetry(outcome: HttpOutcome): boolean {
  if (outcome.kind !== 'response') return true;
  return outcome.status === 429 || outcome.status >= 500;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs the attempts. Every attempt takes one unit of the installation's 50/min budget (docs/platform.md
 * "Request templates: limits") before it is sent: the platform's proxy sees each retry as a request, so counting each
 * is the conservative reading. When the budget runs out, even mid-retry, nothing more is sent and the call ends as
 * a platform 429. The retry delay is real time: it spaces real HTTP exchanges, not platform bookkeeping.
 */
export async function sendWithRetries(plan: AttemptPlan): Promise<AttemptsResult> {
  let attempts = 0;
  for (;;) {
    if (!plan.limiter.tryTake()) {
      return { attempts, outcome: { kind: 'rate_limited', retryAfterSeconds: plan.limiter.retryAfterSeconds() } };
    }
    attempts += 1;
    const outcome: HttpOutcome =
      plan.target === undefined
        ? { kind: 'connection', detail: 'host is not in the local host map' }
        : await sendHttp({ url: plan.target, method: plan.method, headers: plan.headers, body: plan.body, timeoutMs: plan.timeoutMs });
    if (attempts >= plan.maxAttempts || !shouldRetry(outcome)) return { attempts, outcome };
    await sleep(plan.retryDelayMs);
  }
}
