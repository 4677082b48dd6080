/**
 * onTicketCreate (docs/platform.md "Event payloads: onTicketCreate"): triage (classify, route, one ticket update) and
 * the AI draft note; then, when the admin switches it on, the sentiment of the first message.
 * The event already carries the ticket, so no Freshdesk read is needed (docs/platform.md "Budgets per installation").
 */
import { describeIssues, ticketEventSchema } from '../contracts/events';
import { readSettings } from '../contracts/iparams';
import { toTicketSnapshot } from '../contracts/ticket-snapshot';
import { isLateEvent } from '../domain/jobs/late-event';
import type { HandlerDeps } from '../ports';
import { analyseFirstMessage } from '../workflows/sentiment/first-message';
import { triageNewTicket } from '../workflows/triage/triage-ticket';

export function createOnTicketCreate(deps: HandlerDeps) {
  return async function onTicketCreateHandler(payload: unknown): Promise<void> {
    const startedAt = deps.clock.now();
    const parsed = ticketEventSchema.safeParse(payload);
    if (!parsed.success) return deps.log.error(`onTicketCreate: payload rejected (${describeIssues(parsed.error)})`);
    const { ticket, requester } = parsed.data.data;
    const snapshot = toTicketSnapshot(ticket);
    const late = isLateEvent(parsed.data.timestamp, startedAt, snapshot.updatedAt);
    const settings = readSettings(parsed.data.iparams);
    await triageNewTicket(
      deps,
      settings,
      snapshot,
      requester?.language ?? undefined,
      late,
    );
    // After triage, whose run creates the ticket's record first (switch, default off).
    await analyseFirstMessage(deps, settings, ticket, startedAt);
  };
}
