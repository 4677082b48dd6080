/**
 * onTicketUpdate end to end (QA issue, items 6–9): the built server.js on the local platform against the fake QA
 * service and fake Freshdesk over real HTTP. Each test checks the notes that landed on the ticket, what was sent to
 * QA, the template requests spent, and the record the sidebar reads.
 */
import type { Stack } from '../helpers/stack';
import { addConversation, captureRequests, fireStatus, growThread, installedStack, jobs, linesAbout, qaNotes, scheduleNames, stacksClosedAfterEach, ticketRecord, type Json } from './support/sentiment-qa';

const T1 = '2026-11-25T13:00:00Z';
const T2 = '2026-11-26T09:30:00Z';
const T3 = '2026-11-27T16:45:00Z';
const MARCUS = 9002; // ticket 1009's responder

let stack: Stack;
const stacks = stacksClosedAfterEach();
const begin = async (options: Parameters<typeof installedStack>[0] = {}): Promise<Stack> => (stack = await stacks.begin(options));

const qa = (s: Stack, ticketId: number): Json => ticketRecord(s, ticketId).qa as Json;
const conversations = (s: Stack, ticketId: number): Json[] => (s.state().conversations[String(ticketId)] ?? []) as unknown as Json[];

describe('a resolution', () => {
  it('is scored with three requests and posted as one private note: overall and dimensions as percentages, coaching notes as a list', async () => {
    const capture = captureRequests();
    await begin({ platform: { requestApiFactory: capture.factory } });
    const run = await fireStatus(stack, 1009, 2, 4, T1);
    expect(run.ok).toBe(true);

    expect(stack.requests()).toEqual(['freshdeskListConversations', 'simpliEvaluateQa', 'freshdeskCreateNote']);
    const notes = qaNotes(stack, 1009);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.private).toBe(true);
    expect(notes[0]?.body).toBe(
      '<p><strong>Simpli QA score: 62%</strong></p>' +
        '<ul><li><strong>Empathy</strong>: 90%</li><li><strong>Resolution</strong>: 40%</li><li><strong>Communication</strong>: 95%</li><li><strong>Efficiency</strong>: 10%</li></ul>' +
        '<p><strong>Coaching notes</strong></p>' +
        '<ul><li>Confirm the issue is resolved and state the next steps clearly</li><li>Resolve in fewer replies: ask for all the details you need up front</li></ul>' +
        '<p><em>Scored by Simpli QA for the resolution of 2026-11-25T13:00:00.000Z.</em></p>',
    );

    expect(qa(stack, 1009)).toMatchObject({
      sampled: true,
      status: 'done',
      requests: 3,
      rescore: false,
      resolution: { at: '2026-11-25T13:00:00.000Z', status: 4 },
      evaluation: { overall: 0.62, dimensions: { empathy: 0.9, resolution: 0.4, communication: 0.95, efficiency: 0.1 } },
      messages: { sent: 29, omitted: 0 },
    });
    expect(linesAbout(run, 'ticket 1009: QA done')).toHaveLength(1);
  });

  it('sends the description first as the customer’s, then the public conversations in order by incoming; no private note; agent_id is the responder', async () => {
    const capture = captureRequests();
    await begin({ platform: { requestApiFactory: capture.factory } });
    const thread = conversations(stack, 1009);
    await fireStatus(stack, 1009, 2, 4, T1);
    const [body] = capture.bodies('simpliEvaluateQa');
    const publicOnes = thread.filter((c) => !c.private);
    expect(thread).toHaveLength(35);
    expect(publicOnes).toHaveLength(28); // 7 private notes stay out
    expect(body).toEqual({
      conversation_id: '1009',
      agent_id: String(MARCUS),
      messages: [
        { role: 'customer', content: String(stack.ticket(1009).description_text).trim() },
        ...publicOnes.map((c) => ({ role: c.incoming ? 'customer' : 'agent', content: String(c.body_text).trim() })),
      ],
    });
  });

  it('drops conversations with an empty body (an attachment-only reply)', async () => {
    const capture = captureRequests();
    await begin({ platform: { requestApiFactory: capture.factory } });
    await addConversation(stack, 1024, '<div><br></div>', { incoming: true, userId: 5014 });
    await fireStatus(stack, 1024, 2, 4, T1);
    const thread = conversations(stack, 1024);
    expect(thread.filter((c) => String(c.body_text).trim() === '')).toHaveLength(1);
    const messages = capture.bodies('simpliEvaluateQa')[0]?.messages as Json[];
    expect(messages).toHaveLength(1 + 3); // the description and the three replies with words
    expect(messages.every((m) => String(m.content).trim() !== '')).toBe(true);
  });

  it('a missing QA host fails the evaluation for good, naming the setting, without a request', async () => {
    await begin({ iparams: { simpli_qa_host: '' } });
    await fireStatus(stack, 1009, 2, 4, T1);
    expect(stack.requests()).toEqual([]);
    expect(qa(stack, 1009)).toMatchObject({ status: 'failed', errors: { evaluate: { kind: 'not_configured', message: 'the installation settings lack simpli_qa_host' } } });
  });

  it('QA switched off: nothing is read or written', async () => {
    await begin({ iparams: { feature_qa: false } });
    const run = await fireStatus(stack, 1009, 2, 4, T1);
    expect(stack.requests()).toEqual([]);
    expect(linesAbout(run, 'ticket 1009: QA skipped, switched off')).toHaveLength(1);
  });
});

describe('nothing to score yet', () => {
  it('a ticket resolved with no agent reply: one read, no /evaluate, no note, the record says why', async () => {
    await begin();
    expect(conversations(stack, 1001)).toEqual([]); // a new ticket nobody answered
    const run = await fireStatus(stack, 1001, 2, 4, T1);
    expect(run.ok).toBe(true);

    expect(stack.requests()).toEqual(['freshdeskListConversations']);
    expect(stack.fakeLog().filter((e) => e.service === 'simpli-qa')).toEqual([]);
    expect(qaNotes(stack, 1001)).toEqual([]);
    expect(stack.notes(1001)).toEqual([]);
    const record = qa(stack, 1001);
    expect(record).toMatchObject({ sampled: true, status: 'done', errors: {}, requests: 1, nothingToScore: { reason: 'no public agent reply' } });
    expect(record.evaluation).toBeUndefined();
    expect(linesAbout(run, 'ticket 1001: QA done (nothing to score yet: no public agent reply)')).toHaveLength(1);
  });

  it('customer replies and private notes alone are not an agent reply', async () => {
    await begin();
    await addConversation(stack, 1001, '<div>Any news?</div>', { incoming: true, userId: stack.ticket(1001).requester_id as number });
    await addConversation(stack, 1001, '<div>Checking with billing.</div>', { private: true });
    await fireStatus(stack, 1001, 2, 4, T1);
    expect(stack.fakeLog().filter((e) => e.service === 'simpli-qa')).toEqual([]);
    expect(qa(stack, 1001)).toMatchObject({ status: 'done', nothingToScore: { reason: 'no public agent reply' } });
  });

  it('once an agent has replied and the ticket is resolved again, it is scored, and not called a re-score', async () => {
    await begin();
    await fireStatus(stack, 1001, 2, 4, T1);
    await addConversation(stack, 1001, '<div>Hi Dana, the duplicate charge is refunded.</div>');
    await fireStatus(stack, 1001, 2, 4, T2);
    expect(qaNotes(stack, 1001)).toHaveLength(1);
    expect(qa(stack, 1001)).toMatchObject({ status: 'done', rescore: false, evaluation: { overall: expect.any(Number) } });
    expect(qa(stack, 1001).nothingToScore).toBeUndefined();
  });
});

describe('once per resolution', () => {
  it('Resolved then Closed is one resolution: scored once', async () => {
    await begin();
    await fireStatus(stack, 1009, 2, 4, T1);
    stack.clearLogs();
    const closed = await fireStatus(stack, 1009, 4, 5, T2);
    expect(stack.requests()).toEqual([]);
    expect(linesAbout(closed, 'QA skipped, status 4 → 5: already resolved')).toHaveLength(1);
    expect(qaNotes(stack, 1009)).toHaveLength(1);
  });

  it('a ticket closed straight from open is scored', async () => {
    await begin();
    await fireStatus(stack, 1009, 2, 5, T1);
    expect(qaNotes(stack, 1009)).toHaveLength(1);
    expect(qa(stack, 1009)).toMatchObject({ status: 'done', resolution: { status: 5 } });
  });

  it('reopened and resolved again is scored again, and the note says it is a re-score', async () => {
    await begin();
    await fireStatus(stack, 1009, 2, 4, T1);
    const reopened = await fireStatus(stack, 1009, 4, 2, T2);
    expect(linesAbout(reopened, 'QA skipped, status 4 → 2 is not a resolution')).toHaveLength(1);
    await fireStatus(stack, 1009, 2, 4, T3);

    const notes = qaNotes(stack, 1009);
    expect(notes).toHaveLength(2);
    expect(notes[0]?.body).not.toMatch(/re-score/);
    expect(notes[1]?.body).toMatch(
      /^<p><strong>Simpli QA score: 62%<\/strong> \(re-score: the ticket was reopened and resolved again; the previous score was 62%\)<\/p>/,
    );
    expect(notes[1]?.body).toMatch(/for the resolution of 2026-11-27T16:45:00\.000Z/);
    expect(qa(stack, 1009)).toMatchObject({ status: 'done', rescore: true, previousOverall: 0.62, resolution: { at: '2026-11-27T16:45:00.000Z' } });
  });

  it.each([
    ['open → pending', { status: [2, 3] }, 'status 2 → 3 is not a resolution'],
    ['a priority change', { priority: [1, 3] }, 'the status did not change'],
    ['a custom status', { status: [2, 6] }, 'status 2 → 6 is not a resolution'],
  ])('%s is not a resolution: skipped with the reason', async (_name, changes, reason) => {
    await begin();
    const data = await stack.ticketEventData(1009, { changes, updated_at: T1 });
    const run = await stack.platform.fireEvent('onTicketUpdate', data);
    expect(stack.requests()).toEqual([]);
    expect(linesAbout(run, `ticket 1009: QA skipped, ${reason}`)).toHaveLength(1);
  });

  it('the same resolution delivered twice is scored once: one evaluation, one note', async () => {
    await begin();
    await fireStatus(stack, 1009, 2, 4, T1);
    const again = await fireStatus(stack, 1009, 2, 4, T1);
    expect(again.ok).toBe(true);
    expect(linesAbout(again, 'duplicate delivery skipped')).toHaveLength(1);
    expect(stack.requests().filter((t) => t === 'simpliEvaluateQa')).toHaveLength(1);
    expect(qaNotes(stack, 1009)).toHaveLength(1);
  });
});

describe('every page of the conversation', () => {
  it('reads a conversation past one page of 100 with one more request, and sends every public message', async () => {
    const capture = captureRequests();
    await begin({ platform: { requestApiFactory: capture.factory } });
    await growThread(stack, 1009, 70, 5009); // 35 + 70 = 105 conversations: pages of 100 and 5
    stack.clearLogs();
    await fireStatus(stack, 1009, 2, 4, T1);

    expect(stack.requests()).toEqual(['freshdeskListConversations', 'freshdeskListConversations', 'simpliEvaluateQa', 'freshdeskCreateNote']);
    const pages = stack.platform.requestLog().filter((e) => e.template === 'freshdeskListConversations').map((e) => new URL(e.url).searchParams);
    expect(pages.map((q) => [q.get('page'), q.get('per_page')])).toEqual([['1', '100'], ['2', '100']]);
    const messages = capture.bodies('simpliEvaluateQa')[0]?.messages as Json[];
    expect(messages).toHaveLength(1 + 28 + 70);
    expect(messages.at(-1)).toEqual({ role: 'agent', content: 'Thanks, looking into it (70).' });
    expect(qa(stack, 1009)).toMatchObject({ status: 'done', requests: 4, messages: { sent: 99, omitted: 0 } });
    expect(qaNotes(stack, 1009)).toHaveLength(1);
  });
});

describe('sampling', () => {
  it('at 0 % nothing is scored: the ticket is recorded as not sampled, without a request', async () => {
    await begin({ iparams: { qa_sample_rate: 0 } });
    const run = await fireStatus(stack, 1009, 2, 4, T1);
    expect(stack.requests()).toEqual([]);
    expect(qa(stack, 1009)).toMatchObject({ sampled: false, samplePercent: 0, resolution: { at: '2026-11-25T13:00:00.000Z' } });
    expect(linesAbout(run, 'ticket 1009: QA not sampled (sample rate 0%)')).toHaveLength(1);
  });

  it('at 50 % the choice follows the ticket id, the same on every delivery (1024 in, 1009 out)', async () => {
    await begin({ iparams: { qa_sample_rate: 50 } });
    for (let i = 0; i < 2; i += 1) {
      await fireStatus(stack, 1024, 2, 4, T1); // FNV-1a("1024") % 10000 = 706 < 5000
      await fireStatus(stack, 1009, 2, 4, T1); // FNV-1a("1009") % 10000 = 9855 ≥ 5000
    }
    expect(qa(stack, 1024)).toMatchObject({ sampled: true, status: 'done' });
    expect(qaNotes(stack, 1024)).toHaveLength(1);
    expect(qa(stack, 1009)).toMatchObject({ sampled: false, samplePercent: 50 });
    expect(qaNotes(stack, 1009)).toHaveLength(0);
  });
});

describe('safety', () => {
  it('escapes everything QA says before it goes into the note', async () => {
    await begin();
    const hostile = { overall_score: 0.5, dimensions: { '<img src=x onerror=alert(1)>': 0.25 }, coaching_notes: ['Say "sorry" & <script>mean</script> it'] };
    stack.setFaults('qa', [{ endpoint: 'POST /evaluate', fault: { kind: 'status', status: 200, body: hostile }, times: 1 }]);
    await fireStatus(stack, 1009, 2, 4, T1);
    const [note] = qaNotes(stack, 1009);
    expect(note?.body).toContain('<li><strong>&lt;img src=x onerror=alert(1)&gt;</strong>: 25%</li>');
    expect(note?.body).toContain('<li>Say &quot;sorry&quot; &amp; &lt;script&gt;mean&lt;/script&gt; it</li>');
    expect(note?.body).not.toMatch(/<script|<img/);
  });
});

describe('deferral and order', () => {
  it('with the $db budget spent, a resolution is queued in a ready lane before its claim and scored later, once', async () => {
    await begin();
    for (let i = 0; stack.platform.budgetUsage().db < 50; i += 1) await stack.platform.db.get(`filler-${i}`).catch(() => undefined);
    const run = await fireStatus(stack, 1009, 2, 4, T1);
    expect(linesAbout(run, 'ticket 1009: QA queued before it started')).toHaveLength(1);
    expect(jobs(stack)).toEqual([expect.objectContaining({ job: expect.stringMatching(/^qa:1009:[0-9a-z]+$/), lane: 'u1', attempt: 1, input: { ticketId: 1009, resolution: expect.objectContaining({ at: '2026-11-25T13:00:00.000Z' }) } })]);
    expect([...scheduleNames(stack)].sort()).toEqual(['simpli-pump-0', 'simpli-pump-1', 'simpli-pump-2', 'simpli-pump-3', 'simpli-pump-4', 'simpli-sweep']);
    await stack.platform.advance(30 * 60 * 1000);
    expect(qa(stack, 1009)).toMatchObject({ status: 'done', rescore: false });
    expect(qaNotes(stack, 1009)).toHaveLength(1);
  });

  it('a retry of an earlier resolution is superseded once the ticket was resolved again and scored', async () => {
    await begin();
    stack.setFaults('qa', [{ endpoint: 'POST /evaluate', fault: { kind: 'status', status: 503 }, times: 1 }]);
    await fireStatus(stack, 1009, 2, 4, T1); // deferred
    await fireStatus(stack, 1009, 4, 2, T2);
    await fireStatus(stack, 1009, 2, 4, T3); // scored
    const retries = await stack.platform.advance(30 * 60 * 1000);
    expect(retries.flatMap((r) => r.logs).join('\n')).toMatch(/ticket 1009: QA: not run \(superseded by the resolution of 2026-11-27T16:45:00.000Z\)/);
    expect(jobs(stack)).toEqual([]);
    const notes = qaNotes(stack, 1009);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.body).not.toMatch(/re-score/); // the first resolution never got a note
  });

  it('an event for an earlier resolution arriving after a later one was recorded is skipped', async () => {
    await begin();
    await fireStatus(stack, 1009, 2, 4, T3);
    const late = await fireStatus(stack, 1009, 2, 4, T1);
    expect(linesAbout(late, 'QA skipped, a later resolution (2026-11-27T16:45:00.000Z) is already recorded')).toHaveLength(1);
    expect(qaNotes(stack, 1009)).toHaveLength(1);
  });
});

