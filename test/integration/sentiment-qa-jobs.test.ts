/**
 * Sentiment and QA on the one job lifecycle (issue 11, ADR 0005): a run killed after its claim is taken over by
 * the sweep and ends done exactly once; concurrent duplicate deliveries make one analysis; an agent's Retry after a
 * failure for good runs the next attempt. Through
 * the built server.js on the local platform against the fakes.
 */
import { JOB_COST } from '../../server/domain/jobs/pumps';
import type { Stack } from '../helpers/stack';
import { fireReply, fireStatus, jobs, qaNotes, stacksClosedAfterEach, ticketRecord, type Json } from './support/sentiment-qa';

const GRACE = 5009; // requester of ticket 1009
const REPLY = 100935; // "… unacceptable … refund … supervisor": risk 0.95, escalates
const RESOLVED_AT = '2026-11-25T13:00:00Z';
const ESCALATION_TAG = 'escalation-risk:high';

let stack: Stack;
const stacks = stacksClosedAfterEach();
// The KB sync off: its walk would join the resumed runs' requests these tests count.
const begin = async (): Promise<Stack> => (stack = await stacks.begin({ iparams: { feature_kb_sync: false } }));

const fakeCalls = (s: Stack, method: string, path: string) => s.fakes.freshdesk.log().filter((e) => e.method === method && e.path === path && e.status < 300);
const simpliCalls = (s: Stack, service: string) => s.fakeLog().filter((e) => e.service === `simpli-${service}`);
/** Template requests of the runs after `mark` (the resumed run), by template name. */
const requestsSince = (s: Stack, mark: number) => s.platform.requestLog().slice(mark).map((e) => e.template);

describe('a run killed after its claim', () => {
  it('sentiment: the sweep takes it over, the reply is read again, and it ends done once (contact written once, one tag)', async () => {
    await begin();
    stack.platform.killRunAfter(0); // right after the claim, before its first request
    const killed = await fireReply(stack, 1009, REPLY);
    expect(killed).toMatchObject({ ok: false, failure: 'killed' });
    expect(ticketRecord(stack, 1009).sentiment).toBeUndefined();
    expect(jobs(stack)).toEqual([expect.objectContaining({ job: `sentiment:c${REPLY}`, lane: 'running', attempt: 1 })]);

    // Nothing but the platform's own schedules: the sweep re-queues the expired run, a pump takes it over.
    const mark = stack.platform.requestLog().length;
    await stack.platform.advance(20 * 60 * 1000);
    expect(ticketRecord(stack, 1009).sentiment).toMatchObject({ status: 'done', attempt: 2, errors: {}, result: { escalationRisk: 0.95 } });
    expect(jobs(stack)).toEqual([]);
    expect(fakeCalls(stack, 'PUT', `/api/v2/contacts/${GRACE}`)).toHaveLength(1);
    expect((stack.ticket(1009).tags as string[]).filter((t) => t === ESCALATION_TAG)).toHaveLength(1);
    // The resumed run fits what a pump budgets for it: the reply read again, then the four requests of the event's run.
    const resumed = requestsSince(stack, mark).filter((t) => t !== 'freshdeskListTickets'); // the sweep's own list
    expect([...resumed].sort()).toEqual(['freshdeskGetTicket', 'freshdeskListConversations', 'freshdeskUpdateContact', 'freshdeskUpdateTicket', 'simpliAnalyzeSentiment']);
    expect(resumed.length).toBeLessThanOrEqual(JOB_COST.sentiment!);
  }, 20_000);

  it('QA: killed once its note landed, the takeover finds the note and posts none again: one QA note', async () => {
    await begin();
    stack.platform.killRunAfter(3); // conversations, evaluation, note: the note is stored, the answer lost
    const killed = await fireStatus(stack, 1009, 2, 4, RESOLVED_AT);
    expect(killed).toMatchObject({ ok: false, failure: 'killed' });
    expect(qaNotes(stack, 1009)).toHaveLength(1);
    expect(ticketRecord(stack, 1009).qa).toBeUndefined();
    expect(jobs(stack)).toEqual([expect.objectContaining({ job: expect.stringMatching(/^qa:1009:[0-9a-z]+$/), lane: 'running', attempt: 1 })]);

    const mark = stack.platform.requestLog().length;
    await stack.platform.advance(20 * 60 * 1000);
    expect(ticketRecord(stack, 1009).qa).toMatchObject({ status: 'done', attempt: 2, errors: {}, evaluation: { overall: 0.62 } });
    expect(qaNotes(stack, 1009)).toHaveLength(1);
    expect(jobs(stack)).toEqual([]);
    // Ticket read again, conversations, evaluation, and the look for an earlier note, which it finds.
    const resumed = requestsSince(stack, mark).filter((t) => t !== 'freshdeskListTickets');
    expect(resumed).toEqual(['freshdeskGetTicket', 'freshdeskListConversations', 'simpliEvaluateQa', 'freshdeskListConversations']);
    expect(resumed.length).toBeLessThanOrEqual(JOB_COST.qa!);
  }, 20_000);
});

it('a reply delivered 3 times at once is analyzed once: one analysis, one contact update, one tag', async () => {
  await begin();
  const runs = await Promise.all([fireReply(stack, 1009, REPLY), fireReply(stack, 1009, REPLY), fireReply(stack, 1009, REPLY)]);
  expect(runs.every((r) => r.ok)).toBe(true);
  expect(runs.flatMap((r) => r.logs).filter((l) => l.includes(`sentiment of conversation ${REPLY}: not run`) && l.includes('duplicate delivery skipped'))).toHaveLength(2);
  expect(simpliCalls(stack, 'sentiment').filter((e) => e.endpoint === 'POST /analyze')).toHaveLength(1);
  expect(fakeCalls(stack, 'PUT', `/api/v2/contacts/${GRACE}`)).toHaveLength(1);
  expect((stack.ticket(1009).tags as string[]).filter((t) => t === ESCALATION_TAG)).toHaveLength(1);
  expect(ticketRecord(stack, 1009).sentiment).toMatchObject({ status: 'done', attempt: 1 });
  expect(jobs(stack)).toEqual([]);
});

it("QA failed for good (Simpli refused the key) is run again by the sidebar's Retry as the next attempt", async () => {
  await begin();
  stack.setFaults('qa', [{ endpoint: 'POST /evaluate', fault: { kind: 'reject_key' }, times: 1 }]);
  await fireStatus(stack, 1009, 2, 4, RESOLVED_AT);
  expect(ticketRecord(stack, 1009).qa).toMatchObject({ status: 'failed', attempt: 1, errors: { evaluate: { retryable: false } } });
  expect(jobs(stack)).toEqual([]); // failed for good: nothing queued, the backlog leaves it to the agent
  await stack.platform.advance(30 * 60 * 1000);
  expect(ticketRecord(stack, 1009).qa).toMatchObject({ status: 'failed', attempt: 1 });

  const answer = await stack.platform.invokeSmi('retryTicket', { ticket_id: 1009 });
  expect(answer.response).toMatchObject({ retried: true, qa: { status: 'done', attempt: 2, errors: {} } });
  expect(ticketRecord(stack, 1009).qa).toMatchObject({ status: 'done', attempt: 2 });
  expect(qaNotes(stack, 1009)).toHaveLength(1);

  // Done now: a second press has nothing of QA's to run.
  const again = await stack.platform.invokeSmi('retryTicket', { ticket_id: 1009 });
  expect((again.response as Json).qa).toBeNull();
  expect(qaNotes(stack, 1009)).toHaveLength(1);
});
