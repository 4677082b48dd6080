/**
 * Customer replies and a resolution through the app's own handlers (onConversationCreate, onTicketUpdate), so the
 * sidebar shows what the server really writes: the `sentiment` and `qa` attributes of the ticket record and the
 * customer's history in the fake Sentiment service. Event data comes from the integration tests' builders.
 */
import type { Stack } from '../../../devkit/harness/start-harness';
import { addConversation, customerReply, statusChange } from '../../integration/support/sentiment-qa';

export function requesterOf(stack: Stack, ticketId: number): number {
  const requester = stack.ticket(ticketId).requester_id;
  if (typeof requester !== 'number') throw new Error(`ticket ${ticketId} has no requester`);
  return requester;
}

let conversationId = 900_000;

export async function customerSays(stack: Stack, ticketId: number, text: string): Promise<void> {
  conversationId += 1;
  const run = await stack.platform.fireEvent('onConversationCreate', customerReply(ticketId, conversationId, requesterOf(stack, ticketId), text));
  if (!run.ok) throw new Error(`onConversationCreate failed: ${run.failure ?? ''} ${run.logs.join(' | ')}`);
}

/** A happy reply, then an angry one: the customer's trend goes down and the ticket is flagged. */
export async function seedSentiment(stack: Stack, ticketId: number): Promise<void> {
  await customerSays(stack, ticketId, 'Thanks, great service, the new plan works perfectly and I love it.');
  stack.clock.advance(60_000);
  await customerSays(stack, ticketId, 'This is unacceptable and terrible. I was charged twice, I want a refund now or I will cancel.');
}

/** The agent answers (a public reply in the fake Freshdesk), then resolves the ticket: QA scores that answer. */
export async function resolve(stack: Stack, ticketId: number): Promise<void> {
  await addConversation(stack, ticketId, '<div>Hi Dana, I am sorry about the double charge. I have refunded the second payment; you will see it on your card within 3 to 5 days.</div>');
  stack.clock.advance(60_000);
  const run = await stack.platform.fireEvent('onTicketUpdate', await statusChange(stack, ticketId, 2, 4, new Date(stack.clock.now()).toISOString()));
  if (!run.ok) throw new Error(`onTicketUpdate failed: ${run.failure ?? ''} ${run.logs.join(' | ')}`);
}
