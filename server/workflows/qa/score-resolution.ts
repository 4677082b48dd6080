/**
 * QA of a resolution, from the event: outside the admin's sample it is recorded as not sampled; otherwise it is
 * claimed once per resolution (a duplicate delivery finds the mark and stops) and run on the shared job mechanism.
 */
import type { Settings } from '../../contracts/iparams';
import { qaClaimKey, type QaNotSampled } from '../../contracts/qa-record';
import { ticketRecordKey } from '../../contracts/store-records';
import { AppFailure } from '../../domain/errors';
import { isSampled } from '../../domain/qa/sample';
import type { Resolution } from '../../domain/qa/types';
import type { ResolvedTicket } from './qa-steps';
import { CLAIM_TTL_SECONDS, deferUnclaimed, freshRecord, isLater, runQa, storedQa, type QaDeps, type StoredQa } from './run-qa';

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function recordNotSampled(deps: QaDeps, settings: Settings, ticketId: number, resolution: Resolution): Promise<void> {
  const qa: QaNotSampled = { sampled: false, resolution, samplePercent: Math.round(settings.qa_sample_rate * 10_000) / 100, decidedAt: deps.clock.now() };
  try {
    await deps.store.merge(ticketRecordKey(ticketId), { v: 1, ticketId, qa });
    deps.log.info(`ticket ${ticketId}: QA not sampled (sample rate ${qa.samplePercent}%)`);
  } catch (error) {
    deps.log.error(`ticket ${ticketId}: QA not sampled, and the record could not be saved (${describe(error)})`);
  }
}

export async function scoreResolution(deps: QaDeps, settings: Settings, ticket: ResolvedTicket, resolution: Resolution, startedAt = deps.clock.now()): Promise<void> {
  if (!isSampled(ticket.id, settings.qa_sample_rate)) return recordNotSampled(deps, settings, ticket.id, resolution);
  // Read before the mark: a resolution that cannot be read about is deferred whole, never claimed and then lost.
  let previous: StoredQa;
  let claimed: boolean;
  try {
    previous = await storedQa(deps, ticket.id);
    if (previous && previous.resolution.id !== resolution.id && isLater(previous.resolution, resolution)) {
      return deps.log.info(`ticket ${ticket.id}: QA skipped, a later resolution (${previous.resolution.at}) is already recorded`);
    }
    claimed = await deps.store.claim(qaClaimKey(ticket.id, resolution.id), { ticketId: ticket.id, at: startedAt }, CLAIM_TTL_SECONDS);
  } catch (error) {
    if (error instanceof AppFailure) return deferUnclaimed(deps, ticket.id, resolution, startedAt, error);
    throw error;
  }
  if (!claimed) return deps.log.info(`ticket ${ticket.id}: QA of the resolution of ${resolution.at} already done or in progress, duplicate delivery skipped`);
  await runQa(deps, ticket, freshRecord(startedAt, resolution, previous, settings), startedAt);
}
