/**
 * onTicketCreate (fdk-platform.md §4.4): triage (classify, route, one ticket update) and the AI draft note.
 * The event already carries the ticket, so no Freshdesk read is needed (design-notes.md §2).
 */
import { describeIssues, ticketEventSchema } from '../contracts/events';
import { readSettings } from '../contracts/iparams';
import { toTicketSnapshot } from '../contracts/ticket-snapshot';
import type { HandlerDeps } from '../ports';
import { triageNewTicket } from '../workflows/triage/triage-ticket';

export function createOnTicketCreate(deps: HandlerDeps) {
  return async function onTicketCreateHandler(payload: unknown): Promise<void> {
    const parsed = ticketEventSchema.safeParse(payload);
    if (!parsed.success) return deps.log.error(`onTicketCreate: payload rejected (${describeIssues(parsed.error)})`);
    const { ticket, requester } = parsed.data.data;
    await triageNewTicket(
      deps,
      readSettings(parsed.data.iparams),
      toTicketSnapshot(ticket),
      requester?.language ?? undefined,
    );
  };
}
