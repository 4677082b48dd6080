/** Starting the backlog's pumps (domain/jobs/pumps.ts). */
import { PUMP_COUNT, pumpAt, pumpData, pumpName } from '../../domain/jobs/pumps';
import type { Clock, Log, Scheduler } from '../../ports';
import { reasonOf } from '../reason-of';

/** Starts the pumps that are not pending (a pending one answers "exists"), or only pump `only`. */
export async function startPumps(deps: { scheduler: Scheduler; clock: Clock; log: Log }, only?: number): Promise<void> {
  const slots = only === undefined ? Array.from({ length: PUMP_COUNT }, (_, s) => s) : [only];
  const now = deps.clock.now();
  const results = await Promise.allSettled(slots.map((slot) => deps.scheduler.scheduleOnce(pumpName(slot), pumpAt(now, slot), pumpData(slot))));
  const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed.length > 0) deps.log.warn(`backlog: ${failed.length} pump(s) not started (${reasonOf(failed[0]?.reason)}); the sweep starts them`);
}

