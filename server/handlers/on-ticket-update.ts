/**
 * onTicketUpdate (docs/platform.md "Event payloads: onTicketUpdate"): QA scores a ticket once per resolution, when its
 * status moves into Resolved (4) or Closed (5) as the event's `changes` say. Every other update is skipped with
 * the reason.
 */
import { actorNamed, describeIssues, ticketEventSchema } from '../contracts/events';
import { checkResolution, resolutionOf } from '../domain/qa/resolution';
import type { HandlerDeps } from '../ports';
import { beginInvocation } from '../workflows/invocation';
import { scoreResolution } from '../workflows/qa/score-resolution';

/** The resolution's moment, read leniently: the shared event schema passes these two through untyped. */
const stringOr = (value: unknown) => (typeof value === 'string' ? value : undefined);
const numberOr = (value: unknown) => (typeof value === 'number' ? value : undefined);

export function createOnTicketUpdate(deps: HandlerDeps) {
  return async function onTicketUpdateHandler(payload: unknown): Promise<void> {
    const parsed = ticketEventSchema.safeParse(payload);
    if (!parsed.success) return deps.log.error(`onTicketUpdate: payload rejected (${describeIssues(parsed.error)})`);
    const { ticket } = parsed.data.data;
    const inv = beginInvocation(deps, parsed.data.iparams, 'onTicketUpdate');
    if (!inv.settings.feature_qa) return deps.log.info(`ticket ${ticket.id}: QA skipped, switched off`);
    const check = checkResolution(ticket.changes);
    if (!check.resolved) return deps.log.info(`ticket ${ticket.id}: QA skipped, ${check.reason}`);

    const resolution = resolutionOf(check.status, stringOr(ticket.updated_at), numberOr(parsed.data.timestamp), inv.startedAt);
    // The responder's name, when they resolved it themselves (the quality record's agent name).
    const responderName = actorNamed(parsed.data.data.actor, ticket.responder_id);
    const resolved = { id: ticket.id, description: ticket.description_text ?? '', responderId: ticket.responder_id, ...(responderName ? { responderName } : {}) };
    await scoreResolution(inv, resolved, resolution);
  };
}
