/**
 * Event data as the platform delivers it, for events the harness makes up: a customer reply
 * (onConversationCreate, docs/platform.md "Event payloads: onConversationCreate") and a status change (onTicketUpdate,
 * docs/platform.md "Event payloads: onTicketUpdate": `changes` inside the ticket).
 */
import type { Stack } from './start-harness';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** onConversationCreate's `data` for a conversation. */
export function replyData(conversation: Json): Json {
  return {
    conversation: {
      is_body_truncated: false,
      is_body_text_truncated: false,
      kind: conversation.private ? 'private_note' : 'reply',
      notable_id: conversation.ticket_id,
      notable_type: 'Helpdesk::Ticket',
      deleted: false,
      ...conversation,
    },
    actor: { id: conversation.user_id, type: conversation.incoming ? 'contact' : 'agent' },
  };
}

/** A public, incoming customer reply that exists only in the event. */
export function customerReply(ticketId: number, id: number, contactId: number, bodyText: string): Json {
  return replyData({ id, ticket_id: ticketId, body: `<div>${bodyText}</div>`, body_text: bodyText, incoming: true, private: false, source: 0, user_id: contactId });
}

/** onTicketUpdate's `data` for a status change from `from` to `to` at `at`. */
export async function statusChange(stack: Stack, ticketId: number, from: number, to: number, at: string): Promise<Json> {
  return stack.ticketEventData(ticketId, { status: to, updated_at: at, changes: { status: [from, to] } });
}
