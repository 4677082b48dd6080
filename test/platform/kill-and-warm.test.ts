/**
 * Two local-platform facilities for the bench and tests, beyond the platform itself: killing a run after its N-th
 * template request (as the 20 s limit, a crash or a restart would strike mid-run), and warm contexts (a
 * serverless container reused between runs); plus the running totals of each budget.
 */
import { loggedJson, probePlatform, slowServer } from './helpers';

const TRIAGE_HOST = 'triage.simpli.example.com';

describe('killRunAfter', () => {
  it('ends the run right after its N-th request: that request lands, its answer and the rest never come', async () => {
    const server = await slowServer(5);
    try {
      const { platform } = probePlatform({ hosts: { [TRIAGE_HOST]: server.base } });
      platform.killRunAfter(2);
      expect(platform.killPending()).toBe(true);
      const run = await platform.fireEvent('onTicketCreate', { probe: 'three-requests' });
      expect(run).toMatchObject({ ok: false, failure: 'killed' });
      expect(platform.requestLog().map((e) => e.status)).toEqual([200, 200]);
      expect(run.logs.filter((l) => l.startsWith('[log]'))).toEqual(['[log] answer 1']);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(platform.db.peek('after-three')).toBeUndefined();
      expect(platform.killPending()).toBe(false);
    } finally {
      await server.close();
    }
  });

  it('with 0, kills the run as its first request is about to go out: nothing is sent', async () => {
    const server = await slowServer(5);
    try {
      const { platform } = probePlatform({ hosts: { [TRIAGE_HOST]: server.base } });
      platform.killRunAfter(0);
      const run = await platform.fireEvent('onTicketCreate', { probe: 'three-requests' });
      expect(run).toMatchObject({ ok: false, failure: 'killed' });
      expect(platform.requestLog()).toEqual([]);
      expect(run.logs.filter((l) => l.startsWith('[log]'))).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('kills one run only, counts only the templates it is told to, and leaves later runs alone', async () => {
    const server = await slowServer(5);
    try {
      const { platform } = probePlatform({ hosts: { [TRIAGE_HOST]: server.base } });
      platform.killRunAfter(1, (template) => template === 'freshdeskGetTicket');
      const untouched = await platform.fireEvent('onTicketCreate', { probe: 'three-requests' });
      expect(untouched.ok).toBe(true); // simpliClassify does not count
      expect(platform.killPending()).toBe(true);

      platform.killRunAfter(3);
      expect((await platform.fireEvent('onTicketCreate', { probe: 'three-requests' })).failure).toBe('killed');
      expect((await platform.fireEvent('onTicketCreate', { probe: 'three-requests' })).ok).toBe(true);
      expect(platform.db.peek('after-three')).toEqual({ done: true });
    } finally {
      await server.close();
    }
  });
});

describe('warm contexts', () => {
  it('are off by default: module state starts afresh each run', async () => {
    const { platform } = probePlatform();
    await platform.fireEvent('onTicketCreate', { probe: 'calls' });
    const second = await platform.fireEvent('onTicketCreate', { probe: 'calls' });
    expect(loggedJson(second)).toEqual({ calls: 1 });
  });

  it('when on, reuse the context of a run that ended normally, and drop one that failed', async () => {
    const { platform } = probePlatform({ warmContexts: true });
    await platform.fireEvent('onTicketCreate', { probe: 'calls' });
    expect(loggedJson(await platform.fireEvent('onTicketCreate', { probe: 'calls' }))).toEqual({ calls: 2 });
    await platform.fireEvent('onTicketCreate', { probe: 'throw' }); // takes the warm context and loses it
    expect(loggedJson(await platform.fireEvent('onTicketCreate', { probe: 'calls' }))).toEqual({ calls: 1 });
  });

  it('bind each run its own platform objects: a warm run still gets its own log and payload', async () => {
    const { platform } = probePlatform({ warmContexts: true });
    const first = await platform.fireEvent('onTicketCreate', { probe: 'calls' });
    const second = await platform.fireEvent('onTicketCreate', { probe: 'calls' });
    expect(first.logs).toEqual(['[log] {"calls":1}']);
    expect(second.logs).toEqual(['[log] {"calls":2}']);
  });
});

describe('budgetTotals', () => {
  it('counts every unit each budget gave since the start, beyond the one-minute window', async () => {
    const { platform, clock } = probePlatform();
    await platform.db.set('a', { v: 1 });
    clock.advance(120_000);
    await platform.db.get('a');
    expect(platform.budgetUsage().db).toBe(1);
    expect(platform.budgetTotals()).toMatchObject({ db: 2, templates: 0, entity: 0 });
  });
});
