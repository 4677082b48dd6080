/**
 * The installation's one recurring schedule (docs/platform.md, "Schedules: the recurring sweep and deleting what the app made": one recurring schedule per installation,
 * names unique). It fires onScheduledEvent with SWEEP_DATA every 5 minutes: it takes over runs whose lease
 * expired, keeps the backlog's pumps going (workflows/jobs/reclaim.ts) and tidies the index of pending retries
 * (workflows/schedules/); the knowledge-base sync will share it.
 */

export interface RecurringSchedule {
  name: string;
  data: { kind: string };
  /** FDK 6.9 required `timezone`; sent so the schedule is valid under either reading (UTC is the default). */
  repeat: { time_unit: 'minutes' | 'hours' | 'days'; frequency: number; timezone: string };
}

export const SWEEP_SCHEDULE: RecurringSchedule = {
  name: 'simpli-sweep',
  data: { kind: 'sweep' },
  repeat: { time_unit: 'minutes', frequency: 5, timezone: 'UTC' },
};

/** Whether onScheduledEvent's data is the sweep's. */
export const isSweep = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === SWEEP_SCHEDULE.data.kind;

/** Whether a stored definition (what `$schedule.fetch` answers) already is `wanted`: same data and interval. */
export function sameSchedule(stored: unknown, wanted: RecurringSchedule): boolean {
  if (typeof stored !== 'object' || stored === null) return false;
  const s = stored as { data?: unknown; repeat?: { time_unit?: unknown; frequency?: unknown } };
  return (
    JSON.stringify(s.data) === JSON.stringify(wanted.data) &&
    s.repeat?.time_unit === wanted.repeat.time_unit &&
    s.repeat?.frequency === wanted.repeat.frequency
  );
}
