/**
 * The platform's pump on the manual clock: the clock moves a minute at a time and every schedule that falls due
 * (one-time or recurring) fires through onScheduledEvent as the platform would fire it, with the platform's own
 * limits (LocalPlatform enforces the per-minute budgets, the schedule caps and the 20 s per handler). A scenario
 * stops once its work is done or its cap of simulated time is reached.
 */
import type { Stack } from '../../harness/start-harness';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;

export interface PumpOptions {
  /** The most simulated time to run. */
  capMs: number;
  /** Checked before each minute: true ends the pump (the backlog is drained). */
  done?: () => boolean;
  /** Called after each simulated minute (progress tracking). */
  onMinute?: () => void;
}

export interface PumpResult {
  /** Simulated ms the pump ran. */
  elapsedMs: number;
  /** Whether `done` answered true before the cap. */
  done: boolean;
}

export async function pump(stack: Stack, { capMs, done, onMinute }: PumpOptions): Promise<PumpResult> {
  const start = stack.clock.now();
  for (;;) {
    const elapsedMs = stack.clock.now() - start;
    if (done?.()) return { elapsedMs, done: true };
    if (elapsedMs >= capMs) return { elapsedMs, done: false };
    await stack.platform.advance(Math.min(MINUTE_MS, capMs - elapsedMs));
    onMinute?.();
  }
}

/** Lets the fakes finish answers the app stopped waiting for (a write that lands after the request timed out). */
export const settle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** No template request and no pending one-time schedule for `ms` of platform time: nothing more will happen. */
export function quietFor(stack: Stack, ms: number): () => boolean {
  let last = -1;
  let since = stack.clock.now();
  return () => {
    const made = stack.platform.budgetTotals().templates;
    if (made !== last) {
      last = made;
      since = stack.clock.now();
    }
    return stack.clock.now() - since >= ms && !stack.platform.schedule.list().some((s) => !s.repeat);
  };
}
