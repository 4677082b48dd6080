/**
 * Scheduled events end to end (docs/platform.md "Scheduled events: the $schedule API",
 * "Event payloads: app set-up, external and scheduled events"): a handler creates a schedule through `$schedule`,
 * `advance()` moves the platform clock and fires each due schedule through onScheduledEvent, in time order, with
 * the schedule's data.
 */
import { loggedJson, probePlatform } from './helpers';

const MINUTE = 60_000;

interface Fired {
  event: string;
  data: Record<string, unknown>;
  timestamp: number;
  now: number;
}

describe('advance() fires due schedules through onScheduledEvent', () => {
  it('a schedule a handler created 6 minutes ahead fires after 6 minutes of platform time, once', async () => {
    const { platform, clock } = probePlatform();
    const created = await platform.fireEvent('onTicketCreate', { probe: 'schedule' });
    expect(loggedJson(created)).toEqual({ status: 200, message: 'Schedule created' });
    const start = clock.now();

    expect(await platform.advance(5 * MINUTE)).toEqual([]);
    const runs = await platform.advance(MINUTE);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ ok: true, event: 'onScheduledEvent', handler: 'onScheduledEventHandler' });
    const fired = loggedJson<Fired>(runs[0]!);
    expect(fired).toEqual({ event: 'onScheduledEvent', data: { ticketId: 1201 }, timestamp: start + 6 * MINUTE, now: start + 6 * MINUTE });

    await expect(platform.schedule.fetch({ name: 'retry-1201' })).rejects.toMatchObject({ status: 404 });
    expect(await platform.advance(60 * MINUTE)).toEqual([]);
  });

  it('a duplicate delivery of the same ticket cannot schedule twice (the name is the idempotency key)', async () => {
    const { platform } = probePlatform();
    await platform.fireEvent('onTicketCreate', { probe: 'schedule' });
    const again = await platform.fireEvent('onTicketCreate', { probe: 'schedule' });
    expect(again).toMatchObject({ ok: false, failure: 'threw', error: { status: 400, message: 'This Schedule name already exists' } });
  });

  it('fires several schedules in time order, stopping the clock at each', async () => {
    const { platform, clock } = probePlatform();
    const at = (ms: number) => new Date(clock.now() + ms).toISOString();
    const start = clock.now();
    await platform.schedule.create({ name: 'b', data: { n: 'b' }, schedule_at: at(9 * MINUTE) });
    await platform.schedule.create({ name: 'a', data: { n: 'a' }, schedule_at: at(7 * MINUTE) });
    await platform.schedule.create({ name: 'pump', data: { n: 'pump' }, schedule_at: at(5 * MINUTE), repeat: { time_unit: 'minutes', frequency: 5 } });

    const runs = await platform.advance(15 * MINUTE);
    expect(runs.map((r) => loggedJson<Fired>(r)).map((f) => [f.data.n, (f.now - start) / MINUTE])).toEqual([
      ['pump', 5],
      ['a', 7],
      ['b', 9],
      ['pump', 10],
      ['pump', 15],
    ]);
    expect(clock.now()).toBe(start + 15 * MINUTE);
  });

  it('fires a schedule that a scheduled handler creates within the same window', async () => {
    const { platform, clock } = probePlatform();
    const start = clock.now();
    await platform.schedule.create({
      name: 'first',
      data: { chainMinutes: 5, chainName: 'second' },
      schedule_at: new Date(start + 6 * MINUTE).toISOString(),
    });
    const runs = await platform.advance(20 * MINUTE);
    expect(runs.map((r) => [loggedJson<Fired>(r).data, (loggedJson<Fired>(r).now - start) / MINUTE])).toEqual([
      [{ chainMinutes: 5, chainName: 'second' }, 6],
      [{ chained: true }, 11],
    ]);
  });

  it('rate-limit windows recover as the platform clock moves', async () => {
    const { platform } = probePlatform();
    for (let i = 0; i < 50; i += 1) await platform.db.set(`k${i}`, { i });
    await expect(platform.db.get('k0')).rejects.toMatchObject({ status: 429 });
    await platform.advance(60_000);
    await expect(platform.db.get('k0')).resolves.toEqual({ i: 0 });
  });

  it('advance() needs a ManualClock; runDueSchedules() serves a wall clock', async () => {
    let now = Date.UTC(2026, 10, 25, 9, 0, 0);
    const { platform } = probePlatform({ clock: { now: () => now } });
    await expect(platform.advance(1)).rejects.toThrow(/ManualClock/);
    await platform.schedule.create({ name: 'w', data: { w: 1 }, schedule_at: new Date(now + 6 * MINUTE).toISOString() });
    expect(await platform.runDueSchedules()).toEqual([]);
    now += 6 * MINUTE;
    const runs = await platform.runDueSchedules();
    expect(runs.map((r) => loggedJson<Fired>(r).data)).toEqual([{ w: 1 }]);
  });
});
