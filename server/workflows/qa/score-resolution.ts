/**
 * QA of a resolution, from the event: outside the admin's sample it is recorded as not sampled; otherwise it is
 * one job on the shared lifecycle (qa-job.ts), and a duplicate delivery finds it claimed or done and stops.
 */
import type { Invocation } from '../invocation';
import type { Settings } from '../../contracts/iparams';
import type { QaNotSampled } from '../../contracts/qa-record';
import { CLOSED, escalationAttribute } from '../../contracts/quality-record';
import { ticketRecordKey } from '../../contracts/store-records';
import { AppFailure } from '../../domain/errors';
import { isSampled } from '../../domain/qa/sample';
import type { Resolution } from '../../domain/qa/types';
import { startJob } from '../jobs/lifecycle';
import { qualityRecorder } from '../quality/record-quality';
import { reasonOf } from '../reason-of';
import { qaDeclaration } from './qa-job';
import type { ResolvedTicket } from './qa-steps';
import { isLater, storedQa, type QaDeps, type StoredQa } from './run-qa';

/** Outside the sample: recorded as such, and the ticket's escalation (if any) closed on the quality record. */
async function recordNotSampled(deps: QaDeps, settings: Settings, ticketId: number, resolution: Resolution): Promise<void> {
  const qa: QaNotSampled = { sampled: false, resolution, samplePercent: Math.round(settings.qa_sample_rate * 10_000) / 100, decidedAt: deps.clock.now() };
  try {
    await deps.store.merge(ticketRecordKey(ticketId), { v: 1, ticketId, qa });
    await qualityRecorder(deps.store)({ [escalationAttribute(ticketId)]: CLOSED });
    deps.log.info(`ticket ${ticketId}: QA not sampled (sample rate ${qa.samplePercent}%)`);
  } catch (error) {
    deps.log.error(`ticket ${ticketId}: QA not sampled, and the records could not be saved (${reasonOf(error)})`);
  }
}

export async function scoreResolution(inv: Invocation<QaDeps>, ticket: ResolvedTicket, resolution: Resolution): Promise<void> {
  const { settings } = inv;
  if (!isSampled(ticket.id, settings.qa_sample_rate)) return recordNotSampled(inv, settings, ticket.id, resolution);
  // The ticket's QA so far: a later resolution's makes this event late; a scored earlier one makes this a re-score.
  let previous: StoredQa;
  try {
    previous = await storedQa(inv, ticket.id);
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error;
    // The claim meets the same refusal and queues the job; its run from the backlog reads the record.
    inv.log.info(`ticket ${ticket.id}: QA record not read (${error.message})`);
  }
  if (previous && previous.resolution.id !== resolution.id && isLater(previous.resolution, resolution)) {
    return inv.log.info(`ticket ${ticket.id}: QA skipped, a later resolution (${previous.resolution.at}) is already recorded`);
  }
  const agentName = ticket.responderName ? { agentName: ticket.responderName } : {};
  await startJob(inv, qaDeclaration({ ticket, previous }), { ticketId: ticket.id, resolution, ...agentName }, { origin: 'event' });
}
