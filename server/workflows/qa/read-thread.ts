/**
 * A ticket's conversations, every page (docs/freshdesk.md "Conversations and pagination": oldest first, paginated).
 * Each page is one request, and starts only with handler time to finish it (workflows/jobs/time-left.ts).
 */
import type { ConversationEntry, HelpdeskPort } from '../../ports';
import { ensureTimeFor, type HandlerTime } from '../jobs/time-left';

/** 100 per page (server/fdk/helpdesk.ts): 50 pages is a 5,000-entry ticket; beyond it the rest is not read. */
export const MAX_PAGES = 50;

export async function readThread(helpdesk: HelpdeskPort, ticketId: number, step: string, time: HandlerTime, spend: () => void): Promise<ConversationEntry[]> {
  const entries: ConversationEntry[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    ensureTimeFor(step, time);
    spend();
    const result = await helpdesk.listConversations(ticketId, page);
    entries.push(...result.entries);
    if (!result.more) break;
  }
  return entries;
}
