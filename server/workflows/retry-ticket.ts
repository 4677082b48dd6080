/**
 * An agent's Retry from the sidebar: the next attempt of the ticket's triage now, including steps that had failed
 * for good (the admin may have fixed the key), then the same for the latest message's sentiment and the latest
 * resolution's QA when they did not finish — all through the job lifecycle (`origin: 'retry'`: attempts only go
 * up). On a ticket the app never saw (no record: created before the install), "Process this ticket": its first
 * triage and the sentiment of its latest customer message. Answers the new state of each.
 */
import { ticketRecordKey } from '../contracts/store-records';
import type { Invocation } from './invocation';
import type { JobKindDeps } from './jobs/job-kinds';
import { startJob } from './jobs/lifecycle';
import { qaDeclaration, qaToRetry } from './qa/qa-job';
import { analyzeLatestMessage } from './sentiment/latest-message';
import { sentimentDeclaration, sentimentOf, sentimentToRetry } from './sentiment/sentiment-job';
import { resumeTriage, triageDeclaration } from './triage/triage-ticket';

export interface RetryAnswer {
  ticket_id: number;
  retried: boolean;
  triage: unknown;
  sentiment: unknown;
  qa: unknown;
}

export async function retryTicket(inv: Invocation<JobKindDeps>, ticketId: number): Promise<RetryAnswer> {
  const retry = { origin: 'retry' as const };
  // Read first: triage's run creates the record, and the sentiment and QA below are read from what was there.
  const stored = await inv.store.get(ticketRecordKey(ticketId));
  if (stored === undefined) {
    // Never seen: its first triage, read from Freshdesk (a run already under way holds the claim and this one stops).
    const triage = await startJob(inv, triageDeclaration(), { ticketId }, retry);
    await analyzeLatestMessage(inv, ticketId);
    const sentiment = sentimentOf(await inv.store.get(ticketRecordKey(ticketId))) ?? null;
    return { ticket_id: ticketId, retried: true, triage: triage ?? null, sentiment, qa: null };
  }
  // The next attempt of the ticket's triage (attempts only go up), then whatever else on the ticket did not finish:
  // the latest message's sentiment, the latest resolution's QA.
  const triage = await resumeTriage(inv, { ticketId }, retry);
  const sentimentInput = sentimentToRetry(stored);
  const sentiment = sentimentInput && (await startJob(inv, sentimentDeclaration(), sentimentInput, retry));
  const qaInput = qaToRetry(stored);
  const qa = qaInput && (await startJob(inv, qaDeclaration(), qaInput, retry));
  const retried = triage !== undefined || sentiment !== undefined || qa !== undefined;
  return { ticket_id: ticketId, retried, triage: triage ?? null, sentiment: sentiment ?? null, qa: qa ?? null };
}
