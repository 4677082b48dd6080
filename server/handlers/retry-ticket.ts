/**
 * SMI retryTicket (fdk-platform.md §4.12): the sidebar's Retry. Runs what is left of the ticket's triage now,
 * including steps that had failed for good (the admin may have fixed the key), and answers the new state.
 */
import { z } from 'zod';
import { readSettings } from '../contracts/iparams';
import type { HandlerDeps } from '../ports';
import { resumeTriage } from '../workflows/triage/triage-ticket';
import { describeFailure } from './describe-failure';

const retryPayload = z.looseObject({ ticket_id: z.coerce.number().int().positive(), iparams: z.record(z.string(), z.unknown()).default({}) });

export function createRetryTicket(deps: HandlerDeps) {
  return async function retryTicket(payload: unknown): Promise<void> {
    const parsed = retryPayload.safeParse(payload);
    if (!parsed.success) return deps.renderData()({ status: 400, message: 'retryTicket needs a ticket_id' });
    const ticketId = parsed.data.ticket_id;
    try {
      const job = { kind: 'triage' as const, ticketId, attempt: 1, firstSeenAt: deps.clock.now() };
      const triage = await resumeTriage(deps, readSettings(parsed.data.iparams), job, { force: true });
      deps.renderData()(null, { ticket_id: ticketId, retried: triage !== undefined, triage: triage ?? null });
    } catch (error) {
      deps.log.error(`ticket ${ticketId}: retry failed (${describeFailure(error)})`);
      deps.renderData()({ status: 500, message: 'The retry could not run; see the app logs' });
    }
  };
}
