/**
 * The rolling quality record the full-page app reads (issue 13), written by the QA and sentiment jobs of the built
 * server.js on the local platform, against the fakes over real HTTP: a resolution's result with the agent the event
 * named, an escalation with its customer, the escalation closed by the resolution, a delivery twice, and the
 * compaction when the record would pass the store's 40 KB.
 */
import { readQuality } from '../../app/src/fullpage/contracts/kb-records';
import { storedQuality } from '../../devkit/demo/quality';
import { QUALITY_COMPACT_BYTES, QUALITY_KEY, QUALITY_RESULTS_KEPT } from '../../server/contracts/quality-record';
import type { Stack } from '../helpers/stack';
import { customerReply, qaNotes, statusChange, stacksClosedAfterEach, ticketRecord, type Json } from './support/sentiment-qa';

const RESOLVED_AT = '2026-11-25T13:00:00Z';
const ANGRY = 'This is terrible and unacceptable. I am furious and I will cancel and call my lawyer.';

let stack: Stack;
const stacks = stacksClosedAfterEach();
const quality = (): Json => (stack.platform.db.peek(QUALITY_KEY) ?? {}) as Json;

/** onTicketUpdate for a resolution, done by `actor`. */
async function resolve(ticketId: number, actor: Json) {
  return stack.platform.fireEvent('onTicketUpdate', { ...(await statusChange(stack, ticketId, 2, 4, RESOLVED_AT)), actor });
}

/** An angry public reply from the ticket's requester, the event's actor naming them. */
function angryReply(ticketId: number, conversationId: number, name: string) {
  const requester = Number(stack.ticket(ticketId).requester_id);
  const data = customerReply(ticketId, conversationId, requester, ANGRY);
  return stack.platform.fireEvent('onConversationCreate', { ...data, actor: { ...data.actor, name } });
}

beforeEach(async () => {
  stack = await stacks.begin();
});

it("keeps a resolution's result: scores, the responder and the name the resolving event gave them", async () => {
  const responder = Number(stack.ticket(1009).responder_id);
  const run = await resolve(1009, { id: responder, name: 'Marcus Webb', type: 'agent' });
  expect(run.ok).toBe(true);
  expect(ticketRecord(stack, 1009).qa).toMatchObject({ status: 'done', agent: { id: responder, name: 'Marcus Webb' } });
  expect(quality()).toEqual({
    e1009: 0,
    r1009: { t: expect.any(Number), o: 0.62, d: { empathy: 0.9, resolution: 0.4, communication: 0.95, efficiency: 0.1 }, a: responder, n: 'Marcus Webb' },
  });
  // The page reads it as one result, no open escalation.
  expect(readQuality(quality())).toMatchObject({ results: [{ ticketId: 1009, overall: 0.62, agentId: responder, agentName: 'Marcus Webb' }], escalations: [] });
});

it('names no agent when someone else resolved the ticket (a supervisor, an automation)', async () => {
  await resolve(1009, { id: 0, name: 'system', type: 'system' });
  expect(quality().r1009).not.toHaveProperty('n');
  expect((quality().r1009 as Json).a).toBe(Number(stack.ticket(1009).responder_id));
});

it('keeps an open escalation with its customer, risk and trigger words until the ticket is resolved', async () => {
  const run = await angryReply(1009, 880_001, 'Dana Scully');
  expect(run.ok).toBe(true);
  expect(ticketRecord(stack, 1009).sentiment).toMatchObject({ status: 'done', escalation: { escalated: true } });
  const requester = Number(stack.ticket(1009).requester_id);
  expect(quality().e1009).toMatchObject({ c: requester, n: 'Dana Scully', w: expect.arrayContaining(['lawyer']) });
  expect(readQuality(quality())?.escalations).toMatchObject([{ ticketId: 1009, contactId: requester, customer: 'Dana Scully' }]);

  await resolve(1009, { id: Number(stack.ticket(1009).responder_id), name: 'Marcus Webb', type: 'agent' });
  expect(quality().e1009).toBe(0);
  expect(readQuality(quality())?.escalations).toEqual([]);
});

it('a resolution delivered twice keeps one result and posts one note', async () => {
  const actor = { id: Number(stack.ticket(1009).responder_id), name: 'Marcus Webb', type: 'agent' };
  await resolve(1009, actor);
  const first = quality().r1009;
  await resolve(1009, actor);
  expect(qaNotes(stack, 1009)).toHaveLength(1);
  expect(Object.keys(quality()).sort()).toEqual(['e1009', 'r1009']);
  expect(quality().r1009).toEqual(first);
});

it('compacts a record about to pass 40 KB to the newest results, keeping the new one', async () => {
  const now = Date.UTC(2026, 10, 20);
  const result = (i: number) => ({ ticketId: 50_000 + i, overall: 0.5, dimensions: { empathy: 0.5, resolution: 0.5, communication: 0.5, efficiency: 0.5 }, agentId: 9000 + i, agentName: 'Agent with a long display name', at: now + i * 60_000 });
  // As many results as fit under 40 KB, and an attribute the app does not know filling the rest but 40 bytes.
  let count = 0;
  while (JSON.stringify(storedQuality(Array.from({ length: count + 1 }, (_, i) => result(i)), [])).length < 40 * 1024 - 200) count += 1;
  const seeded = storedQuality(Array.from({ length: count }, (_, i) => result(i)), []);
  const room = 40 * 1024 - QUALITY_KEY.length - JSON.stringify({ ...seeded, z: '' }).length - 40;
  await stack.platform.db.set(QUALITY_KEY, { ...seeded, z: 'x'.repeat(room) });
  await resolve(1009, { id: Number(stack.ticket(1009).responder_id), name: 'Marcus Webb', type: 'agent' });
  const after = quality();
  expect(JSON.stringify(after).length).toBeLessThanOrEqual(QUALITY_COMPACT_BYTES + 300);
  expect(after.r1009).toMatchObject({ o: 0.62, n: 'Marcus Webb' });
  expect(after).not.toHaveProperty('z');
  const results = readQuality(after)!.results;
  expect(results.length).toBeLessThanOrEqual(QUALITY_RESULTS_KEPT + 1);
  // The oldest went first: every seeded result kept is newer than every one dropped.
  const kept = results.filter((r) => r.ticketId >= 50_000).map((r) => r.ticketId - 50_000);
  expect(Math.min(...kept)).toBe(count - kept.length);
  expect(kept.length).toBeLessThan(count);
});
