/** Scheduler over `$schedule` (fdk-platform.md §4.11). */
import type { Scheduler } from '../ports';
import { fdkSchedule } from './globals';
import { platformFailure, rejectionMessage } from './platform-error';
import type { FdkSchedule } from './types';

export function createScheduler(schedule: () => FdkSchedule = fdkSchedule): Scheduler {
  return {
    async scheduleOnce(name, at, data) {
      try {
        await schedule().create({ name, data, schedule_at: new Date(at).toISOString() });
        return 'created';
      } catch (rejection) {
        // A unique name is a free idempotency key: a duplicate delivery finds its twin pending.
        if (/already exists/i.test(rejectionMessage(rejection))) return 'exists';
        throw platformFailure('schedule', rejection);
      }
    },
  };
}
