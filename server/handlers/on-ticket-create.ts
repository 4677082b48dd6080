/**
 * onTicketCreate (https://developers.freshworks.com/docs/app-sdk/v3.0/support_ticket/serverless-apps/product-events/):
 * triage (classify, route, one ticket update) and the AI draft note from the ticket the event carries — read again
 * first when the event came late (domain/jobs/late-event.ts); then, when the admin switches it on, the sentiment
 * of the first message.
 */
import { describeIssues, ticketEventSchema } from '../contracts/events';
import { toTicketSnapshot } from '../contracts/ticket-snapshot';
import { isLateEvent } from '../domain/jobs/late-event';
import type { HandlerDeps } from '../ports';
import { beginInvocation } from '../workflows/invocation';
import { analyzeFirstMessage } from '../workflows/sentiment/first-message';
import { triageNewTicket } from '../workflows/triage/triage-ticket';

export function createOnTicketCreate(deps: HandlerDeps) {
  return async function onTicketCreateHandler(payload: unknown): Promise<void> {
    const parsed = ticketEventSchema.safeParse(payload);
    if (!parsed.success) return deps.log.error(`onTicketCreate: payload rejected (${describeIssues(parsed.error)})`);
    const inv = beginInvocation(deps, parsed.data.iparams, 'onTicketCreate');
    const { ticket, requester } = parsed.data.data;
    const snapshot = toTicketSnapshot(ticket);
    const late = isLateEvent(parsed.data.timestamp, inv.startedAt, snapshot.updatedAt);
    await triageNewTicket(inv, snapshot, requester?.language ?? undefined, late);
    // After triage, whose run creates the ticket's record first (switch, default off).
    await analyzeFirstMessage(inv, ticket, requester);
  };
}
