import type { Clock } from './types';

/** Every per-installation budget of the platform is "N per minute" (docs/platform.md "Limits"). */
export const ONE_MINUTE_MS = 60_000;

export interface RateLimiter {
  /** Takes one unit if the window has room; false means the caller must answer 429. */
  tryTake(): boolean;
  /** Seconds until a unit frees up (0 when one is free now). */
  retryAfterSeconds(): number;
  /** Units taken in the current window. */
  used(): number;
  /** Units taken since the limiter was made (the bench's per-ticket costs). */
  total(): number;
}

/** A sliding one-minute window: at most `limit` units in any 60 s of platform time. */
export function createRateLimiter(limit: number, clock: Clock, windowMs = ONE_MINUTE_MS): RateLimiter {
  let taken: number[] = [];
  let total = 0;
  const prune = () => {
    const since = clock.now() - windowMs;
    taken = taken.filter((t) => t > since);
  };
  return {
    tryTake() {
      prune();
      if (taken.length >= limit) return false;
      taken.push(clock.now());
      total += 1;
      return true;
    },
    retryAfterSeconds() {
      prune();
      const oldest = taken[0];
      if (taken.length < limit || oldest === undefined) return 0;
      return Math.max(1, Math.ceil((oldest + windowMs - clock.now()) / 1000));
    },
    used() {
      prune();
      return taken.length;
    },
    total: () => total,
  };
}
