/**
 * A scheduled retry or an agent's Retry of a resolution's QA: resumed from the saved record (done steps are never
 * repeated), with the ticket read again (the event is gone). A retry for an older resolution than the one on the
 * ticket record is superseded.
 */
import type { Settings } from '../../contracts/iparams';
import { qaClaimKey, type QaRecord } from '../../contracts/qa-record';
import { AppFailure, isRetryable } from '../../domain/errors';
import { finishJob } from '../jobs/finish-job';
import { qaIdentity, type QaJob } from './finish-qa';
import { CLAIM_TTL_SECONDS, deferUnclaimed, freshRecord, IN_PROGRESS_MS, isLater, runQa, storedQa, type QaDeps } from './run-qa';

export interface ResumeOptions {
  /** An agent's Retry: steps that failed for good (bad key, refused payload) are tried again too. */
  force?: boolean;
  /** When the handler run began, if work came before this (an SMI that retried triage first). */
  startedAt?: number;
}

/** The saved record to resume from, or undefined when there is nothing to do (said in the log). */
async function recordToResume(deps: QaDeps, settings: Settings, job: QaJob, options: ResumeOptions): Promise<QaRecord | undefined> {
  const label = `ticket ${job.ticketId}: QA`;
  const stored = await storedQa(deps, job.ticketId);
  const same = stored?.resolution.id === job.resolution.id;
  if (stored && !same && isLater(stored.resolution, job.resolution)) {
    deps.log.info(`${label}: retry ${job.attempt} superseded by the resolution of ${stored.resolution.at}`);
    return undefined;
  }
  if (!stored || !same) {
    // Deferred before its mark: take it now, as the event would have.
    if (await deps.store.claim(qaClaimKey(job.ticketId, job.resolution.id), { ticketId: job.ticketId, at: job.firstSeenAt }, CLAIM_TTL_SECONDS)) {
      return { ...freshRecord(job.firstSeenAt, job.resolution, stored, settings), attempt: job.attempt };
    }
    deps.log.info(`${label}: retry ${job.attempt} found it claimed meanwhile`);
    return undefined;
  }
  if (!stored.sampled) {
    deps.log.info(`${label}: retry ${job.attempt} not needed (not sampled)`);
    return undefined;
  }
  if (stored.status === 'processing' && deps.clock.now() - stored.updatedAt < IN_PROGRESS_MS) {
    deps.log.info(`${label} is running right now; retry ${job.attempt} skipped`);
    return undefined;
  }
  const finished = stored.status === 'done' || (stored.status === 'failed' && !options.force);
  if (finished || (stored.attempt >= job.attempt && !options.force)) {
    deps.log.info(`${label}: retry ${job.attempt} not needed (${stored.status}, attempt ${stored.attempt})`);
    return undefined;
  }
  if (!options.force) return { ...stored, attempt: Math.max(job.attempt, stored.attempt), status: 'processing' };
  return { ...stored, errors: {}, attempt: stored.attempt + 1, status: 'processing' };
}

export async function resumeQa(deps: QaDeps, settings: Settings, job: QaJob, options: ResumeOptions = {}): Promise<QaRecord | undefined> {
  const startedAt = options.startedAt ?? deps.clock.now();
  let record: QaRecord | undefined;
  try {
    record = await recordToResume(deps, settings, job, options);
  } catch (error) {
    if (error instanceof AppFailure) {
      await deferUnclaimed(deps, job.ticketId, job.resolution, startedAt, error);
      return undefined;
    }
    throw error;
  }
  if (!record) return undefined;
  // The note needs only the ticket's id; reading the conversation to evaluate needs its description and responder.
  if (record.done.includes('evaluate')) return runQa(deps, { id: job.ticketId, description: '' }, record, startedAt);
  try {
    const ticket = await deps.helpdesk.getTicket(job.ticketId);
    return await runQa(deps, { id: ticket.id, description: ticket.description, responderId: ticket.responder_id }, { ...record, requests: record.requests + 1 }, startedAt);
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error;
    // Reading the ticket is part of evaluating it: its failure is evaluate's, retried or not by its kind.
    const retryable = isRetryable(error.error);
    const errors = { ...record.errors, evaluate: { kind: error.error.kind, message: error.message, retryable } };
    const failed = { ...record, errors, requests: record.requests + 1, status: retryable ? ('deferred' as const) : ('failed' as const), updatedAt: deps.clock.now() };
    return finishJob(deps, qaIdentity(job.ticketId, job.resolution), { record: failed, retryCause: error.error });
  }
}
