/**
 * onConversationCreate (docs/platform.md "Event payloads: onConversationCreate"): the sentiment of a public customer
 * reply — the customer's own words, without the quoted history below them — written to the contact's fields and,
 * at the admin's escalation threshold, tagged on the ticket. Everything else is skipped with the reason; a reply that
 * only quotes earlier messages is also recorded on the ticket.
 * The 3.0 payload carries the conversation, not the ticket: the channel comes from a `data.ticket` only when the
 * event has one, and so do the tags (otherwise an escalation reads them first).
 */
import { z } from 'zod';
import { conversationEventSchema, describeIssues } from '../contracts/events';
import { readSettings } from '../contracts/iparams';
import { channelForSource } from '../domain/sentiment/channel';
import { QUOTE_ONLY, readReply } from '../domain/sentiment/message';
import type { HandlerDeps } from '../ports';
import { analyseNewMessage } from '../workflows/sentiment/analyse-message';
import { recordSkippedReply } from '../workflows/sentiment/skipped-reply';

/**
 * Not in the documented payload (docs/platform.md "Event payloads: onConversationCreate"); read only when present, and
 * ignored when it does not parse.
 */
const eventTicketSchema = z.looseObject({
  source: z.number().int().nullish(),
  priority: z.number().int().nullish(),
  tags: z.array(z.string()).nullish(),
});

export function createOnConversationCreate(deps: HandlerDeps) {
  return async function onConversationCreateHandler(payload: unknown): Promise<void> {
    const startedAt = deps.clock.now();
    const parsed = conversationEventSchema.safeParse(payload);
    if (!parsed.success) return deps.log.error(`onConversationCreate: payload rejected (${describeIssues(parsed.error)})`);
    const { conversation } = parsed.data.data;
    const where = `ticket ${conversation.ticket_id}: sentiment of conversation ${conversation.id}`;
    const settings = readSettings(parsed.data.iparams);
    if (!settings.feature_sentiment) return deps.log.info(`${where} skipped, switched off`);
    const reading = readReply(conversation);
    if ('skip' in reading) {
      if (reading.skip !== QUOTE_ONLY) return deps.log.info(`${where} skipped, ${reading.skip}`);
      const contact = conversation.user_id == null ? {} : { contactId: conversation.user_id };
      return recordSkippedReply(deps, conversation.ticket_id, { conversationId: conversation.id, ...contact, reason: reading.skip });
    }
    if (conversation.user_id == null) return deps.log.info(`${where} skipped, no contact to score`);

    const ticket = eventTicketSchema.safeParse(parsed.data.data.ticket);
    const channel = ticket.success ? channelForSource(ticket.data.source) : undefined;
    const tags = ticket.success ? ticket.data.tags : undefined;
    await analyseNewMessage(
      deps,
      settings,
      {
        ref: { ticketId: conversation.ticket_id, conversationId: conversation.id, contactId: conversation.user_id },
        text: reading.text,
        ...(channel ? { channel } : {}),
        ...(ticket.success && tags ? { knownTicket: { tags, priority: ticket.data.priority } } : {}),
      },
      startedAt,
    );
  };
}
