/**
 * "Process this ticket" (issue 14): the sidebar's SMI retryTicket on a ticket the app never saw — created before the
 * install, so no event reached the app — runs its first triage and the sentiment of its latest customer message,
 * through the built server.js on the local platform against the fakes over real HTTP; a second click repeats nothing.
 */
import type { Stack } from '../helpers/stack';
import { contactFieldsOf, stacksClosedAfterEach, ticketRecord, type Json } from './support/sentiment-qa';

let stack: Stack;
const stacks = stacksClosedAfterEach();

/** The ticket's last public reply from a customer, as Freshdesk lists it. */
function lastCustomerReply(ticketId: number): Json {
  const thread = (stack.state().conversations[String(ticketId)] ?? []) as unknown as Json[];
  const replies = thread.filter((c) => c.incoming && !c.private);
  return replies[replies.length - 1]!;
}

const simpliCalls = (path: string): number => stack.fakeLog().filter((e) => e.path === path).length;

it('triages the ticket and analyzes its latest customer reply, once however often it is clicked', async () => {
  stack = await stacks.begin();
  expect(ticketRecord(stack, 1009)).toEqual({});
  const reply = lastCustomerReply(1009);

  const answer = await stack.platform.invokeSmi('retryTicket', { ticket_id: 1009 });
  expect(answer.response).toMatchObject({
    ticket_id: 1009,
    retried: true,
    triage: { status: 'done' },
    sentiment: { status: 'done', message: { ticketId: 1009, conversationId: reply.id, contactId: reply.user_id } },
  });
  const record = ticketRecord(stack, 1009);
  expect(record.triage).toMatchObject({ status: 'done' });
  expect(record.sentiment).toMatchObject({ status: 'done', result: { label: expect.any(String) } });
  expect(Object.keys(contactFieldsOf(stack, Number(reply.user_id)))).toEqual(expect.arrayContaining(['sentiment_score']));
  expect(stack.notes(1009)).toHaveLength(1); // the draft
  const analyzed = simpliCalls('/analyze');
  expect(analyzed).toBe(1);

  const again = await stack.platform.invokeSmi('retryTicket', { ticket_id: 1009 });
  expect(again.response).toMatchObject({ ticket_id: 1009, retried: false, triage: null, sentiment: null });
  expect(stack.notes(1009)).toHaveLength(1);
  expect(simpliCalls('/analyze')).toBe(analyzed);
});

it('on a ticket with no customer reply yet, triages it and leaves the first message alone (as at creation)', async () => {
  stack = await stacks.begin();
  const quiet = stack.state().tickets.find((t) => !(stack.state().conversations[String(t.id)] ?? []).some((c) => c.incoming));
  expect(quiet).toBeDefined();
  const answer = await stack.platform.invokeSmi('retryTicket', { ticket_id: quiet!.id });
  expect(answer.response).toMatchObject({ retried: true, triage: { status: 'done' }, sentiment: null });
  expect(simpliCalls('/analyze')).toBe(0);
});
