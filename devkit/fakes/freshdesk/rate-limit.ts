/**
 * The account's per-minute bucket (docs/freshdesk.md "Rate limits"): shared by every key, counted before anything else
 * (so 401s, 404s and validation failures cost too), and reported in X-RateLimit-* on every answer except the 429
 * itself.
 *
 * Decisions where the docs are silent: windows are fixed calendar minutes of the injected clock (advancing
 * the clock by 60 s always opens a new window); a call is refused only once the bucket is empty, so a call
 * costing 3 with 1 left still passes and Remaining floors at 0 ("never below 0", docs/freshdesk.md "Rate limits").
 */
import type { FakeResponse } from '../kit/types';
import type { Clock } from './store';

const WINDOW_MS = 60_000;

export type Admission =
  | { ok: true; headers: Record<string, string> }
  | { ok: false; response: FakeResponse };

export class RateLimitBucket {
  private window = -1;
  private used = 0;

  constructor(
    private readonly limit: number,
    private readonly clock: Clock,
  ) {}

  admit(cost: number): Admission {
    const now = this.clock.now();
    const window = Math.floor(now / WINDOW_MS);
    if (window !== this.window) {
      this.window = window;
      this.used = 0;
    }
    if (this.used >= this.limit) {
      const retryAfter = Math.max(1, Math.ceil(((window + 1) * WINDOW_MS - now) / 1000));
      return {
        ok: false,
        response: {
          status: 429,
          headers: { 'Retry-After': String(retryAfter) },
          // The 2020 throttler's body, verbatim (docs/freshdesk.md "Rate limits"); clients must rely on status and
          // Retry-After only.
          body: { message: 'You have exceeded the limit of requests per hour' },
        },
      };
    }
    this.used += cost;
    return {
      ok: true,
      headers: {
        'X-RateLimit-Total': String(this.limit),
        'X-RateLimit-Remaining': String(Math.max(0, this.limit - this.used)),
        'X-RateLimit-Used-CurrentRequest': String(cost),
      },
    };
  }

  snapshot(): { limit: number; used: number; remaining: number } {
    const current = Math.floor(this.clock.now() / WINDOW_MS) === this.window;
    const used = current ? this.used : 0;
    return { limit: this.limit, used, remaining: Math.max(0, this.limit - used) };
  }

  reset(): void {
    this.window = -1;
    this.used = 0;
  }
}
