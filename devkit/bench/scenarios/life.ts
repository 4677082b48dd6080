/**
 * A ticket's life as Freshdesk lives it, for the scenarios: each step happens in the fake Freshdesk first (as the
 * customer or the agent did it) and answers the event data the platform then delivers for it.
 */
import { AGENT } from '../../demo';
import { replyData, statusChange, type Json } from '../../harness/events';
import type { Stack } from '../../harness/start-harness';

export const ANGRY_REPLY = 'This is terrible and unacceptable. I am furious and I will cancel and call my lawyer.';
export const AGENT_REPLY = 'Thanks for your patience: this is fixed on our side now, and I have added a note to your account.';

export type LifeEvent = 'create' | 'reply' | 'resolve';
export const EVENT_NAMES: Record<LifeEvent, string> = { create: 'onTicketCreate', reply: 'onConversationCreate', resolve: 'onTicketUpdate' };

/** The customer answers on the ticket: onConversationCreate's data. */
export function customerReplies(stack: Stack, ticketId: number, conversationId: number, text = ANGRY_REPLY): Json {
  const requester = stack.freshdesk.records.tickets.get(ticketId)?.requester_id;
  if (requester === undefined) throw new Error(`no ticket ${ticketId}`);
  return replyData(stack.freshdesk.receiveCustomerReply(ticketId, { id: conversationId, body: `<div>${text}</div>`, body_text: text, user_id: requester }));
}

/** An agent answers publicly (what QA scores); no event of ours follows from it. */
export function agentReplies(stack: Stack, ticketId: number, conversationId: number): void {
  stack.freshdesk.receiveCustomerReply(ticketId, { id: conversationId, body: `<div>${AGENT_REPLY}</div>`, body_text: AGENT_REPLY, user_id: AGENT.priya, incoming: false });
}

/** The agent resolves the ticket: onTicketUpdate's data for the status change. */
export async function resolves(stack: Stack, ticketId: number): Promise<Json> {
  const from = stack.freshdesk.records.tickets.get(ticketId)?.status ?? 2;
  const answer = stack.freshdesk.updateTicketAsAgent(ticketId, { status: 4 });
  if (answer.status !== 200) throw new Error(`resolving ${ticketId}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return statusChange(stack, ticketId, from, 4, new Date(stack.clock.now()).toISOString());
}

/** The platform delivers the event; `occurredAt`, when it happened earlier (a late delivery says so in its timestamp). */
export const deliver = (stack: Stack, event: LifeEvent, data: Json, occurredAt?: number) =>
  stack.platform.fireEvent(EVENT_NAMES[event], data, occurredAt === undefined ? {} : { occurredAt });
