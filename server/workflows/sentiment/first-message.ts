/**
 * The ticket's first message, analyzed at creation when the admin switches it on (default off: a first message
 * describes a problem and reads negative whatever the customer's mood).
 * It runs after triage in the same handler, so it only starts with handler time to spare, and it reads the
 * ticket's tags again before tagging: triage has just replaced them.
 */
import type { Invocation } from '../invocation';
import { channelForSource } from '../../domain/sentiment/channel';
import { ownText } from '../../domain/sentiment/message';
import { analyzeNewMessage } from './analyze-message';
import type { SentimentDeps } from './run-sentiment';

export interface CreatedTicket {
  id: number;
  /** HTML: a ticket made from a forwarded mail carries the earlier messages below the customer's words. */
  description?: string | null;
  description_text?: string | null;
  requester_id?: number | null;
  source?: number | null;
}

/** The requester as the event carries it: the name goes to the quality record with an escalation. */
export interface EventRequester {
  name?: string | null;
}

export async function analyzeFirstMessage(inv: Invocation<SentimentDeps>, ticket: CreatedTicket, requester?: EventRequester | null): Promise<void> {
  const { settings } = inv;
  if (!settings.feature_sentiment || !settings.sentiment_first_message) return;
  const text = ownText(ticket.description, ticket.description_text);
  const skip = text === '' ? 'an empty description' : ticket.requester_id == null ? 'no requester to score' : undefined;
  if (skip || ticket.requester_id == null) return inv.log.info(`ticket ${ticket.id}: sentiment of the first message skipped, ${skip}`);
  const channel = channelForSource(ticket.source);
  const customer = requester?.name ? { customer: requester.name } : {};
  await analyzeNewMessage(inv, { ref: { ticketId: ticket.id, contactId: ticket.requester_id }, text, ...(channel ? { channel } : {}), ...customer });
}
