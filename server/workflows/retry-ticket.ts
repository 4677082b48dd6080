/**
 * An agent's Retry from the sidebar: the next attempt of the ticket's triage now, including steps that had failed
 * for good (the admin may have fixed the key), then the same for the latest message's sentiment and the latest
 * resolution's QA when they did not finish — all through the job lifecycle (`origin: 'retry'`: attempts only go
 * up). Answers the new state of each.
 */
import { ticketRecordKey } from '../contracts/store-records';
import type { Invocation } from './invocation';
import type { JobKindDeps } from './jobs/job-kinds';
import { startJob } from './jobs/lifecycle';
import { qaDeclaration, qaToRetry } from './qa/qa-job';
import { sentimentDeclaration, sentimentToRetry } from './sentiment/sentiment-job';
import { resumeTriage } from './triage/triage-ticket';

export interface RetryAnswer {
  ticket_id: number;
  retried: boolean;
  triage: unknown;
  sentiment: unknown;
  qa: unknown;
}

export async function retryTicket(inv: Invocation<JobKindDeps>, ticketId: number): Promise<RetryAnswer> {
  const retry = { origin: 'retry' as const };
  // The next attempt of the ticket's triage (attempts only go up); a ticket with no triage yet gets its first.
  const triage = await resumeTriage(inv, { ticketId }, retry);
  // Then whatever else on the ticket did not finish: the latest message's sentiment, the latest resolution's QA.
  const stored = await inv.store.get(ticketRecordKey(ticketId));
  const sentimentInput = sentimentToRetry(stored);
  const sentiment = sentimentInput && (await startJob(inv, sentimentDeclaration(), sentimentInput, retry));
  const qaInput = qaToRetry(stored);
  const qa = qaInput && (await startJob(inv, qaDeclaration(), qaInput, retry));
  const retried = triage !== undefined || sentiment !== undefined || qa !== undefined;
  return { ticket_id: ticketId, retried, triage: triage ?? null, sentiment: sentiment ?? null, qa: qa ?? null };
}
