/**
 * SMI retryTicket (https://developers.freshworks.com/docs/app-sdk/v3.0/support_ticket/advanced-interfaces/server-method-invocation/):
 * the sidebar's Retry. Parse, begin the run, retry what did not finish (workflows/retry-ticket.ts), answer.
 */
import * as z from 'zod/mini';
import type { HandlerDeps } from '../ports';
import { beginInvocation } from '../workflows/invocation';
import { retryTicket as retryWork } from '../workflows/retry-ticket';
import { describeFailure } from './describe-failure';

/** The sidebar sends the ticket's id as the page has it: a number, or its digits. */
const retryPayload = z.looseObject({ ticket_id: z.union([z.int(), z.string()]), iparams: z._default(z.record(z.string(), z.unknown()), {}) });
const ticketIdOf = (id: number | string): number => (typeof id === 'number' ? id : /^\s*[1-9]\d*\s*$/.test(id) ? Number(id) : 0);

export function createRetryTicket(deps: HandlerDeps) {
  return async function retryTicket(payload: unknown): Promise<void> {
    const parsed = retryPayload.safeParse(payload);
    const ticketId = parsed.success ? ticketIdOf(parsed.data.ticket_id) : 0;
    if (!parsed.success || ticketId <= 0) return deps.answer({ status: 400, message: 'retryTicket needs a ticket_id' });
    try {
      deps.answer(null, await retryWork(beginInvocation(deps, parsed.data.iparams, 'retryTicket'), ticketId));
    } catch (error) {
      deps.log.error(`ticket ${ticketId}: retry failed (${describeFailure(error)})`);
      deps.answer({ status: 500, message: 'The retry could not run; see the app logs' });
    }
  };
}
