/**
 * The QA step actions (QA_ACTIONS: evaluate, note), each driven directly against in-memory Simpli and Freshdesk
 * ports: the conversation read and sent, nothing scored without a public agent reply, the note and the look for
 * an earlier one, the handler-time checks, and what each spends.
 */
import { CLOSED, QUALITY_KEY } from '../../../server/contracts/quality-record';
import { AppFailure } from '../../../server/domain/errors';
import { isRetryable } from '../../../server/domain/retry-policy';
import { NO_PUBLIC_AGENT_REPLY } from '../../../server/domain/qa/messages';
import { QA_NOTE_TITLE, resolutionMarker } from '../../../server/domain/qa/note';
import { MAX_MESSAGES_BYTES } from '../../../server/workflows/qa/qa-steps';
import { appError, failureOf } from './support/memory-services';
import { entry, evaluated, qaRecord, qaSetup, RESOLUTION } from './support/qa-setup';

describe('the evaluate step', () => {
  it("sends the description as the customer's first message, then the public conversation by who wrote it", async () => {
    const t = qaSetup({ thread: [entry('Any news?', 'customer'), entry('internal: refund approved', 'note'), entry('  ', 'customer'), entry('Refunded.', 'agent')] });
    const patch = await t.step('evaluate');
    expect(t.simpli.callsOf('evaluateQa')).toEqual([
      [
        1201,
        {
          conversation_id: '1201',
          agent_id: '77',
          messages: [
            { role: 'customer', content: 'I was charged twice.' },
            { role: 'customer', content: 'Any news?' },
            { role: 'agent', content: 'Refunded.' },
          ],
        },
      ],
    ]);
    expect(patch).toEqual({ evaluation: t.simpli.answers.evaluation, messages: { sent: 3, omitted: 0 }, agent: { id: 77 } });
    expect(t.spent.count).toBe(2); // one page and the evaluation
  });

  it('reads every page of the conversation, one request each', async () => {
    const thread = [entry('1', 'customer'), entry('2', 'agent'), entry('3', 'customer'), entry('4', 'agent'), entry('5', 'customer')];
    const t = qaSetup({ thread });
    t.helpdesk.pageSize = 2;
    const patch = await t.step('evaluate');
    expect(t.helpdesk.callsOf('listConversations')).toEqual([
      [1201, 1],
      [1201, 2],
      [1201, 3],
    ]);
    expect(patch.messages).toEqual({ sent: 6, omitted: 0 });
    expect(t.spent.count).toBe(4);
  });

  it('names no agent when the ticket has no responder', async () => {
    const t = qaSetup({ ticket: { responderId: null } });
    await t.step('evaluate');
    expect(t.simpli.callsOf('evaluateQa')[0]?.[1]).toMatchObject({ agent_id: '' });
  });

  it('asks QA nothing while no agent has answered in the open (private notes do not count)', async () => {
    const t = qaSetup({ thread: [entry('Any news?', 'customer'), entry('looking into it', 'note'), entry('', 'agent')] });
    expect(await t.step('evaluate')).toEqual({ nothingToScore: { reason: NO_PUBLIC_AGENT_REPLY } });
    expect(t.simpli.calls).toEqual([]);
    expect(t.spent.count).toBe(1);
  });

  it('keeps a long conversation under the body limit: its opening and the latest messages, the middle left out', async () => {
    const big = 'x'.repeat(9_000);
    const thread = Array.from({ length: 14 }, (_, i) => entry(`${i} ${big}`, i % 2 === 0 ? 'customer' : 'agent'));
    const t = qaSetup({ thread });
    const patch = await t.step('evaluate');
    const sent = (t.simpli.callsOf('evaluateQa')[0]?.[1] as { messages: Array<{ content: string }> }).messages;
    expect(JSON.stringify(sent).length).toBeLessThanOrEqual(MAX_MESSAGES_BYTES);
    expect(sent[0]?.content).toBe('I was charged twice.');
    expect(sent.at(-1)?.content.startsWith('13 ')).toBe(true);
    expect(patch.messages).toEqual({ sent: sent.length, omitted: 15 - sent.length });
    expect(patch.messages?.omitted).toBeGreaterThan(0);
  });

  it('starts no request without the handler time to finish it: a retryable timeout, QA not asked', async () => {
    // 3 s in, and the page takes 1.5 s: the evaluation could not finish inside the handler's 20 s.
    const t = qaSetup({ elapsedMs: 3_000, latencyMs: 1_500 });
    const error = await failureOf(t.step('evaluate'));
    expect(error).toMatchObject({ kind: 'timeout', step: 'evaluate' });
    expect(isRetryable(error)).toBe(true);
    expect(t.simpli.calls).toEqual([]);
  });

  it("passes QA's refusal on as it came, the request counted", async () => {
    const t = qaSetup();
    t.simpli.fail('evaluateQa', appError('rejected', { step: 'simpliQaEvaluate', status: 422 }));
    expect(await failureOf(t.step('evaluate'))).toMatchObject({ kind: 'rejected', status: 422 });
    expect(t.spent.count).toBe(2);
  });
});

describe('the QA note step', () => {
  it('posts the score for this resolution, every word from QA escaped, without looking first on a first try', async () => {
    const t = qaSetup();
    const record = evaluated({ evaluation: { overall: 0.82, dimensions: { '<i>tone</i>': 0.5 }, coachingNotes: ['Say "sorry" & <mean> it'] } });
    expect(await t.step('note', record)).toEqual({});
    expect(t.helpdesk.calls.map((c) => c.method)).toEqual(['createPrivateNote']);
    const html = t.helpdesk.callsOf('createPrivateNote')[0]?.[1] as string;
    expect(html).toContain(`${QA_NOTE_TITLE}: 82%`);
    expect(html).toContain(resolutionMarker(RESOLUTION.at));
    expect(html).toContain('&lt;i&gt;tone&lt;/i&gt;');
    expect(html).toContain('Say &quot;sorry&quot; &amp; &lt;mean&gt; it');
    expect(html).not.toMatch(/<i>|<mean>/);
    expect(t.spent.count).toBe(1);
  });

  it('says it is a re-score, with the previous score, and how many messages were left out', async () => {
    const t = qaSetup();
    await t.step('note', evaluated({ rescore: true, previousOverall: 0.7, messages: { sent: 10, omitted: 4 } }));
    const html = t.helpdesk.callsOf('createPrivateNote')[0]?.[1] as string;
    expect(html).toContain('the previous score was 70%');
    expect(html).toContain('4 messages were left out');
  });

  it('posts nothing when there was nothing to score, and closes the escalation on the quality record', async () => {
    const t = qaSetup();
    t.store.data.set(QUALITY_KEY, { e1201: { t: 1, r: 0.9, w: ['angry'], c: 5 }, e9: { t: 1, r: 0.8, w: [], c: 6 } });
    expect(await t.step('note', qaRecord({ done: ['evaluate'], nothingToScore: { reason: NO_PUBLIC_AGENT_REPLY } }))).toEqual({});
    expect([t.helpdesk.calls, t.spent.count]).toEqual([[], 0]);
    expect(t.store.data.get(QUALITY_KEY)).toEqual({ e1201: CLOSED, e9: { t: 1, r: 0.8, w: [], c: 6 } });
  });

  it("records the ticket's result (scores, agent, when) on the quality record before the note, in one write", async () => {
    const t = qaSetup();
    await t.step('note', evaluated({ agent: { id: 77, name: 'Priya Raman' } }));
    expect(t.store.ops).toBe(1);
    expect(t.store.data.get(QUALITY_KEY)).toEqual({
      e1201: CLOSED,
      r1201: { t: Math.floor(t.clock.now() / 1000), o: 0.82, d: { empathy: 0.9 }, a: 77, n: 'Priya Raman' },
    });
    // Again (a retry of the step): the same attribute, no second result.
    await t.step('note', evaluated({ attempt: 2 }));
    expect(Object.keys(t.store.data.get(QUALITY_KEY) ?? {}).sort()).toEqual(['e1201', 'r1201']);
  });

  it('posts no note when the quality record cannot be written: the step fails as the store did, to be retried', async () => {
    const t = qaSetup();
    t.store.merge = async () => {
      throw new AppFailure({ kind: 'rate_limited', step: 'store', status: 429, byPlatform: true, message: 'store is rate limited' });
    };
    expect(await failureOf(t.step('note', evaluated()))).toMatchObject({ kind: 'rate_limited' });
    expect(t.helpdesk.calls).toEqual([]);
  });

  it('without an evaluation fails for good', async () => {
    const t = qaSetup();
    const error = await failureOf(t.step('note', qaRecord({ done: ['evaluate'] })));
    expect(error).toMatchObject({ kind: 'rejected', step: 'note' });
    expect(isRetryable(error)).toBe(false);
    expect(t.helpdesk.calls).toEqual([]);
  });

  it('on a later attempt finds the note an earlier one posted for this resolution, and posts no second', async () => {
    const t = qaSetup();
    await t.step('note', evaluated());
    const posted = t.helpdesk.calls.length;
    await t.step('note', evaluated({ attempt: 2 }));
    expect(t.helpdesk.calls.slice(posted).map((c) => c.method)).toEqual(['listConversations']);
    expect(t.helpdesk.callsOf('createPrivateNote')).toHaveLength(1);
  });

  it("looks after a note failure on the first attempt too, and posts when only another resolution's note is there", async () => {
    const t = qaSetup();
    await t.step('note', evaluated({ resolution: { ...RESOLUTION, id: 'older', at: '2026-11-20T09:00:00.000Z' } }));
    t.spent.count = 0;
    await t.step('note', evaluated({ errors: { note: { kind: 'timeout', message: 'Freshdesk took too long', retryable: true } } }));
    expect(t.helpdesk.calls.map((c) => c.method)).toEqual(['createPrivateNote', 'listConversations', 'createPrivateNote']);
    expect(t.spent.count).toBe(2);
  });

  it('starts no post without the handler time to finish it, after the look', async () => {
    const t = qaSetup({ elapsedMs: 3_000, latencyMs: 1_500 });
    expect(await failureOf(t.step('note', evaluated({ attempt: 2 })))).toMatchObject({ kind: 'timeout', step: 'note' });
    expect(t.helpdesk.calls.map((c) => c.method)).toEqual(['listConversations']);
  });
});
