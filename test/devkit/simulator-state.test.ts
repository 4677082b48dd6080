/**
 * What npm start keeps between runs (devkit/simulator/state-files.ts, desk-persistence.ts) and what it does after
 * an install (arrivals.ts): the fake Freshdesk account and `$db` persist together or start over together, so the
 * app's records always name tickets the account has; the demo's open tickets are delivered to the app once, the
 * worked history never.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ADMIN_API_KEY, demoIparams } from '../../devkit/demo';
import { stateFiles, writeSettingsFile } from '../../devkit/simulator/state-files';
import { portIsOpen, portOf, removeDir, startTestStack, type TestStack } from './simulator/helpers';

const DANA = 5001;
const HISTORY = [1021, 1022, 1023, 1024, 1025, 1026, 1027, 1028];

/** The tickets the app's `$db` records are about (`ticket:<id>`). */
function recordedTickets(t: TestStack): number[] {
  return t.stack
    .platform()
    .db.keys()
    .map((k) => /^ticket:(\d+)$/.exec(k)?.[1])
    .filter((id): id is string => id !== undefined)
    .map(Number);
}

/** Records about tickets the account does not have: what a restart must never leave behind. */
const orphans = (t: TestStack) => recordedTickets(t).filter((id) => !t.stack.desk.records.tickets.has(id));

async function newTicket(t: TestStack, subject: string): Promise<number> {
  const res = await t.post('/sim/api/tickets', { subject, text: 'The heating stopped overnight.', requesterId: DANA });
  expect(res.status).toBe(200);
  return res.body.ticketId as number;
}

describe('a restart', () => {
  it('keeps the account and $db together: the tickets, their conversations, the records and the ids go on', async () => {
    const first = await startTestStack();
    let second: TestStack | undefined;
    try {
      expect(first.stack.deskStart).toBe('seeded');
      const id = await newTicket(first, 'Before the restart');
      await first.post(`/sim/api/tickets/${id}/agent-reply`, { html: '<p>Please hold the reset button for ten seconds.</p>' });
      await first.post(`/sim/api/tickets/${id}/resolve`);
      const conversations = first.stack.desk.records.conversations.get(id);
      expect(recordedTickets(first)).toContain(id);
      const ports = [first.stack.port, portOf(first.stack.web.url), ...first.stack.fakes.all().map((f) => f.port)];
      expect(ports).toHaveLength(8);
      await first.close();
      expect(await Promise.all(ports.map(portIsOpen))).toEqual(ports.map(() => false));
      expect(existsSync(first.stack.files.freshdesk)).toBe(true);

      second = await startTestStack({ stateDir: first.stateDir });
      expect(second.stack.deskStart).toBe('restored');
      expect(second.stack.install()).toBeUndefined(); // installed before: not again
      expect(second.stack.desk.records.tickets.get(id)).toMatchObject({ subject: 'Before the restart', status: 4 });
      expect(second.stack.desk.records.conversations.get(id)).toEqual(conversations);
      expect(second.record(id)?.qa).toMatchObject({ status: 'done' });
      expect(orphans(second)).toEqual([]);
      // New ids continue above the old ones: nothing the app recorded is ever met again under a reused id.
      expect(await newTicket(second, 'After the restart')).toBe(id + 1);
      const reply = await second.post(`/sim/api/tickets/${id}/reply`, { text: 'Thanks, all good now.' });
      expect(reply.status).toBe(200);
      const last = second.stack.desk.records.conversations.get(id)?.at(-1);
      expect(last?.id).toBeGreaterThan(Math.max(...(conversations ?? []).map((c) => c.id)));
    } finally {
      await second?.close();
      removeDir(first.stateDir);
    }
  });

  it.each([
    ['missing (saved by an older simulator)', (file: string) => rmSync(file)],
    ['damaged', (file: string) => writeFileSync(file, '{"seed":')],
    ['grown from other demo data', (file: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(/"seed": "[0-9a-f]+"/, '"seed": "0000000000000000"'))],
  ])('starts $db over with the account when the saved account is %s', async (_what, spoil) => {
    const first = await startTestStack();
    let second: TestStack | undefined;
    try {
      const id = await newTicket(first, 'Soon gone');
      expect(recordedTickets(first)).toContain(id);
      await first.close();
      spoil(first.stack.files.freshdesk);

      second = await startTestStack({ stateDir: first.stateDir });
      expect(second.stack.deskStart).toBe('started-over');
      expect(second.stack.desk.records.tickets.has(id)).toBe(false);
      expect(recordedTickets(second)).toEqual([]);
      expect(second.stack.install()?.ok).toBe(true); // the installation is new, so the app is installed again
      expect(second.stack.platform().runs().map((r) => r.event)).toEqual(['onAppInstall']);
    } finally {
      await second?.close();
      removeDir(first.stateDir);
    }
  });

  it('drops an account whose installation is gone, rather than keep what the app wrote without its records', async () => {
    const first = await startTestStack();
    let second: TestStack | undefined;
    try {
      const id = await newTicket(first, 'Processed, then its $db deleted');
      await first.close();
      const { db, entities, schedule, simulator } = first.stack.files;
      for (const f of [db, entities, schedule, simulator]) rmSync(f, { force: true });

      second = await startTestStack({ stateDir: first.stateDir });
      expect(second.stack.deskStart).toBe('seeded');
      expect(second.stack.desk.records.tickets.has(id)).toBe(false);
    } finally {
      await second?.close();
      removeDir(first.stateDir);
    }
  });
});

describe("the demo's open tickets", () => {
  it('arrive after the install as new tickets, once; the app processes each, the history it never sees', async () => {
    const t = await startTestStack({ deliverArrivals: true, arrivalSpacingMs: 0 });
    let again: TestStack | undefined;
    try {
      const runs = await t.stack.arrivals();
      expect(runs).toHaveLength(20);
      expect(runs.every((r) => r.event === 'onTicketCreate' && r.ok)).toBe(true);
      const arrivals = (await t.overview()).tickets.filter((x) => !HISTORY.includes(x.id)).map((x) => x.id);
      expect(arrivals).toHaveLength(20);
      const triageOf = (id: number) => (t.record(id)?.triage as { status?: string } | undefined)?.status;
      // All at once is more than a minute's budget: the app deferred the rest, and its backlog drains them.
      expect(arrivals.filter((id) => triageOf(id) !== 'done').length).toBeGreaterThan(0);
      for (let minute = 0; minute < 10 && !arrivals.every((id) => triageOf(id) === 'done'); minute += 1) {
        t.clock.advance(61_000);
        await t.stack.platform().runDueSchedules();
      }
      expect(arrivals.filter((id) => triageOf(id) !== 'done')).toEqual([]);
      for (const id of arrivals) expect(t.stack.desk.records.tickets.get(id)?.tags.some((tag) => tag.startsWith('ai-category:'))).toBe(true);

      const o = await t.overview();
      expect(o.arrivals).toEqual({ delivered: 20, total: 20 });
      expect(o.tickets.filter((x) => x.arrival === 'arriving')).toEqual([]);
      expect(o.tickets.filter((x) => x.arrival === 'before-install').map((x) => x.id).sort()).toEqual(HISTORY);
      for (const id of HISTORY) {
        expect(t.record(id)).toBeUndefined();
        expect(o.tickets.find((x) => x.id === id)?.ai).toEqual([]);
      }
      await t.close();

      again = await startTestStack({ stateDir: t.stateDir, deliverArrivals: true, arrivalSpacingMs: 0 });
      expect(await again.stack.arrivals()).toEqual([]); // delivered before: not again
      expect(again.stack.platform().runs()).toEqual([]);
    } finally {
      await again?.close();
      await t.close();
      removeDir(t.stateDir);
    }
  });
});

describe('the arrivals and the install', () => {
  const store = (t: TestStack, config: Record<string, unknown>) =>
    fetch(`${t.stack.web.settingsUrl()}/store`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(config) });
  const creates = (t: TestStack) => t.stack.platform().runs().filter((r) => r.event === 'onTicketCreate').length;

  it('deliver none twice when the settings are saved (an install again) while they arrive', async () => {
    const t = await startTestStack({ deliverArrivals: true, arrivalSpacingMs: 20 });
    try {
      expect((await store(t, { ...demoIparams(), draft_style: 'concise' })).status).toBe(200);
      await t.stack.arrivals();
      expect(creates(t)).toBe(20);
      expect(new Set((await t.overview()).tickets.filter((x) => x.arrival === undefined && x.id <= 1020).map((x) => x.id)).size).toBe(20);
    } finally {
      await t.close();
      removeDir(t.stateDir);
    }
  });

  it('wait for an install that succeeds: a blocked one delivers nothing, the settings page saving good keys delivers them', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'simpli-sim-'));
    writeSettingsFile(stateFiles(stateDir), { ...demoIparams(), freshdesk_api_key: 'not-the-key' });
    const t = await startTestStack({ stateDir, deliverArrivals: true, arrivalSpacingMs: 0 });
    try {
      expect(t.stack.install()).toMatchObject({ ok: false, failure: 'blocked' });
      expect(await t.stack.arrivals()).toEqual([]);
      expect((await t.overview()).arrivals).toEqual({ delivered: 0, total: 20 });

      expect((await store(t, { ...demoIparams(), freshdesk_api_key: DEMO_ADMIN_API_KEY })).status).toBe(200);
      expect(await t.stack.arrivals()).toHaveLength(20);
      expect((await t.overview()).arrivals).toEqual({ delivered: 20, total: 20 });
    } finally {
      await t.close();
      removeDir(stateDir);
    }
  });
});
