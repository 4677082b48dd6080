import { firedEntries, readIndex } from '../../../server/domain/schedules/pending-index';
import { isSweep, sameSchedule, SWEEP_SCHEDULE } from '../../../server/domain/schedules/sweep';

describe('the pending-schedule index', () => {
  it('reads name → time entries and ignores anything else in the record', () => {
    expect(readIndex({ kind: 'pending-schedules', 'triage-1-2': 100, broken: '7' })).toEqual({ 'triage-1-2': 100 });
    expect(readIndex(undefined)).toEqual({});
  });

  it('knows which schedules have fired, with a minute of grace for a late firing', () => {
    const index = { a: 1_000, b: 100_000, c: 200_000 };
    expect(firedEntries(index, 61_001)).toEqual(['a']);
    expect(firedEntries(index, 160_001)).toEqual(['a', 'b']);
  });
});

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
