import { isSweep, sameSchedule, SWEEP_SCHEDULE } from '../../../server/domain/schedules/sweep';

describe('the recurring sweep', () => {
  it('is one hourly schedule whose data says what it is, ≤ 30 characters of name (FDK 6.9)', () => {
    expect(SWEEP_SCHEDULE.name.length).toBeLessThanOrEqual(30);
    expect(isSweep(SWEEP_SCHEDULE.data)).toBe(true);
    expect(isSweep({ kind: 'triage' })).toBe(false);
    expect(isSweep(undefined)).toBe(false);
  });

  it('a stored definition with the same data and interval is the same schedule, whatever its first firing', () => {
    const stored = { name: 'simpli-sweep', data: { kind: 'sweep' }, schedule_at: '2026-01-01T00:00:00Z', repeat: { time_unit: 'minutes', frequency: 5, timezone: 'UTC' } };
    expect(sameSchedule(stored, SWEEP_SCHEDULE)).toBe(true);
    // The hourly sweep of earlier versions is not the same: a re-install updates it to every 5 minutes.
    expect(sameSchedule({ ...stored, repeat: { time_unit: 'hours', frequency: 1 } }, SWEEP_SCHEDULE)).toBe(false);
    expect(sameSchedule({ ...stored, data: { kind: 'kb-sync' } }, SWEEP_SCHEDULE)).toBe(false);
    expect(sameSchedule(undefined, SWEEP_SCHEDULE)).toBe(false);
  });
});
