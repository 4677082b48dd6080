/**
 * Issue 10, item 3: sentiment reads the customer's own words. Real-shaped email replies (the customer's text, then
 * the earlier messages in Freshdesk's div.freshdesk_quote) go through the fake Freshdesk, which flattens all of it
 * into body_text as Freshdesk does; what reaches the fake Sentiment is the customer's text alone.
 */
import { analyzeSentiment } from '../../devkit/fakes/simpli/sentiment/analyze-text';
import type { Stack } from '../helpers/stack';
import { addConversation, captureRequests, contactFieldsOf, conversationOf, fireReply, linesAbout, stacksClosedAfterEach, ticketRecord, type Json } from './support/sentiment-qa';

const GRACE = 5009; // requester of ticket 1009
const ANGRY = 'I am furious. This is the third time and nothing works. Unacceptable, I want a refund.';
const POLITE = 'Hi Grace, thank you so much for your patience! We are happy to help, and we really appreciate you. Great news: the fix is live.';

const quoting = (own: string) =>
  `<div dir="ltr">${own}</div><div><br></div>` +
  '<div class="freshdesk_quote"><blockquote class="freshdesk_quote">On Mon, 24 Nov 2026 at 10:02, Acme Home Support &lt;support@acme-home.test&gt; wrote:<br>' +
  `<div>${POLITE}</div><div>Best,<br>Sam</div></blockquote></div>`;

let stack: Stack;
const stacks = stacksClosedAfterEach();

/** Posts the reply as the customer (the fake keeps body, renders body_text) and answers its conversation. */
async function customerReplies(ticketId: number, body: string): Promise<Json> {
  await addConversation(stack, ticketId, body, { incoming: true, userId: GRACE });
  const thread = stack.state().conversations[String(ticketId)] ?? [];
  return thread[thread.length - 1] as unknown as Json;
}

describe("the customer's own words", () => {
  it('an angry reply quoting a polite agent reply scores as the angry text alone', async () => {
    const capture = captureRequests();
    stack = await stacks.begin({ platform: { requestApiFactory: capture.factory } });
    const reply = await customerReplies(1009, quoting(ANGRY));
    expect(reply.body_text).toContain(POLITE); // Freshdesk's body_text carries the quoted history

    const run = await fireReply(stack, 1009, reply.id as number);
    expect(run.ok).toBe(true);

    const [sent] = capture.bodies('simpliAnalyzeSentiment');
    expect(sent).toEqual({ customer_id: String(GRACE), text: ANGRY });
    // What Sentiment answers for the angry text alone, and how far off the whole body_text would have been.
    const alone = analyzeSentiment(ANGRY, '3.12');
    const withQuote = analyzeSentiment(String(reply.body_text), '3.12');
    expect(withQuote.label).not.toBe(alone.label);
    expect(ticketRecord(stack, 1009).sentiment).toMatchObject({
      status: 'done',
      result: { score: alone.score, label: alone.label, escalationRisk: alone.escalation_risk, triggers: alone.triggers },
    });
    expect(contactFieldsOf(stack, GRACE)).toMatchObject({ sentiment_score: alone.label, escalation_risk: alone.escalation_risk.toFixed(2) });
  });

  it('a retry reads the reply again from Freshdesk and still sends only the customer’s words', async () => {
    const capture = captureRequests();
    stack = await stacks.begin({ platform: { requestApiFactory: capture.factory } });
    stack.setFaults('sentiment', [{ endpoint: 'POST /analyze', fault: { kind: 'status', status: 503 }, times: 1 }]);
    const reply = await customerReplies(1009, quoting(ANGRY));
    await fireReply(stack, 1009, reply.id as number);
    expect(ticketRecord(stack, 1009).sentiment).toMatchObject({ status: 'deferred' });

    await stack.platform.advance(6 * 60 * 60 * 1000);
    expect(ticketRecord(stack, 1009).sentiment).toMatchObject({ status: 'done' });
    expect(capture.bodies('simpliAnalyzeSentiment').map((b) => b.text)).toEqual([ANGRY, ANGRY]);
  });

  it('a reply that only quotes earlier messages is skipped with its reason, logged and recorded; the last mood stays', async () => {
    stack = await stacks.begin();
    await fireReply(stack, 1009, 100935); // an earlier, analyzed reply
    const before = ticketRecord(stack, 1009).sentiment;
    const fieldsBefore = contactFieldsOf(stack, GRACE);
    stack.clearLogs();

    const reply = await customerReplies(1009, '<div><br></div>' + quoting('').replace('<div dir="ltr"></div>', ''));
    const run = await fireReply(stack, 1009, reply.id as number);
    expect(run.ok).toBe(true);

    expect(stack.fakeLog().filter((e) => e.service === 'simpli-sentiment')).toEqual([]); // nothing sent to Simpli
    expect(stack.requests()).toEqual([]);
    expect(linesAbout(run, `sentiment of conversation ${reply.id} skipped, a reply that only quotes earlier messages`)).toHaveLength(1);
    expect(ticketRecord(stack, 1009).sentimentSkipped).toEqual({
      conversationId: reply.id,
      contactId: GRACE,
      reason: 'a reply that only quotes earlier messages',
      at: stack.clock.now(),
    });
    expect(ticketRecord(stack, 1009).sentiment).toEqual(before);
    expect(contactFieldsOf(stack, GRACE)).toEqual(fieldsBefore);
  });

  it('a demo reply without any quote is sent whole, as before', async () => {
    const capture = captureRequests();
    stack = await stacks.begin({ platform: { requestApiFactory: capture.factory } });
    await fireReply(stack, 1009, 100904);
    expect(capture.bodies('simpliAnalyzeSentiment')[0]?.text).toBe(String(conversationOf(stack, 1009, 100904).body_text).trim());
  });
});
