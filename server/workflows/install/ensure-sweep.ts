/** The installation's recurring schedule (domain/schedules/sweep.ts): a re-install finds it and keeps it. */
import { MIN_SCHEDULE_LEAD_MS } from '../../domain/retry-policy';
import type { ScheduleState } from '../../domain/install/types';
import { SWEEP_SCHEDULE } from '../../domain/schedules/sweep';
import type { Clock, Log, Scheduler } from '../../ports';
import { reasonOf } from '../reason-of';

/** First firing a little over 5 minutes ahead: valid even where recurring schedules follow the one-time rule. */
const FIRST_FIRING_MS = MIN_SCHEDULE_LEAD_MS + 60_000;

export async function ensureSweep(scheduler: Scheduler, clock: Clock, log: Log): Promise<ScheduleState> {
  const name = SWEEP_SCHEDULE.name;
  try {
    return { state: await scheduler.ensureRecurring(SWEEP_SCHEDULE, clock.now() + FIRST_FIRING_MS), name };
  } catch (error) {
    const reason = reasonOf(error);
    log.error(`install: recurring schedule ${name} not created (${reason})`);
    return { state: 'failed', name, reason };
  }
}
