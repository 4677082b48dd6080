/**
 * Uninstall: delete every schedule the app made. The app cannot list schedules (docs/platform.md, "Schedules: the
 * recurring sweep and deleting what the app made"), and every one it makes has a fixed name: the recurring sweep
 * and the five pumps. `$schedule.delete` calls, a batch at a time, while the handler has time (20 s:
 * docs/platform.md, "Installing: app set-up events").
 */
import { HANDLER_LIMIT_MS } from '../../domain/handler-time';
import { PUMP_NAMES } from '../../domain/jobs/pumps';
import { SWEEP_SCHEDULE } from '../../domain/schedules/sweep';
import type { Clock, KeyValueStore, Log, Scheduler } from '../../ports';
import { reasonOf } from '../reason-of';

const BATCH = 20;
/** Stop starting batches this long before the handler limit, to answer renderData in time. */
const MARGIN_MS = 5_000;

export interface RemovalReport {
  deleted: number;
  /** Already gone: fired, or deleted before. */
  absent: number;
  failed: string[];
  /** Not tried: the handler ran out of time. */
  left: number;
}

interface Deps {
  store: KeyValueStore;
  scheduler: Scheduler;
  clock: Clock;
  log: Log;
}

export async function removeAppSchedules(deps: Deps): Promise<RemovalReport> {
  const startedAt = deps.clock.now();
  const names = [SWEEP_SCHEDULE.name, ...PUMP_NAMES];
  const report: RemovalReport = { deleted: 0, absent: 0, failed: [], left: 0 };
  for (let i = 0; i < names.length; i += BATCH) {
    if (deps.clock.now() - startedAt > HANDLER_LIMIT_MS - MARGIN_MS) {
      report.left = names.length - i;
      break;
    }
    const batch = names.slice(i, i + BATCH);
    const results = await Promise.allSettled(batch.map((name) => deps.scheduler.cancel(name)));
    results.forEach((r, j) => {
      if (r.status === 'rejected') report.failed.push(`${batch[j]} (${reasonOf(r.reason)})`);
      else if (r.value === 'deleted') report.deleted += 1;
      else report.absent += 1;
    });
  }
  return report;
}
