/**
 * The sentiment of a public customer reply — the customer's own words, without the quoted history below them —
 * written to the contact's fields and, at the admin's escalation threshold, tagged on the ticket. Everything else
 * is skipped with the reason; a reply that only quotes earlier messages is also recorded on the ticket.
 * The 3.0 payload carries the conversation, not the ticket: the channel comes from a `data.ticket` only when the
 * event has one, and so do the tags (otherwise an escalation reads them first).
 */
import * as z from 'zod/mini';
import type { EventConversation } from '../../contracts/events';
import { channelForSource } from '../../domain/sentiment/channel';
import { QUOTE_ONLY, readReply } from '../../domain/sentiment/message';
import type { Invocation } from '../invocation';
import { analyzeNewMessage } from './analyze-message';
import type { SentimentDeps } from './run-sentiment';
import { recordSkippedReply } from './skipped-reply';

/** Not in the documented payload; read only when present, and ignored when it does not parse. */
const eventTicketSchema = z.looseObject({
  source: z.nullish(z.int()),
  priority: z.nullish(z.int()),
  tags: z.nullish(z.array(z.string())),
});

/** `customer`: the replying contact's name when the event's actor names them (for the quality record). */
export async function analyzeNewReply(inv: Invocation<SentimentDeps>, conversation: EventConversation, eventTicket: unknown, customer?: string): Promise<void> {
  const where = `ticket ${conversation.ticket_id}: sentiment of conversation ${conversation.id}`;
  if (!inv.settings.feature_sentiment) return inv.log.info(`${where} skipped, switched off`);
  const reading = readReply(conversation);
  if ('skip' in reading) {
    if (reading.skip !== QUOTE_ONLY) return inv.log.info(`${where} skipped, ${reading.skip}`);
    const contact = conversation.user_id == null ? {} : { contactId: conversation.user_id };
    return recordSkippedReply(inv, conversation.ticket_id, { conversationId: conversation.id, ...contact, reason: reading.skip });
  }
  if (conversation.user_id == null) return inv.log.info(`${where} skipped, no contact to score`);

  const ticket = eventTicketSchema.safeParse(eventTicket);
  const channel = ticket.success ? channelForSource(ticket.data.source) : undefined;
  const tags = ticket.success ? ticket.data.tags : undefined;
  await analyzeNewMessage(inv, {
    ref: { ticketId: conversation.ticket_id, conversationId: conversation.id, contactId: conversation.user_id },
    text: reading.text,
    ...(channel ? { channel } : {}),
    ...(ticket.success && tags ? { knownTicket: { tags, priority: ticket.data.priority } } : {}),
    ...(customer ? { customer } : {}),
  });
}
