/**
 * onTicketUpdate (fdk-platform.md §4.5). Foundation version: on a transition into Resolved (4) or Closed (5),
 * reads the conversation that QA will score and logs its size; scoring comes with the QA feature.
 */
import { describeIssues, ticketEventSchema } from '../contracts/events';
import { readSettings } from '../contracts/iparams';
import type { HandlerDeps } from '../ports';
import { describeFailure } from './describe-failure';

const RESOLVED_OR_CLOSED = new Set([4, 5]);

function statusChange(changes: Record<string, unknown> | null | undefined): [unknown, unknown] | undefined {
  const status = changes?.status;
  return Array.isArray(status) && status.length === 2 ? [status[0], status[1]] : undefined;
}

export function createOnTicketUpdate({ templates, log }: HandlerDeps) {
  return async function onTicketUpdateHandler(payload: unknown): Promise<void> {
    const parsed = ticketEventSchema.safeParse(payload);
    if (!parsed.success) return log.error(`onTicketUpdate: payload rejected (${describeIssues(parsed.error)})`);
    const { ticket } = parsed.data.data;
    if (!readSettings(parsed.data.iparams).feature_qa) return log.info(`ticket ${ticket.id}: QA is switched off`);
    const change = statusChange(ticket.changes);
    if (!change || !RESOLVED_OR_CLOSED.has(Number(change[1]))) return log.info(`ticket ${ticket.id}: skipped, not a resolution`);
    try {
      const conversations = await templates.call('freshdeskListConversations', { context: { ticket_id: ticket.id } });
      const count = Array.isArray(conversations) ? conversations.length : 0;
      log.info(`ticket ${ticket.id}: resolved with ${count} conversation(s) on the first page`);
    } catch (error) {
      log.error(`ticket ${ticket.id}: reading conversations failed (${describeFailure(error)})`);
    }
  };
}
