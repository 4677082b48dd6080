/**
 * Work that runs while the simulator serves pages: actions the page started and the schedule pump. Reset and
 * close wait for it, so nothing writes into a store that is being wiped or talks to a fake that is gone.
 */
export class InFlight {
  private readonly pending = new Set<Promise<unknown>>();

  track<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work);
    work.then(
      () => this.pending.delete(work),
      () => this.pending.delete(work),
    );
    return work;
  }

  /** Resolves when nothing is running (work started meanwhile is waited for too), or after `maxMs`. */
  async settled(maxMs = Infinity): Promise<void> {
    const deadline = Date.now() + maxMs;
    while (this.pending.size > 0 && Date.now() < deadline) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, Math.max(0, Math.min(deadline - Date.now(), 2_147_483_647)));
      });
      await Promise.race([Promise.allSettled([...this.pending]), timeout]);
      clearTimeout(timer);
    }
  }
}

/**
 * Calls `tick` every `intervalMs` on a wall clock, never twice at once (a slow tick makes the next one skip).
 * npm start uses it for `runDueSchedules()`, so deferred work retries by itself as it would on the platform.
 */
export function startPump(tick: () => Promise<unknown>, intervalMs: number, onError: (error: unknown) => void): { stop(): void } {
  if (intervalMs <= 0) return { stop: () => undefined };
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    tick()
      .catch(onError)
      .finally(() => {
        busy = false;
      });
  }, intervalMs);
  timer.unref(); // the servers keep the process alive, not the pump
  return { stop: () => clearInterval(timer) };
}
