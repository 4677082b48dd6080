/**
 * "Process this ticket" on a ticket the app never saw (created before the install): the sentiment of its latest
 * customer message, as if that message had just arrived — its last public reply from the customer with words of
 * their own, read from the conversation (qa/read-thread.ts: one request a page, each only with handler time left);
 * with none, its first message when the admin has the first message analyzed (default off, as at creation:
 * first-message.ts). Through the job lifecycle, so a second click finds the job claimed or done.
 */
import { AppFailure } from '../../domain/errors';
import { ownText } from '../../domain/sentiment/message';
import type { Invocation } from '../invocation';
import { readThread } from '../qa/read-thread';
import { analyzeNewMessage } from './analyze-message';
import type { SentimentDeps } from './run-sentiment';

export async function analyzeLatestMessage(inv: Invocation<SentimentDeps>, ticketId: number): Promise<void> {
  if (!inv.settings.feature_sentiment) return;
  try {
    await analyzeLatest(inv, ticketId);
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error;
    // Nothing was claimed yet: the next customer reply is analyzed as it arrives.
    inv.log.warn(`ticket ${ticketId}: sentiment of the latest customer message not started (${error.message})`);
  }
}

async function analyzeLatest(inv: Invocation<SentimentDeps>, ticketId: number): Promise<void> {
  const { settings, helpdesk } = inv;
  const thread = await readThread(helpdesk, ticketId, 'analyze', { clock: inv.clock, startedAt: inv.startedAt }, () => undefined);
  let latest: { id: number; text: string; contactId: number } | undefined;
  for (const e of thread) {
    const text = e.incoming && !e.private && e.userId != null ? ownText(e.html, e.text) : '';
    if (text) latest = { id: e.id, text, contactId: e.userId! };
  }
  if (latest) return analyzeNewMessage(inv, { ref: { ticketId, conversationId: latest.id, contactId: latest.contactId }, text: latest.text });
  if (!settings.sentiment_first_message) return inv.log.info(`ticket ${ticketId}: sentiment skipped, no customer reply yet`);
  const ticket = await helpdesk.getTicket(ticketId);
  const text = ownText(undefined, ticket.description);
  if (text && ticket.requester_id != null) await analyzeNewMessage(inv, { ref: { ticketId, contactId: ticket.requester_id }, text });
}
