/**
 * Issue 11, "nothing lost, nothing doubled": each cause with the smallest case that showed it, through the built
 * server.js on the local platform (its `$db`, entity store, schedules and handler limit) against the fakes.
 */
import { startStack, type Stack } from '../helpers/stack';
import { fireReply } from './support/sentiment-qa';

let stack: Stack;
afterEach(() => stack?.close());

async function installed(platform: Parameters<typeof startStack>[0] = {}): Promise<Stack> {
  const s = await startStack(platform);
  expect((await s.platform.fireEvent('onAppInstall')).ok).toBe(true);
  s.clearLogs();
  return s;
}

const triage = (s: Stack, id: number) => (s.platform.db.peek(`ticket:${id}`) as { triage?: Record<string, any> } | undefined)?.triage;
const puts = (s: Stack, id: number) => s.fakes.freshdesk.log().filter((e) => e.method === 'PUT' && e.path === `/api/v2/tickets/${id}` && e.status === 200);
const jobs = (s: Stack) => s.platform.entities?.records('jobs').map((r) => r.data) ?? [];

it('a handler killed after its claim is taken over by the sweep and ends triaged with one note', async () => {
  // A 1.5 s handler limit and a classify that answers after 3 s: the platform kills the run after its claim.
  stack = await installed({ platform: { executionTimeoutMs: 1_500 } });
  stack.setFaults('triage', [{ endpoint: 'POST /classify', fault: { kind: 'latency', ms: 3_000 }, times: 1 }]);
  const killed = await stack.createTicket(1001);
  expect(killed).toMatchObject({ ok: false, failure: 'timeout' });
  expect(triage(stack, 1001)).toBeUndefined();
  expect(jobs(stack)).toEqual([expect.objectContaining({ job: 'triage:1001', lane: 'running', attempt: 1 })]);
  await new Promise((resolve) => setTimeout(resolve, 1_700)); // the fake answers what nobody waits for any more

  // Nothing but the platform's own schedules: the sweep re-queues the expired run, a pump takes it over.
  await stack.platform.advance(20 * 60 * 1000);
  expect(triage(stack, 1001)).toMatchObject({ status: 'done', attempt: 2, errors: {} });
  expect(stack.notes(1001)).toHaveLength(1);
  expect(jobs(stack)).toEqual([]);
}, 30_000);

it('a reply processed first, then onTicketCreate delivered twice at once: one note and one ticket PUT', async () => {
  stack = await installed();
  const reply = await fireReply(stack, 1009, 100935); // writes the ticket record (sentiment) first
  expect(reply.ok).toBe(true);
  const before = puts(stack, 1009).length;
  const runs = await Promise.all([stack.createTicket(1009), stack.createTicket(1009)]);
  expect(runs.every((r) => r.ok)).toBe(true);
  expect(runs.flatMap((r) => r.logs).filter((l) => /ticket 1009: triage: not run \(attempt 1 is running right now\)/.test(l))).toHaveLength(1);
  expect(triage(stack, 1009)).toMatchObject({ status: 'done' });
  expect(stack.notes(1009).filter((n) => n.body.includes('Simpli AI draft reply'))).toHaveLength(1);
  expect(puts(stack, 1009).length - before).toBe(1);
});

it('a redelivery after the run finished is skipped, however late', async () => {
  stack = await installed();
  await stack.createTicket(1001);
  stack.clock.advance(60 * 60 * 1000);
  const late = await stack.createTicket(1001);
  expect(late.logs.join('\n')).toMatch(/ticket 1001: triage: not run \(already triaged\)/);
  expect(stack.notes(1001)).toHaveLength(1);
});

it('a burst of 100 tickets with a spent request budget all end triaged exactly once after advancing the clock', async () => {
  stack = await installed();
  const ids = Array.from({ length: 100 }, (_, i) => 5001 + i);
  const model = stack.ticket(1001) as { subject: string; description: string; requester_id: number };
  for (const id of ids) stack.freshdesk.receiveTicket({ id, subject: `${model.subject} #${id}`, description: model.description, requester_id: model.requester_id });
  const runs = [];
  for (const id of ids) runs.push(await stack.createTicket(id));
  expect(runs.every((r) => r.ok)).toBe(true);
  expect(ids.filter((id) => triage(stack, id)?.status !== 'done').length).toBeGreaterThan(80); // 50 requests a minute
  await stack.platform.advance(6 * 60 * 60 * 1000);
  for (const id of ids) expect([id, triage(stack, id)?.status, stack.notes(id).length, puts(stack, id).length]).toEqual([id, 'done', 1, 1]);
  expect(jobs(stack)).toEqual([]);
}, 30_000);

it("a pump run cut at the minute's budget leaves only a note, queued with its cost, posted next with no read and no look", async () => {
  stack = await installed();
  const ids = Array.from({ length: 40 }, (_, i) => 5001 + i);
  const model = stack.ticket(1001) as { subject: string; description: string; requester_id: number };
  for (const id of ids) stack.freshdesk.receiveTicket({ id, subject: `${model.subject} #${id}`, description: model.description, requester_id: model.requester_id });
  for (const id of ids) await stack.createTicket(id);
  // Minute by minute until a run leaves a note behind (its update done, the note refused by the platform).
  let cut: { job: string; cost?: number; input: string } | undefined;
  for (let minute = 0; minute < 15 && !cut; minute += 1) {
    await stack.platform.advance(60 * 1000);
    cut = jobs(stack).find((e) => e.cost === 1) as typeof cut;
  }
  expect(cut).toBeDefined();
  const ticketId = (JSON.parse(cut!.input) as { ticketId: number }).ticketId;
  expect(triage(stack, ticketId)).toMatchObject({ status: 'deferred', done: ['classify', 'draft', 'route', 'update'], errors: { note: { unsent: true } } });
  const mark = stack.fakes.freshdesk.log().length;
  await stack.platform.advance(10 * 60 * 1000);
  expect(triage(stack, ticketId)).toMatchObject({ status: 'done' });
  expect(stack.notes(ticketId)).toHaveLength(1);
  const since = stack.fakes.freshdesk.log().slice(mark).filter((e) => e.ticketId === ticketId);
  expect(since.map((e) => `${e.endpoint} ${e.status}`)).toEqual(['POST /api/v2/tickets/:id/notes 201']);
}, 30_000);

it("a customer reply processed while triage runs keeps escalation-risk:high (triage's PUT erases nothing)", async () => {
  stack = await installed();
  // Routing answers after 800 ms: the reply's sentiment runs while triage holds its lease.
  stack.setFaults('triage', [{ endpoint: 'POST /route', fault: { kind: 'latency', ms: 800 }, times: 1 }]);
  const triaging = stack.createTicket(1009);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const reply = await fireReply(stack, 1009, 100935); // risk 0.95: escalates
  expect(reply.ok).toBe(true);
  expect((await triaging).ok).toBe(true);
  await stack.platform.advance(6 * 60 * 60 * 1000);
  const tags = stack.ticket(1009).tags as string[];
  expect(tags).toEqual(expect.arrayContaining(['escalation-risk:high', 'ai-category:technical']));
  expect(triage(stack, 1009)).toMatchObject({ status: 'done' });
}, 20_000);

it('an event that every store refused is found by the sweep in Freshdesk and triaged', async () => {
  stack = await installed();
  const model = stack.ticket(1001) as { subject: string; description: string; requester_id: number };
  stack.clock.advance(60_000);
  stack.freshdesk.receiveTicket({ id: 6001, subject: model.subject, description: model.description, requester_id: model.requester_id });
  // Both stores' minute budgets spent: the claim and the backlog entry are refused.
  for (let i = 0; stack.platform.budgetUsage().db < 50; i += 1) await stack.platform.db.get(`filler-${i}`).catch(() => undefined);
  const jobsEntity = stack.platform.entities!.entity({ version: 'v1' }).get('jobs');
  for (let i = 0; i < 250; i += 1) await jobsEntity.getAll().catch(() => undefined);
  const run = await stack.createTicket(6001);
  expect(run.ok).toBe(true);
  expect(run.logs.join('\n')).toMatch(/ticket 6001: triage neither started nor queued .*the sweep will find it/);
  expect(jobs(stack)).toEqual([]);

  await stack.platform.advance(30 * 60 * 1000);
  expect(triage(stack, 6001)).toMatchObject({ status: 'done' });
  expect(stack.notes(6001)).toHaveLength(1);
  // The demo's own tickets (from before the install) are not the app's: none was queued.
  expect(triage(stack, 1002)).toBeUndefined();
}, 20_000);

describe('a late onTicketCreate (it happened more than a lease before it is delivered)', () => {
  const justCreated = async (s: Stack, id: number) => {
    const at = new Date(s.clock.now()).toISOString();
    return s.ticketEventData(id, { created_at: at, updated_at: at });
  };

  it("reads the ticket first, so an agent's tag added since the creation stays; a timely one reads nothing", async () => {
    stack = await installed();
    const data = await justCreated(stack, 1001);
    const happened = stack.clock.now();
    const tags = (stack.ticket(1001).tags as string[]) ?? [];
    expect(stack.freshdesk.updateTicketAsAgent(1001, { tags: [...tags, 'callback-requested'] }).status).toBe(200);
    stack.clock.advance(5 * 60_000);
    stack.clearLogs();
    const run = await stack.platform.fireEvent('onTicketCreate', data, { occurredAt: happened });
    expect(run.logs.join('\n')).toMatch(/ticket 1001: the event came late; triage reads the ticket first/);
    expect(stack.requests()).toContain('freshdeskGetTicket');
    expect(stack.ticket(1001).tags).toEqual(expect.arrayContaining(['callback-requested', expect.stringMatching(/^ai-category:/)]));

    // The same event on time: the event's ticket is current, no read.
    stack.clearLogs();
    await stack.platform.fireEvent('onTicketCreate', await justCreated(stack, 1002), { occurredAt: stack.clock.now() - 30_000 });
    expect(stack.requests()).not.toContain('freshdeskGetTicket');
    expect(triage(stack, 1002)).toMatchObject({ status: 'done' });
  });

  it("where the timestamp is the delivery time (the platform's strictest reading), the ticket copy's age tells", async () => {
    stack = await installed();
    const data = await justCreated(stack, 1003);
    const tags = (stack.ticket(1003).tags as string[]) ?? [];
    expect(stack.freshdesk.updateTicketAsAgent(1003, { tags: [...tags, 'vip-callback'] }).status).toBe(200);
    stack.clock.advance(5 * 60_000);
    stack.clearLogs();
    const run = await stack.platform.fireEvent('onTicketCreate', data); // stamped at delivery
    expect(run.logs.join('\n')).toMatch(/ticket 1003: the event came late; triage reads the ticket first/);
    expect(stack.ticket(1003).tags).toEqual(expect.arrayContaining(['vip-callback', expect.stringMatching(/^ai-category:/)]));
  });
});
