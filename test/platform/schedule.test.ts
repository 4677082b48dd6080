/**
 * $schedule conformance (docs/platform.md "Scheduled events: the $schedule API", "Limits"): names, data, timing rules,
 * caps, fetch/update/delete, due().
 */
import { ManualClock } from '../../devkit/platform/clock';
import { createScheduler, SCHEDULE_MESSAGES } from '../../devkit/platform/schedule';

const MINUTE = 60_000;

function scheduler(registered = true) {
  const clock = new ManualClock();
  const at = (ms: number) => new Date(clock.now() + ms).toISOString();
  return { clock, at, schedule: createScheduler({ clock, onScheduledEventRegistered: registered }) };
}

describe('$schedule.create: one-time schedules', () => {
  it('accepts a schedule exactly 5 minutes ahead and answers { status: 200, message }', async () => {
    const { schedule, at } = scheduler();
    await expect(schedule.create({ name: 'a', data: { t: 1 }, schedule_at: at(5 * MINUTE) })).resolves.toEqual({
      status: 200,
      message: 'Schedule created',
    });
  });

  // docs/platform.md "Scheduled events: the $schedule API"
  it('refuses a schedule less than 5 minutes ahead', async () => {
    const { schedule, at } = scheduler();
    for (const lead of [5 * MINUTE - 1000, 0, -MINUTE]) {
      await expect(schedule.create({ name: 'a', data: {}, schedule_at: at(lead) })).rejects.toEqual({
        status: 400,
        message: SCHEDULE_MESSAGES.tooSoon,
      });
    }
  });

  it('refuses a schedule more than a year ahead (FDK 6.9)', async () => {
    const { schedule, at } = scheduler();
    await expect(schedule.create({ name: 'a', data: {}, schedule_at: at(365 * 24 * 60 * MINUTE) })).resolves.toMatchObject({ status: 200 });
    await expect(schedule.create({ name: 'b', data: {}, schedule_at: at(365 * 24 * 60 * MINUTE + MINUTE) })).rejects.toEqual({
      status: 400,
      message: SCHEDULE_MESSAGES.tooLate,
    });
  });

  it('refuses a duplicate name with "This Schedule name already exists"', async () => {
    const { schedule, at } = scheduler();
    await schedule.create({ name: 'ticket-1201', data: {}, schedule_at: at(10 * MINUTE) });
    await expect(schedule.create({ name: 'ticket-1201', data: {}, schedule_at: at(20 * MINUTE) })).rejects.toEqual({
      status: 400,
      message: 'This Schedule name already exists',
    });
  });

  // docs/platform.md "Scheduled events: the $schedule API", "Limits"
  it('accepts data of exactly 4 KB and refuses more', async () => {
    const { schedule, at } = scheduler();
    const fill = 4096 - '{"v":""}'.length;
    await expect(schedule.create({ name: 'a', data: { v: 'x'.repeat(fill) }, schedule_at: at(6 * MINUTE) })).resolves.toMatchObject({ status: 200 });
    await expect(schedule.create({ name: 'b', data: { v: 'x'.repeat(fill + 1) }, schedule_at: at(6 * MINUTE) })).rejects.toEqual({
      status: 400,
      message: SCHEDULE_MESSAGES.dataSize,
    });
  });

  it('requires data to be a JSON object', async () => {
    const { schedule, at } = scheduler();
    for (const data of ['text', 3, null, [1]]) {
      await expect(schedule.create({ name: 'a', data: data as never, schedule_at: at(6 * MINUTE) })).rejects.toEqual({
        status: 400,
        message: SCHEDULE_MESSAGES.dataType,
      });
    }
  });

  it('requires an ISO-8601 schedule_at', async () => {
    const { schedule } = scheduler();
    for (const when of ['tomorrow', '25/11/2026 10:00', '2026-13-45T99:00:00Z', '']) {
      await expect(schedule.create({ name: 'a', data: {}, schedule_at: when })).rejects.toEqual({ status: 400, message: SCHEDULE_MESSAGES.iso });
    }
  });

  it('reads a schedule_at without an offset as UTC (the default time zone)', async () => {
    const { schedule, clock } = scheduler();
    const local = new Date(clock.now() + 10 * MINUTE).toISOString().replace('Z', '');
    await schedule.create({ name: 'a', data: {}, schedule_at: local });
    expect(schedule.nextDueAt()).toBe(clock.now() + 10 * MINUTE);
  });

  it('names the missing keys, and limits names to 30 characters', async () => {
    const { schedule, at } = scheduler();
    await expect(schedule.create({ name: 'a' } as never)).rejects.toEqual({
      status: 400,
      message: 'The following mandatory keys are missing - data,schedule_at',
    });
    await expect(schedule.create({ name: 'n'.repeat(30), data: {}, schedule_at: at(6 * MINUTE) })).resolves.toMatchObject({ status: 200 });
    await expect(schedule.create({ name: 'n'.repeat(31), data: {}, schedule_at: at(6 * MINUTE) })).rejects.toEqual({
      status: 400,
      message: SCHEDULE_MESSAGES.nameLength,
    });
  });

  it('refuses every create when the app has not registered onScheduledEvent', async () => {
    const { schedule, at } = scheduler(false);
    await expect(schedule.create({ name: 'a', data: {}, schedule_at: at(6 * MINUTE) })).rejects.toEqual({
      status: 400,
      message: 'The app has not registered an onScheduledEvent',
    });
  });
});

// docs/platform.md "Scheduled events: the $schedule API", "Limits"
describe('$schedule caps: 1000 one-time and 1 recurring per installation', () => {
  it('holds 1000 one-time schedules, refuses the 1001st, and has room again after a delete', async () => {
    const { schedule, at } = scheduler();
    for (let i = 0; i < 1000; i += 1) await schedule.create({ name: `t-${i}`, data: { i }, schedule_at: at(10 * MINUTE) });
    await expect(schedule.create({ name: 't-1000', data: {}, schedule_at: at(10 * MINUTE) })).rejects.toEqual({
      status: 400,
      message: SCHEDULE_MESSAGES.maxOneTime,
    });
    // The recurring slot is separate.
    await expect(
      schedule.create({ name: 'pump', data: {}, schedule_at: at(10 * MINUTE), repeat: { time_unit: 'minutes', frequency: 5 } }),
    ).resolves.toMatchObject({ status: 200 });
    await schedule.delete({ name: 't-0' });
    await expect(schedule.create({ name: 't-1000', data: {}, schedule_at: at(10 * MINUTE) })).resolves.toMatchObject({ status: 200 });
  });

  it('holds one recurring schedule and refuses a second', async () => {
    const { schedule, at } = scheduler();
    const repeat = { time_unit: 'hours' as const, frequency: 1 };
    await schedule.create({ name: 'kb-sync', data: {}, schedule_at: at(MINUTE), repeat });
    await expect(schedule.create({ name: 'other', data: {}, schedule_at: at(MINUTE), repeat })).rejects.toEqual({
      status: 400,
      message: 'The maximum number of recurring schedules is 1',
    });
  });

  it('does not let update turn a one-time schedule into a second recurring one', async () => {
    const { schedule, at } = scheduler();
    const repeat = { time_unit: 'hours' as const, frequency: 1 };
    await schedule.create({ name: 'kb-sync', data: {}, schedule_at: at(MINUTE), repeat });
    await schedule.create({ name: 'once', data: {}, schedule_at: at(6 * MINUTE) });
    await expect(schedule.update({ name: 'once', data: {}, schedule_at: at(6 * MINUTE), repeat })).rejects.toMatchObject({
      message: SCHEDULE_MESSAGES.maxRecurring,
    });
    // Updating the recurring one itself is fine.
    await expect(schedule.update({ name: 'kb-sync', data: { v: 2 }, schedule_at: at(MINUTE), repeat })).resolves.toEqual({
      status: 200,
      message: 'Schedule updated',
    });
  });
});

describe('$schedule recurring rules', () => {
  it('validates time_unit, frequency and timezone', async () => {
    const { schedule, at } = scheduler();
    const make = (repeat: unknown) => schedule.create({ name: 'r', data: {}, schedule_at: at(MINUTE), repeat: repeat as never });
    await expect(make({ time_unit: 'weeks', frequency: 1 })).rejects.toEqual({ status: 400, message: SCHEDULE_MESSAGES.timeUnit });
    await expect(make({ time_unit: 'minutes', frequency: '5' })).rejects.toEqual({ status: 400, message: SCHEDULE_MESSAGES.frequencyType });
    await expect(make({ time_unit: 'minutes', frequency: 0 })).rejects.toEqual({ status: 400, message: SCHEDULE_MESSAGES.frequencyMin });
    await expect(make({ time_unit: 'minutes', frequency: 61 })).rejects.toEqual({
      status: 400,
      message: "The maximum frequency value for the 'minutes' parameter is 60",
    });
    await expect(make({ time_unit: 'days', frequency: 31 })).rejects.toMatchObject({ status: 400 });
    await expect(make({ time_unit: 'hours', frequency: 1, timezone: 'Mars/Olympus' })).rejects.toEqual({ status: 400, message: 'Invalid timezone' });
    await expect(make({ frequency: 1 })).rejects.toEqual({ status: 400, message: 'The following mandatory keys are missing - time_unit' });
    await expect(make({ time_unit: 'hours', frequency: 24, timezone: 'Europe/London' })).resolves.toMatchObject({ status: 200 });
  });

  it('does not apply the 5-minute rule to a recurring schedule, and defaults its timezone to UTC', async () => {
    const { schedule, at } = scheduler();
    await schedule.create({ name: 'r', data: {}, schedule_at: at(0), repeat: { time_unit: 'minutes', frequency: 5 } });
    await expect(schedule.fetch({ name: 'r' })).resolves.toEqual({
      name: 'r',
      data: {},
      schedule_at: at(0),
      repeat: { time_unit: 'minutes', frequency: 5, timezone: 'UTC' },
    });
  });
});

describe('$schedule fetch / update / delete', () => {
  it('fetch answers the stored definition; update replaces it; delete removes it', async () => {
    const { schedule, at } = scheduler();
    await schedule.create({ name: 'a', data: { v: 1 }, schedule_at: at(10 * MINUTE) });
    await expect(schedule.fetch({ name: 'a' })).resolves.toEqual({ name: 'a', data: { v: 1 }, schedule_at: at(10 * MINUTE) });
    await schedule.update({ name: 'a', data: { v: 2 }, schedule_at: at(20 * MINUTE) });
    await expect(schedule.fetch({ name: 'a' })).resolves.toEqual({ name: 'a', data: { v: 2 }, schedule_at: at(20 * MINUTE) });
    expect(schedule.nextDueAt()).toBe(Date.parse(at(20 * MINUTE)));
    await expect(schedule.delete({ name: 'a' })).resolves.toEqual({ status: 200, message: 'Schedule deleted' });
    await expect(schedule.fetch({ name: 'a' })).rejects.toEqual({ status: 404, message: 'Schedule does not exist' });
  });

  it('update and delete of an unknown name answer 404', async () => {
    const { schedule, at } = scheduler();
    await expect(schedule.update({ name: 'x', data: {}, schedule_at: at(10 * MINUTE) })).rejects.toEqual({ status: 404, message: 'Schedule does not exist' });
    await expect(schedule.delete({ name: 'x' })).rejects.toEqual({ status: 404, message: 'Schedule does not exist' });
  });

  it('update applies the same rules as create', async () => {
    const { schedule, at } = scheduler();
    await schedule.create({ name: 'a', data: {}, schedule_at: at(10 * MINUTE) });
    await expect(schedule.update({ name: 'a', data: {}, schedule_at: at(MINUTE) })).rejects.toEqual({ status: 400, message: SCHEDULE_MESSAGES.tooSoon });
  });

  it('fetch returns a copy', async () => {
    const { schedule, at } = scheduler();
    await schedule.create({ name: 'a', data: { v: 1 }, schedule_at: at(10 * MINUTE) });
    const fetched = await schedule.fetch({ name: 'a' });
    fetched.data.v = 99;
    await expect(schedule.fetch({ name: 'a' })).resolves.toMatchObject({ data: { v: 1 } });
  });
});

describe('due(): what the platform fires', () => {
  it('answers due firings oldest first, removes one-time schedules and advances recurring ones', async () => {
    const { schedule, at, clock } = scheduler();
    const start = clock.now();
    await schedule.create({ name: 'late', data: { n: 'late' }, schedule_at: at(12 * MINUTE) });
    await schedule.create({ name: 'early', data: { n: 'early' }, schedule_at: at(7 * MINUTE) });
    await schedule.create({ name: 'pump', data: { n: 'pump' }, schedule_at: at(5 * MINUTE), repeat: { time_unit: 'minutes', frequency: 5 } });
    expect(schedule.due(start + 4 * MINUTE)).toEqual([]);
    const fired = schedule.due(start + 15 * MINUTE);
    expect(fired.map((f) => [f.name, (f.at - start) / MINUTE])).toEqual([
      ['pump', 5],
      ['early', 7],
      ['pump', 10],
      ['late', 12],
      ['pump', 15],
    ]);
    expect(fired[1]).toEqual({ name: 'early', data: { n: 'early' }, at: start + 7 * MINUTE, recurring: false });
    expect(schedule.list().map((d) => d.name)).toEqual(['pump']);
    expect(schedule.nextDueAt()).toBe(start + 20 * MINUTE);
    expect(schedule.due(start + 15 * MINUTE)).toEqual([]);
  });

  it('a fired one-time schedule frees its name', async () => {
    const { schedule, at, clock } = scheduler();
    await schedule.create({ name: 'a', data: {}, schedule_at: at(6 * MINUTE) });
    schedule.due(clock.now() + 6 * MINUTE);
    await expect(schedule.fetch({ name: 'a' })).rejects.toMatchObject({ status: 404 });
    await expect(schedule.create({ name: 'a', data: {}, schedule_at: at(6 * MINUTE) })).resolves.toMatchObject({ status: 200 });
  });
});
