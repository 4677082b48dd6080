/**
 * The sentiment step actions (SENTIMENT_ACTIONS: analyze, contact, escalate), each driven directly against
 * in-memory Simpli and Freshdesk ports: what is sent, what is kept, what is refused, and what each spends.
 */
import { QUALITY_KEY } from '../../../server/contracts/quality-record';
import { CONTACT_FIELDS_CACHE_KEY } from '../../../server/contracts/sentiment-record';
import { isRetryable } from '../../../server/domain/retry-policy';
import { ESCALATION_TAG } from '../../../server/domain/sentiment/escalation';
import { REFUSAL_ATTRIBUTE } from '../../../server/workflows/cached-account-data';
import { appError, failureOf } from './support/memory-services';
import { analyzed, MESSAGE, SEED_FIELDS, sentimentSetup } from './support/sentiment-setup';

const badRequest = appError('rejected', { step: 'freshdeskUpdateContact', status: 400, message: 'Validation failed' });
const refusal = (at: number) => ({ [REFUSAL_ATTRIBUTE]: { at, status: 401, message: 'Freshdesk rejected the API key (401)' } });

describe('the analyze step', () => {
  it("sends the customer's text with the contact as a string id and the channel, for one request", async () => {
    const t = sentimentSetup();
    const patch = await t.step('analyze');
    expect(t.simpli.callsOf('analyzeSentiment')).toEqual([[MESSAGE.ticketId, { customer_id: '5009', text: 'This is the third time I ask for my refund.', channel: 'email' }]]);
    expect(patch).toEqual({ result: { score: -0.7, label: 'negative', escalationRisk: 0.85, triggers: ['refund'] } });
    expect(t.spent.count).toBe(1);
  });

  it('sends no channel when the message has none', async () => {
    const t = sentimentSetup({ context: { channel: undefined } });
    await t.step('analyze');
    expect(t.simpli.callsOf('analyzeSentiment')[0]?.[1]).not.toHaveProperty('channel');
  });

  it('without the text fails for good and sends nothing', async () => {
    const t = sentimentSetup({ context: { text: undefined } });
    const error = await failureOf(t.step('analyze'));
    expect(error).toMatchObject({ kind: 'rejected', step: 'analyze' });
    expect(isRetryable(error)).toBe(false);
    expect(t.simpli.calls).toEqual([]);
  });

  it("sends no text to Simpli while Freshdesk's refusal of the key holds; an agent's Retry asks again", async () => {
    const held = sentimentSetup();
    held.store.data.set(CONTACT_FIELDS_CACHE_KEY, refusal(held.clock.now() - 60_000));
    expect(await failureOf(held.step('analyze'))).toMatchObject({ kind: 'freshdesk_key_rejected', step: 'analyze', status: 401 });
    expect(held.simpli.calls).toEqual([]);
    expect(held.spent.count).toBe(0);
    const retried = sentimentSetup({ recheck: true });
    retried.store.data.set(CONTACT_FIELDS_CACHE_KEY, refusal(retried.clock.now() - 60_000));
    await retried.step('analyze');
    expect(retried.simpli.callsOf('analyzeSentiment')).toHaveLength(1);
  });
});

describe('the contact step', () => {
  it('writes the label in the dropdown’s own spelling and the risk as two-decimal text, from cached fields', async () => {
    const t = sentimentSetup();
    const patch = await t.step('contact', analyzed(0.85));
    expect(t.helpdesk.calls.map((c) => [c.method, ...c.args])).toEqual([['updateContact', 5009, { sentiment_score: 'Negative', escalation_risk: '0.85' }]]);
    expect(patch).toEqual({ contact: { written: ['sentiment_score', 'escalation_risk'], skipped: [] } });
    expect(t.spent.count).toBe(1);
    expect(t.log.lines).toEqual([]);
  });

  it('reads the fields when the cache is cold, and counts the read', async () => {
    const t = sentimentSetup({ warmFields: false });
    await t.step('contact', analyzed());
    expect(t.helpdesk.calls.map((c) => c.method)).toEqual(['contactFields', 'updateContact']);
    expect(t.spent.count).toBe(2);
  });

  it('skips a field that cannot hold the value and says why, writing the other', async () => {
    const fields = [{ ...SEED_FIELDS[0]!, choices: ['Happy', 'Sad'] }, SEED_FIELDS[1]!];
    const t = sentimentSetup({ fields });
    const patch = await t.step('contact', analyzed(0.5));
    expect(t.helpdesk.callsOf('updateContact')).toEqual([[5009, { escalation_risk: '0.50' }]]);
    expect(patch.contact).toEqual({ written: ['escalation_risk'], skipped: ['"Sentiment Score" (sentiment_score) cannot hold "negative"'] });
    expect(t.log.lines).toEqual(['ticket 1009: sentiment of conversation 3301: contact 5009 field skipped: "Sentiment Score" (sentiment_score) cannot hold "negative"']);
  });

  it('makes no PUT when the account has neither field', async () => {
    const t = sentimentSetup({ fields: [], warmFields: false });
    const patch = await t.step('contact', analyzed());
    expect(t.helpdesk.calls.map((c) => c.method)).toEqual(['contactFields']);
    expect(patch.contact?.written).toEqual([]);
    expect(patch.contact?.skipped).toHaveLength(2);
    expect(t.spent.count).toBe(1);
  });

  it('on a 400 reads the fields again, plans again, and writes what the account now has', async () => {
    const t = sentimentSetup();
    t.helpdesk.fail('updateContact', badRequest);
    t.helpdesk.contactFieldDefs = [SEED_FIELDS[1]!]; // the label field was deleted since it was cached
    const patch = await t.step('contact', analyzed(0.85));
    expect(t.helpdesk.calls.map((c) => c.method)).toEqual(['updateContact', 'contactFields', 'updateContact']);
    expect(t.helpdesk.callsOf('updateContact')[1]).toEqual([5009, { escalation_risk: '0.85' }]);
    expect(patch.contact).toEqual({ written: ['escalation_risk'], skipped: ['no "Sentiment Score" contact field in this account'] });
    expect(t.spent.count).toBe(3);
  });

  it('after a 400 and a refresh that leaves nothing to write, makes no second PUT', async () => {
    const t = sentimentSetup();
    t.helpdesk.fail('updateContact', badRequest);
    t.helpdesk.contactFieldDefs = [];
    const patch = await t.step('contact', analyzed());
    expect(t.helpdesk.calls.map((c) => c.method)).toEqual(['updateContact', 'contactFields']);
    expect(patch.contact?.written).toEqual([]);
    expect(t.spent.count).toBe(2);
  });

  it('passes any other refusal on without reading the fields again', async () => {
    const t = sentimentSetup();
    t.helpdesk.fail('updateContact', appError('unauthorized', { status: 403 }));
    expect(await failureOf(t.step('contact', analyzed()))).toMatchObject({ kind: 'unauthorized', status: 403 });
    expect(t.helpdesk.calls.map((c) => c.method)).toEqual(['updateContact']);
  });

  it('without an analysis fails for good, reading nothing', async () => {
    const t = sentimentSetup({ warmFields: false });
    expect(await failureOf(t.step('contact'))).toMatchObject({ kind: 'rejected', step: 'contact' });
    expect(t.helpdesk.calls).toEqual([]);
  });
});

describe('the escalate step', () => {
  it("below the admin's threshold does nothing, not even ask about triage", async () => {
    const t = sentimentSetup({ iparams: { sentiment_escalation_threshold: '50' } });
    expect(await t.step('escalate', analyzed(0.49))).toEqual({ escalation: { escalated: false, tagAdded: false } });
    expect([t.helpdesk.calls, t.triageAsked, t.spent.count, t.store.data.has(QUALITY_KEY)]).toEqual([[], [], 0, false]);
  });

  it("records the open escalation (risk, trigger words, the customer) on the quality record before tagging, once per ticket", async () => {
    const t = sentimentSetup({ context: { customer: 'Dana Scully', knownTicket: { tags: [], priority: 2 } } });
    const failingPut = appError('unavailable', { step: 'freshdeskUpdateTicket', status: 503 });
    t.helpdesk.fail('updateTicket', failingPut);
    await failureOf(t.step('escalate', analyzed(0.856)));
    const entry = { t: Math.floor(t.clock.now() / 1000), r: 0.86, w: ['refund'], c: MESSAGE.contactId, n: 'Dana Scully' };
    expect(t.store.data.get(QUALITY_KEY)).toEqual({ e1009: entry });
    // The retry writes the same attribute again: still one escalation for the ticket.
    await t.step('escalate', analyzed(0.856));
    expect(Object.keys(t.store.data.get(QUALITY_KEY) ?? {})).toEqual(['e1009']);
  });

  it("at the threshold reads the ticket's tags and adds the escalation tag to them", async () => {
    const t = sentimentSetup({ iparams: { sentiment_escalation_threshold: '50' } });
    const patch = await t.step('escalate', analyzed(0.5));
    expect(t.helpdesk.calls.map((c) => [c.method, ...c.args])).toEqual([
      ['getTicket', 1009],
      ['updateTicket', 1009, { tags: ['vip', ESCALATION_TAG] }],
    ]);
    expect(patch).toEqual({ escalation: { escalated: true, tagAdded: true } });
    expect(t.spent.count).toBe(2);
    expect(t.triageAsked).toEqual([1009]);
  });

  it('uses the tags the event carried (no GET) and raises the priority one level when the admin allows', async () => {
    const t = sentimentSetup({ iparams: { sentiment_raise_priority: 'true' }, context: { knownTicket: { tags: ['a', 'b'], priority: 2 } } });
    const patch = await t.step('escalate', analyzed());
    expect(t.helpdesk.calls.map((c) => [c.method, ...c.args])).toEqual([['updateTicket', 1009, { tags: ['a', 'b', ESCALATION_TAG], priority: 3 }]]);
    expect(patch).toEqual({ escalation: { escalated: true, tagAdded: true, priority: { from: 2, to: 3 } } });
    expect(t.spent.count).toBe(1);
  });

  it('makes no PUT for a ticket that already shows the escalation, and raises nothing again', async () => {
    const t = sentimentSetup({ iparams: { sentiment_raise_priority: 'true' }, context: { knownTicket: { tags: ['Escalation-Risk:High'], priority: 2 } } });
    expect(await t.step('escalate', analyzed())).toEqual({ escalation: { escalated: true, tagAdded: false } });
    expect(t.helpdesk.calls).toEqual([]);
  });

  it('never raises an Urgent ticket past Urgent', async () => {
    const t = sentimentSetup({ iparams: { sentiment_raise_priority: 'true' }, context: { knownTicket: { tags: [], priority: 4 } } });
    await t.step('escalate', analyzed());
    expect(t.helpdesk.callsOf('updateTicket')).toEqual([[1009, { tags: [ESCALATION_TAG] }]]);
  });

  it("waits, retryably, while the ticket's triage is writing its tags: no read, no PUT", async () => {
    const t = sentimentSetup({ triageRunning: true });
    const error = await failureOf(t.step('escalate', analyzed()));
    expect(error).toMatchObject({ kind: 'unavailable', step: 'escalate' });
    expect(isRetryable(error)).toBe(true);
    expect(t.helpdesk.calls).toEqual([]);
  });

  it('starts no PUT without the handler time to finish it: a retryable timeout after the read', async () => {
    // 3.5 s in, and the read takes 1 s: the PUT could not finish inside the handler's 20 s.
    const t = sentimentSetup({ elapsedMs: 3_500, latencyMs: 1_000 });
    expect(await failureOf(t.step('escalate', analyzed()))).toMatchObject({ kind: 'timeout', step: 'escalate' });
    expect(t.helpdesk.calls.map((c) => c.method)).toEqual(['getTicket']);
    expect(t.spent.count).toBe(1);
  });

  // After a timed-out PUT that landed, the retry finds the tag: it is this escalation's ("and tagged on the ticket").
  // A raise it may have made cannot be told from an earlier one, so none is claimed.
  it('after an escalation PUT that timed out but landed, the retry still records the tag it added', async () => {
    const timedOut = { ...analyzed(), errors: { escalate: { kind: 'timeout', message: 'Freshdesk did not answer within 15 s', retryable: true } } };
    const context = { knownTicket: { tags: ['vip', ESCALATION_TAG], priority: 3 } };
    expect(await sentimentSetup({ context }).step('escalate', timedOut)).toEqual({ escalation: { escalated: true, tagAdded: true } });
    // Refused by the platform before it left, or no earlier attempt: the tag was there already, not ours.
    const unsent = { ...timedOut, errors: { escalate: { ...timedOut.errors.escalate, kind: 'rate_limited', unsent: true } } };
    expect(await sentimentSetup({ context }).step('escalate', unsent)).toEqual({ escalation: { escalated: true, tagAdded: false } });
    expect(await sentimentSetup({ context }).step('escalate', analyzed())).toEqual({ escalation: { escalated: true, tagAdded: false } });
  });

  it('without an analysis fails for good', async () => {
    const t = sentimentSetup();
    expect(await failureOf(t.step('escalate'))).toMatchObject({ kind: 'rejected', step: 'escalate' });
  });
});
