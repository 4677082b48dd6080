/**
 * A retry that still has to analyze reads the message again from Freshdesk (the event is gone and its text is
 * never stored): a conversation is found by id in the ticket's conversations, the first message is the ticket's
 * description. Either way only the customer's own words, without quoted history (domain/sentiment/quoted-history.ts).
 */
import type { MessageRef } from '../../contracts/sentiment-record';
import { channelForSource } from '../../domain/sentiment/channel';
import { ownText } from '../../domain/sentiment/message';
import type { Channel } from '../../domain/sentiment/types';
import { AppFailure } from '../../domain/errors';
import type { HelpdeskPort } from '../../ports';

/** 100 per page (server/fdk/helpdesk.ts): 50 pages is a 5,000-message ticket. */
const MAX_PAGES = 50;

export interface MessageText {
  text: string;
  channel?: Channel;
}

const gone = (what: string): never => {
  throw new AppFailure({ kind: 'rejected', step: 'analyze', message: `${what}; nothing to analyze` });
};

export async function readMessage(helpdesk: HelpdeskPort, ref: MessageRef, spend: () => void): Promise<MessageText> {
  if (ref.conversationId === undefined) {
    spend();
    const ticket = await helpdesk.getTicket(ref.ticketId);
    const text = ownText(undefined, ticket.description);
    const channel = channelForSource(ticket.source);
    return text ? { text, ...(channel ? { channel } : {}) } : gone('the ticket has no description now');
  }
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    spend();
    const { entries, more } = await helpdesk.listConversations(ref.ticketId, page);
    const found = entries.find((e) => e.id === ref.conversationId);
    if (found) {
      const text = ownText(found.html, found.text);
      return text ? { text } : gone(`conversation ${ref.conversationId} has no words of the customer's own now`);
    }
    if (!more) break;
  }
  return gone(`conversation ${ref.conversationId} is no longer on the ticket`);
}
