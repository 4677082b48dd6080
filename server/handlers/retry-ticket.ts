/**
 * SMI retryTicket (docs/platform.md "Server method invocation (SMI)"): the sidebar's Retry. Runs the next attempt
 * of the ticket's triage now, including steps that had failed for good (the admin may have fixed the key), then
 * the same for the latest message's sentiment and the latest resolution's QA when they did not finish, all through
 * the job lifecycle (`origin: 'retry'`: attempts only go up), and answers the new state of each.
 */
import { z } from 'zod';
import { readSettings } from '../contracts/iparams';
import { ticketRecordKey } from '../contracts/store-records';
import type { HandlerDeps } from '../ports';
import { startJob } from '../workflows/jobs/lifecycle';
import { qaDeclaration, qaToRetry } from '../workflows/qa/qa-job';
import { sentimentDeclaration, sentimentToRetry } from '../workflows/sentiment/sentiment-job';
import { resumeTriage } from '../workflows/triage/triage-ticket';
import { describeFailure } from './describe-failure';

const retryPayload = z.looseObject({ ticket_id: z.coerce.number().int().positive(), iparams: z.record(z.string(), z.unknown()).default({}) });

export function createRetryTicket(deps: HandlerDeps) {
  return async function retryTicket(payload: unknown): Promise<void> {
    const parsed = retryPayload.safeParse(payload);
    if (!parsed.success) return deps.renderData()({ status: 400, message: 'retryTicket needs a ticket_id' });
    const ticketId = parsed.data.ticket_id;
    try {
      const startedAt = deps.clock.now();
      const settings = readSettings(parsed.data.iparams);
      const retry = { origin: 'retry' as const, startedAt };
      // The next attempt of the ticket's triage (attempts only go up); a ticket with no triage yet gets its first.
      const triage = await resumeTriage(deps, settings, { ticketId }, retry);
      // Then whatever else on the ticket did not finish: the latest message's sentiment, the latest resolution's QA.
      const stored = await deps.store.get(ticketRecordKey(ticketId));
      const sentimentInput = sentimentToRetry(stored);
      const sentiment = sentimentInput && (await startJob(deps, sentimentDeclaration(), settings, sentimentInput, retry));
      const qaInput = qaToRetry(stored);
      const qa = qaInput && (await startJob(deps, qaDeclaration(), settings, qaInput, retry));
      const retried = triage !== undefined || sentiment !== undefined || qa !== undefined;
      deps.renderData()(null, { ticket_id: ticketId, retried, triage: triage ?? null, sentiment: sentiment ?? null, qa: qa ?? null });
    } catch (error) {
      deps.log.error(`ticket ${ticketId}: retry failed (${describeFailure(error)})`);
      deps.renderData()({ status: 500, message: 'The retry could not run; see the app logs' });
    }
  };
}
