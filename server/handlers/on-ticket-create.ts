/**
 * onTicketCreate (fdk-platform.md §4.4). Foundation version: classifies the new ticket with Simpli Triage and
 * logs the result; routing, the ticket update and the draft note come with the triage feature.
 */
import { describeIssues, ticketEventSchema } from '../contracts/events';
import { readSettings } from '../contracts/iparams';
import type { HandlerDeps } from '../ports';
import { describeFailure } from './describe-failure';
import { requestId } from './request-id';

export function createOnTicketCreate({ templates, log, clock }: HandlerDeps) {
  return async function onTicketCreateHandler(payload: unknown): Promise<void> {
    const parsed = ticketEventSchema.safeParse(payload);
    if (!parsed.success) return log.error(`onTicketCreate: payload rejected (${describeIssues(parsed.error)})`);
    const { ticket } = parsed.data.data;
    if (!readSettings(parsed.data.iparams).feature_triage) return log.info(`ticket ${ticket.id}: triage is switched off`);
    try {
      const result = await templates.call('simpliClassify', {
        context: { request_id: requestId(clock, ticket.id, 'classify') },
        body: JSON.stringify({ subject: ticket.subject ?? '', body: ticket.description_text ?? '' }),
      });
      const category = (result as { category?: unknown } | undefined)?.category;
      log.info(`ticket ${ticket.id}: classified as ${typeof category === 'string' ? category : 'unknown'}`);
    } catch (error) {
      log.error(`ticket ${ticket.id}: classify failed (${describeFailure(error)})`);
    }
  };
}
