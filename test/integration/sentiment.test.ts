/**
 * onConversationCreate end to end (sentiment issue, items 1–5): the built server.js on the local platform against
 * the fake Simpli Sentiment and fake Freshdesk over real HTTP. Each test checks what landed in Freshdesk (contact
 * fields, ticket tags and priority), the template requests spent, and the record the sidebar reads.
 */
import { FRESH_AGENT_API_KEY } from '../../devkit/demo';
import { startStack, type Stack } from '../helpers/stack';
import {
  captureRequests,
  contactFieldsOf,
  conversationOf,
  createContactField,
  customerReply,
  fireReply,
  installedStack,
  linesAbout,
  jobs,
  scheduleNames,
  stacksClosedAfterEach,
  ticketRecord,
  type GlobexStack,
  type Json,
} from './support/sentiment-qa';

const GRACE = 5009; // requester of ticket 1009, a doorbell that keeps dropping off Wi-Fi (35 conversations)
/** `$db` operations a reply spends up to and including its claim (the lease). */
const DB_OPS_TO_CLAIM = 1;
const T1009_TAGS = ['doorbell', 'wifi', 'repeat-contact', 'ai-category:technical', 'ai-urgency:medium'];

let stack: Stack;
const stacks = stacksClosedAfterEach();
const begin = async (options: Parameters<typeof installedStack>[0] = {}): Promise<Stack> => (stack = await stacks.begin(options));

const sentiment = (s: Stack, ticketId: number): Json => ticketRecord(s, ticketId).sentiment as Json;

describe('a customer reply without escalation', () => {
  it('writes the label and the risk to the contact’s own fields with two requests, and leaves the ticket alone', async () => {
    const capture = captureRequests();
    stack = await begin({ platform: { requestApiFactory: capture.factory } });
    const ticketBefore = stack.ticket(1009);

    const run = await fireReply(stack, 1009, 100904); // "Done: split the bands … Will report back." → neutral, "report"
    expect(run.ok).toBe(true);

    expect(contactFieldsOf(stack, GRACE)).toMatchObject({ sentiment_score: 'neutral', escalation_risk: '0.15', customer_tier: 'premium' });
    expect(stack.requests()).toEqual(['simpliAnalyzeSentiment', 'freshdeskUpdateContact']);
    expect(capture.bodies('freshdeskUpdateContact')).toEqual([{ custom_fields: { sentiment_score: 'neutral', escalation_risk: '0.15' } }]);
    expect(stack.ticket(1009)).toEqual(ticketBefore);

    // customer_id is the contact id as a string; the 3.0 payload carries no ticket, so no channel is guessed.
    const [analyzed] = capture.bodies('simpliAnalyzeSentiment');
    expect(analyzed).toEqual({ customer_id: String(GRACE), text: conversationOf(stack, 1009, 100904).body_text });

    expect(sentiment(stack, 1009)).toMatchObject({
      status: 'done',
      requests: 2,
      message: { ticketId: 1009, conversationId: 100904, contactId: GRACE },
      result: { label: 'neutral', score: 0, escalationRisk: 0.15, triggers: ['report'] },
      escalation: { escalated: false, tagAdded: false },
      contact: { written: ['sentiment_score', 'escalation_risk'], skipped: [] },
    });
    expect(linesAbout(run, 'ticket 1009: sentiment of conversation 100904 done')).toHaveLength(1);
  });

  it('sends the channel of the ticket’s source when the event carries the ticket', async () => {
    const capture = captureRequests();
    stack = await begin({ platform: { requestApiFactory: capture.factory } });
    const data = { ...customerReply(1016, 555001, 5016, 'Thanks, that worked.'), ticket: { id: 1016, source: 7 } }; // 7 Chat
    await stack.platform.fireEvent('onConversationCreate', data);
    expect(capture.bodies('simpliAnalyzeSentiment')[0]).toMatchObject({ channel: 'chat' });
  });
});

describe('escalation', () => {
  it('tags the ticket escalation-risk:high and keeps every tag it had, with four requests; the priority stays (switch off)', async () => {
    stack = await begin();
    const run = await fireReply(stack, 1009, 100935); // "… unacceptable … refund … supervisor" → risk 0.95
    expect(run.ok).toBe(true);

    const ticket = stack.ticket(1009);
    expect(ticket.tags).toEqual([...T1009_TAGS, 'escalation-risk:high']);
    expect(ticket.priority).toBe(3);
    expect(contactFieldsOf(stack, GRACE)).toMatchObject({ sentiment_score: 'negative', escalation_risk: '0.95' });
    expect([...stack.requests()].sort()).toEqual(['freshdeskGetTicket', 'freshdeskUpdateContact', 'freshdeskUpdateTicket', 'simpliAnalyzeSentiment']);

    // The trigger words and the score are kept for the sidebar.
    expect(sentiment(stack, 1009)).toMatchObject({
      status: 'done',
      requests: 4,
      threshold: 0.5,
      result: { label: 'negative', score: -0.75, escalationRisk: 0.95, triggers: ['unacceptable', 'refund', 'supervisor'] },
      escalation: { escalated: true, tagAdded: true },
    });
  });

  it('escalates at a risk exactly at the threshold (reached, not only passed)', async () => {
    stack = await begin();
    await fireReply(stack, 1009, 100922); // "… really frustrating." → risk 0.5, the default threshold
    expect(stack.ticket(1009).tags).toEqual([...T1009_TAGS, 'escalation-risk:high']);
  });

  it('raises the priority one level when the admin switches it on, once: a later escalating reply raises nothing more', async () => {
    stack = await begin({ iparams: { sentiment_raise_priority: true } });
    const tags = stack.ticket(1026).tags as string[];
    expect(stack.ticket(1026).priority).toBe(1);
    // "unacceptable" (−0.75, a trigger) and "refund" (a trigger) → risk 0.8
    await stack.platform.fireEvent('onConversationCreate', customerReply(1026, 555010, 5002, 'This is unacceptable. I want a refund.'));
    expect(stack.ticket(1026)).toMatchObject({ priority: 2, tags: [...tags, 'escalation-risk:high'] });
    expect(sentiment(stack, 1026).escalation).toEqual({ escalated: true, tagAdded: true, priority: { from: 1, to: 2 } });

    stack.clearLogs();
    await stack.platform.fireEvent('onConversationCreate', customerReply(1026, 555011, 5002, 'Still unacceptable. Refund me or my lawyer calls.'));
    expect(stack.ticket(1026)).toMatchObject({ priority: 2, tags: [...tags, 'escalation-risk:high'] });
    expect([...stack.requests()].sort()).toEqual(['freshdeskGetTicket', 'freshdeskUpdateContact', 'simpliAnalyzeSentiment']);
    expect(sentiment(stack, 1026).escalation).toEqual({ escalated: true, tagAdded: false });
  });

  it('follows the admin’s threshold: 0.65 stays below 70 %', async () => {
    stack = await begin({ iparams: { sentiment_escalation_threshold: 70 } });
    await fireReply(stack, 1002, 100202); // risk 0.65
    expect(stack.ticket(1002).tags).toEqual(['firmware-4.2']);
    expect(stack.requests()).toEqual(['simpliAnalyzeSentiment', 'freshdeskUpdateContact']);
    expect(sentiment(stack, 1002)).toMatchObject({ threshold: 0.7, escalation: { escalated: false } });
  });
});

describe('skip rules: only public customer replies with words are analyzed, each skip says why', () => {
  it.each([
    ['a private note', 1009, 100905, {}],
    ['an agent reply', 1009, 100901, {}],
    ['an empty body', 1009, 100904, { body_text: ' \n\t ', body: '<div><br></div>' }],
  ])('%s costs nothing and is logged once', async (reason, ticketId, conversationId, overrides) => {
    stack = await begin();
    const conversation = conversationOf(stack, ticketId, conversationId);
    expect(conversation.private).toBe(reason === 'a private note');
    const run = await fireReply(stack, ticketId, conversationId, overrides);
    expect(run.ok).toBe(true);
    expect(stack.requests()).toEqual([]);
    expect(linesAbout(run, `sentiment of conversation ${conversationId} skipped, ${reason}`)).toHaveLength(1);
    expect(ticketRecord(stack, ticketId).sentiment).toBeUndefined();
  });

  it('a missing Sentiment host fails the analysis for good, naming the setting, without a request', async () => {
    await begin({ iparams: { simpli_sentiment_host: '' } });
    const run = await fireReply(stack, 1009, 100935);
    expect(stack.requests()).toEqual([]);
    expect(sentiment(stack, 1009)).toMatchObject({
      status: 'failed',
      errors: { analyze: { kind: 'not_configured', message: 'the installation settings lack simpli_sentiment_host', retryable: false } },
    });
    expect(linesAbout(run, 'ticket 1009: sentiment of conversation 100935 failed')).toHaveLength(1);
  });

  it('the switch off skips every reply', async () => {
    stack = await begin({ iparams: { feature_sentiment: false } });
    const run = await fireReply(stack, 1009, 100935);
    expect(stack.requests()).toEqual([]);
    expect(linesAbout(run, 'skipped, switched off')).toHaveLength(1);
  });
});

describe('text', () => {
  it('cuts a reply longer than 10,000 code points to 10,000 code points (20,000 UTF-16 units of emoji), not 10,000 units', async () => {
    const capture = captureRequests();
    stack = await begin({ platform: { requestApiFactory: capture.factory } });
    const reply = '😡'.repeat(10_001); // 10,001 code points, 20,002 UTF-16 units
    const run = await stack.platform.fireEvent('onConversationCreate', customerReply(1012, 555002, 5011, `  ${reply}  `));
    expect(run.ok).toBe(true);
    const [sent] = capture.bodies('simpliAnalyzeSentiment');
    expect(Array.from(sent?.text as string)).toHaveLength(10_000);
    expect((sent?.text as string).length).toBe(20_000);
    expect(sent?.text).toBe('😡'.repeat(10_000));
    expect(sentiment(stack, 1012).status).toBe('done'); // Sentiment accepted it (its limit is 10,000 code points)
  });

  it('sends the text trimmed', async () => {
    const capture = captureRequests();
    stack = await begin({ platform: { requestApiFactory: capture.factory } });
    await stack.platform.fireEvent('onConversationCreate', customerReply(1012, 555003, 5011, '\n  Still broken.  \n'));
    expect(capture.bodies('simpliAnalyzeSentiment')[0]?.text).toBe('Still broken.');
  });
});

describe('duplicate delivery', () => {
  it('the same reply delivered twice is analyzed once: one analysis, one contact update', async () => {
    stack = await begin();
    await fireReply(stack, 1009, 100935);
    const second = await fireReply(stack, 1009, 100935);
    expect(second.ok).toBe(true);
    expect(linesAbout(second, 'duplicate delivery skipped')).toHaveLength(1);
    const requests = stack.requests();
    expect(requests.filter((t) => t === 'simpliAnalyzeSentiment')).toHaveLength(1);
    expect(requests.filter((t) => t === 'freshdeskUpdateContact')).toHaveLength(1);
    expect(requests.filter((t) => t === 'freshdeskUpdateTicket')).toHaveLength(1);
    expect(stack.ticket(1009).tags).toEqual([...T1009_TAGS, 'escalation-risk:high']);
  });
});

describe('the first message (switch, default off)', () => {
  it('is not analyzed at creation by default', async () => {
    stack = await begin();
    await stack.createTicket(1001);
    expect(stack.requests()).not.toContain('simpliAnalyzeSentiment');
    expect(ticketRecord(stack, 1001).sentiment).toBeUndefined();
  });

  it('switched on, is analyzed after triage with the channel of the ticket’s source, and escalating keeps triage’s tags', async () => {
    const capture = captureRequests();
    stack = await begin({ iparams: { sentiment_first_message: true }, platform: { requestApiFactory: capture.factory } });
    const run = await stack.createTicket(1001); // email; "unacceptable … refund … cancel … complaint" → risk 1.0
    expect(run.ok).toBe(true);

    expect(capture.bodies('simpliAnalyzeSentiment')).toEqual([{ customer_id: '5001', text: String(stack.ticket(1001).description_text).trim(), channel: 'email' }]);
    expect(contactFieldsOf(stack, 5001)).toMatchObject({ sentiment_score: 'negative', escalation_risk: '1.00' });
    // Triage's PUT replaced the tags; the escalation read them again before adding its own.
    expect(stack.ticket(1001).tags).toEqual(expect.arrayContaining(['ai-category:billing', 'ai-urgency:medium', 'escalation-risk:high']));
    const record = ticketRecord(stack, 1001);
    expect(record).toMatchObject({ triage: { status: 'done' }, sentiment: { status: 'done', message: { ticketId: 1001, contactId: 5001 } } });
    expect(record.sentiment.message.conversationId).toBeUndefined();
    expect(stack.requests()).toHaveLength(5 + 4);
  });
});

describe('contact fields come from the account, never guessed', () => {
  let globex: GlobexStack;
  // Installed with an agent's key, which may not create fields (403): the account keeps only what its admin made.
  const startGlobexTracked = async () => {
    globex = await startStack({ account: 'fresh', iparams: { freshdesk_api_key: FRESH_AGENT_API_KEY } });
    stacks.track(globex);
    return globex;
  };

  const globexReply = () => customerReply(1104, 110402, 5104, 'Thanks, I will try a winter canister this weekend.');

  it('an account without the fields: analyzed, nothing written, one clear line, no failed update', async () => {
    await startGlobexTracked();
    await globex.platform.fireEvent('onAppInstall');
    const mark = globex.platform.requestLog().length;
    const run = await globex.platform.fireEvent('onConversationCreate', globexReply());
    expect(run.ok).toBe(true);
    expect(globex.platform.requestLog().slice(mark).map((e) => e.template)).toEqual(['simpliAnalyzeSentiment']);
    const skipped = run.logs.filter((l) => l.includes('field skipped'));
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatch(/no "Sentiment Score" contact field in this account; no "Escalation Risk" contact field in this account/);
    const record = (globex.platform.db.peek('ticket:1104') as Json).sentiment as Json;
    expect(record).toMatchObject({ status: 'done', contact: { written: [] } });
  });

  it('an account with only one of them: that one is written under the name Freshdesk gave it, the other skipped', async () => {
    await startGlobexTracked();
    await createContactField(globex, { label: 'Sentiment Score', label_for_customers: 'Mood', type: 'custom_dropdown', choices: [{ value: 'Positive', position: 1 }, { value: 'Neutral', position: 2 }, { value: 'Negative', position: 3 }] });
    await globex.platform.fireEvent('onAppInstall');
    const run = await globex.platform.fireEvent('onConversationCreate', globexReply());
    const contact = globex.freshdesk.state().contacts.find((c) => c.id === 5104) as Json;
    const fieldName = (globex.freshdesk.state().contactFields.find((f) => f.label === 'Sentiment Score') as Json).name as string;
    // contact field keys have no cf_ prefix (docs/freshdesk.md "Contacts")
    expect(fieldName.startsWith('cf_')).toBe(false);
    expect(contact.custom_fields[fieldName]).toBe('Positive'); // "Thanks" reads positive; the account's own spelling of the choice
    expect(run.logs.filter((l) => l.includes('field skipped'))).toEqual([expect.stringMatching(/no "Escalation Risk" contact field/)]);
  });
});

describe('deferral and order', () => {
  it('with the $db budget spent, a reply is queued in a ready lane before its claim, then read again from Freshdesk and analyzed', async () => {
    await begin();
    for (let i = 0; stack.platform.budgetUsage().db < 50; i += 1) await stack.platform.db.get(`filler-${i}`).catch(() => undefined);
    const run = await fireReply(stack, 1009, 100935);
    expect(linesAbout(run, 'ticket 1009: sentiment of conversation 100935 queued before it started')).toHaveLength(1);
    // The job's input only, never the text: the run from the backlog reads the reply again.
    expect(jobs(stack)).toEqual([{ job: 'sentiment:c100935', lane: 'u2', due_at: expect.any(Number), attempt: 1, input: { ticketId: 1009, conversationId: 100935, contactId: GRACE } }]);
    expect([...scheduleNames(stack)].sort()).toEqual(['simpli-pump-0', 'simpli-pump-1', 'simpli-pump-2', 'simpli-pump-3', 'simpli-pump-4', 'simpli-sweep']);

    await stack.platform.advance(30 * 60 * 1000);
    expect(sentiment(stack, 1009)).toMatchObject({ status: 'done', result: { escalationRisk: 0.95 } });
    expect(contactFieldsOf(stack, GRACE)).toMatchObject({ sentiment_score: 'negative', escalation_risk: '0.95' });
    expect(stack.requests().filter((t) => t === 'freshdeskListConversations')).toHaveLength(1); // the reply, read again
  });

  it('with the $db budget spent just after the claim, the record is not saved, and the attempt its run queued still finishes it, once', async () => {
    await begin();
    for (let i = 0; stack.platform.budgetUsage().db < 50 - DB_OPS_TO_CLAIM; i += 1) await stack.platform.db.get(`filler-${i}`).catch(() => undefined);
    const run = await fireReply(stack, 1009, 100935);
    expect(linesAbout(run, 'ticket 1009: sentiment of conversation 100935: could not save the record')).toHaveLength(1);
    expect(linesAbout(run, 'ticket 1009: sentiment of conversation 100935 deferred')).toHaveLength(1);
    expect(ticketRecord(stack, 1009).sentiment).toBeUndefined(); // only the lease and the backlog entry exist
    expect(jobs(stack)).toEqual([expect.objectContaining({ job: 'sentiment:c100935', attempt: 2 })]);

    await stack.platform.advance(30 * 60 * 1000);
    expect(sentiment(stack, 1009)).toMatchObject({ status: 'done', result: { escalationRisk: 0.95 } });
    expect(contactFieldsOf(stack, GRACE)).toMatchObject({ sentiment_score: 'negative', escalation_risk: '0.95' });
    expect(stack.ticket(1009).tags).toContain('escalation-risk:high');
    expect(stack.requests().filter((t) => t === 'freshdeskUpdateContact')).toHaveLength(1);
    expect(stack.requests().filter((t) => t === 'freshdeskUpdateTicket')).toHaveLength(1);
  });

  it('a retry of an older reply is superseded by a newer one: the contact keeps the newer mood', async () => {
    await begin();
    stack.setFaults('sentiment', [{ endpoint: 'POST /analyze', fault: { kind: 'status', status: 503 }, times: 1 }]);
    await fireReply(stack, 1009, 100922); // negative, deferred
    await fireReply(stack, 1009, 100933); // neutral, later, done
    expect(contactFieldsOf(stack, GRACE)).toMatchObject({ sentiment_score: 'neutral', escalation_risk: '0.00' });

    const retries = await stack.platform.advance(6 * 60 * 60 * 1000);
    expect(retries.flatMap((r) => r.logs).join('\n')).toMatch(/sentiment of conversation 100922: not run \(superseded by conversation 100933\)/);
    expect(jobs(stack)).toEqual([]);
    expect(contactFieldsOf(stack, GRACE)).toMatchObject({ sentiment_score: 'neutral', escalation_risk: '0.00' });
    expect(sentiment(stack, 1009)).toMatchObject({ status: 'done', message: { conversationId: 100933 } });
  });

  it('a contact update refused because the cached fields are stale refreshes them once and writes under the right names', async () => {
    await begin();
    const stale = { label: { name: 'mood', label: 'Sentiment Score', kind: 'text', choices: [] }, checked: true }; // as a refresh stores it
    await stack.platform.db.set('schema:contact-fields', stale);
    await fireReply(stack, 1009, 100904);
    expect(contactFieldsOf(stack, GRACE)).toMatchObject({ sentiment_score: 'neutral', escalation_risk: '0.15' });
    expect(stack.requests()).toEqual(['simpliAnalyzeSentiment', 'freshdeskUpdateContact', 'freshdeskListContactFields', 'freshdeskUpdateContact']);
    expect(sentiment(stack, 1009)).toMatchObject({ status: 'done', requests: 4 });
  });
});

