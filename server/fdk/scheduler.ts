/** Scheduler over `$schedule` (docs/platform.md "Scheduled events: the $schedule API"). */
import { sameSchedule } from '../domain/schedules/sweep';
import type { Scheduler } from '../ports';
import { fdkSchedule } from './globals';
import { platformFailure, rejectionMessage, rejectionStatus } from './platform-error';
import type { FdkSchedule } from './types';

/** "This Schedule name already exists" (FDK 6.9's wording; any wording with "already exists" counts). */
const nameTaken = (rejection: unknown) => /already exists/i.test(rejectionMessage(rejection));

export function createScheduler(schedule: () => FdkSchedule = fdkSchedule): Scheduler {
  return {
    async scheduleOnce(name, at, data) {
      try {
        await schedule().create({ name, data, schedule_at: new Date(at).toISOString() });
        return 'created';
      } catch (rejection) {
        // A unique name is a free idempotency key: a duplicate delivery finds its twin pending.
        if (nameTaken(rejection)) return 'exists';
        throw platformFailure('schedule', rejection);
      }
    },
    async ensureRecurring(wanted, firstAt) {
      const def = { name: wanted.name, data: wanted.data, schedule_at: new Date(firstAt).toISOString(), repeat: wanted.repeat };
      try {
        await schedule().create(def);
        return 'created';
      } catch (rejection) {
        if (!nameTaken(rejection)) throw platformFailure('schedule', rejection);
      }
      // A re-install finds its own schedule: kept as it is when it already fits, so its rhythm is not reset.
      const stored = await schedule()
        .fetch({ name: wanted.name })
        .catch(() => undefined);
      if (sameSchedule(stored, wanted)) return 'exists';
      try {
        await schedule().update(def);
        return 'updated';
      } catch (rejection) {
        throw platformFailure('schedule', rejection);
      }
    },
    async cancel(name) {
      try {
        await schedule().delete({ name });
        return 'deleted';
      } catch (rejection) {
        if (rejectionStatus(rejection) === 404) return 'absent';
        throw platformFailure('schedule', rejection);
      }
    },
  };
}
