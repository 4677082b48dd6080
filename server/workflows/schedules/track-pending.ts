/**
 * The Scheduler every workflow uses: each one-time schedule it creates is also written to the pending index
 * (domain/schedules/pending-index.ts), so that uninstall can delete it by name. The cost is one `$db` operation
 * per retry scheduled; the schedule comes first, so a full store never loses the work, only the index entry
 * (then that retry is not deleted on uninstall; it cannot run once the app is gone).
 */
import { PENDING_INDEX_MARK, PENDING_SCHEDULES_KEY } from '../../contracts/app-records';
import { PUMP_NAMES } from '../../domain/jobs/pumps';
import type { KeyValueStore, Log, Scheduler } from '../../ports';
import { reasonOf } from '../reason-of';

export function trackPendingSchedules(inner: Scheduler, store: KeyValueStore, log: Log): Scheduler {
  return {
    ensureRecurring: (schedule, firstAt) => inner.ensureRecurring(schedule, firstAt),
    cancel: (name) => inner.cancel(name),
    async scheduleOnce(name, at, data) {
      const result = await inner.scheduleOnce(name, at, data);
      // The pumps have fixed names: uninstall deletes them by name, so they cost no index write.
      if (result === 'created' && !PUMP_NAMES.includes(name)) {
        try {
          await store.merge(PENDING_SCHEDULES_KEY, { ...PENDING_INDEX_MARK, [name]: at });
        } catch (error) {
          log.warn(`schedule ${name}: not indexed for uninstall (${reasonOf(error)})`);
        }
      }
      return result;
    },
  };
}
