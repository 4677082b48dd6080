/**
 * onTicketUpdate (docs/platform.md "Event payloads: onTicketUpdate"): QA scores a ticket once per resolution, when its
 * status moves into Resolved (4) or Closed (5) as the event's `changes` say. Every other update is skipped with
 * the reason.
 */
import { z } from 'zod';
import { describeIssues, ticketEventSchema } from '../contracts/events';
import { readSettings } from '../contracts/iparams';
import { checkResolution, resolutionOf } from '../domain/qa/resolution';
import type { HandlerDeps } from '../ports';
import { scoreResolution } from '../workflows/qa/score-resolution';

/** The resolution's moment: read leniently, since the shared event schema passes these through untyped. */
const moment = z.looseObject({
  timestamp: z.number().optional().catch(undefined),
  data: z.looseObject({ ticket: z.looseObject({ updated_at: z.string().nullish().catch(undefined) }) }),
});

export function createOnTicketUpdate(deps: HandlerDeps) {
  return async function onTicketUpdateHandler(payload: unknown): Promise<void> {
    const startedAt = deps.clock.now();
    const parsed = ticketEventSchema.safeParse(payload);
    if (!parsed.success) return deps.log.error(`onTicketUpdate: payload rejected (${describeIssues(parsed.error)})`);
    const { ticket } = parsed.data.data;
    const settings = readSettings(parsed.data.iparams);
    if (!settings.feature_qa) return deps.log.info(`ticket ${ticket.id}: QA skipped, switched off`);
    const check = checkResolution(ticket.changes);
    if (!check.resolved) return deps.log.info(`ticket ${ticket.id}: QA skipped, ${check.reason}`);

    const when = moment.safeParse(payload);
    const resolution = resolutionOf(check.status, when.success ? when.data.data.ticket.updated_at : undefined, when.success ? when.data.timestamp : undefined, startedAt);
    const resolved = { id: ticket.id, description: ticket.description_text ?? '', responderId: ticket.responder_id };
    await scoreResolution(deps, settings, resolved, resolution, startedAt);
  };
}
