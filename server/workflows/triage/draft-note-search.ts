import { DRAFT_NOTE_TITLE } from '../../domain/draft-note';
import type { HelpdeskPort } from '../../ports';

/** Conversations are read oldest first; a long thread is paged, bounded so a retry never reads forever. */
const MAX_PAGES = 5;

/** Whether the ticket already carries our AI draft note (private, with our title). */
export async function hasDraftNote(helpdesk: HelpdeskPort, ticketId: number, spend: () => void): Promise<boolean> {
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    spend();
    const { entries, more } = await helpdesk.listConversations(ticketId, page);
    if (entries.some((c) => c.private && c.text.includes(DRAFT_NOTE_TITLE))) return true;
    if (!more) return false;
  }
  return false;
}
