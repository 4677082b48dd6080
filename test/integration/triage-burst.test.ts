/**
 * Bursts degrade into deferred work, not lost work (issue 5 §6): the platform allows 50 template requests and
 * 50 `$db` operations a minute (docs/platform.md "Limits"), so a burst spends them, records the rest cheaply in
 * schedules, and drains later — every ticket triaged once, with one note.
 */
import { startStack, type Stack } from '../helpers/stack';

let stack: Stack;
afterEach(() => stack.close());

const triage = (s: Stack, id: number) => (s.platform.db.peek(`ticket:${id}`) as { triage?: { status: string } } | undefined)?.triage;

it('with the $db budget spent, a new ticket is queued in the backlog alone and triaged later', async () => {
  stack = await startStack();
  await stack.platform.fireEvent('onAppInstall');
  for (let i = 0; stack.platform.budgetUsage().db < 50; i += 1) await stack.platform.db.get(`filler-${i}`).catch(() => undefined);

  const run = await stack.createTicket(1001);
  expect(run.ok).toBe(true);
  expect(run.logs.join('\n')).toMatch(/ticket 1001: triage queued before it started/);
  expect(triage(stack, 1001)).toBeUndefined();
  expect(stack.platform.entities?.records('jobs').map((r) => r.data)).toEqual([expect.objectContaining({ job: 'triage:1001', attempt: 1 })]);
  expect(stack.platform.schedule.list().map((s: { name: string }) => s.name).sort()).toEqual(['simpli-pump-0', 'simpli-pump-1', 'simpli-pump-2', 'simpli-pump-3', 'simpli-pump-4', 'simpli-sweep']);

  await stack.platform.advance(30 * 60 * 1000);
  expect(triage(stack, 1001)?.status).toBe('done');
  expect(stack.notes(1001)).toHaveLength(1);
});

it('a burst of 20 tickets in one instant ends with every ticket triaged once and one note each', async () => {
  stack = await startStack();
  await stack.platform.fireEvent('onAppInstall');
  const ids = Array.from({ length: 20 }, (_, i) => 1001 + i);
  const runs = await Promise.all(ids.map((id) => stack.createTicket(id)));
  expect(runs.every((r) => r.ok)).toBe(true);
  const deferredNow = ids.filter((id) => triage(stack, id)?.status !== 'done');
  expect(deferredNow.length).toBeGreaterThan(0); // 20 × 5 requests cannot fit in 50 a minute

  // The budget refusals wait in a ready lane; the pumps take 7 a minute from the 5th minute on.
  await stack.platform.advance(60 * 60 * 1000);
  for (const id of ids) {
    expect([id, triage(stack, id)?.status]).toEqual([id, 'done']);
    expect([id, stack.notes(id).length]).toEqual([id, 1]);
  }
  const puts = stack.fakes.freshdesk.log().filter((e) => e.method === 'PUT' && e.status === 200);
  expect(new Set(puts.map((e) => e.ticketId)).size).toBe(20);
});
