/**
 * Runs the QA of one resolution on the shared job mechanism, and defers it through a schedule alone when the store
 * cannot even take its mark. Used by the event (score-resolution.ts) and by retries (resume-qa.ts).
 */
import type { Settings } from '../../contracts/iparams';
import { freshJobRecord } from '../../contracts/job-record';
import { QA_STEPS, qaRecordSchema, type QaNotSampled, type QaRecord, type QaStep } from '../../contracts/qa-record';
import { ticketRecordKey } from '../../contracts/store-records';
import { ticketAttribute } from '../../contracts/ticket-attribute';
import { canStartStage, planRetry } from '../../domain/deferral';
import type { AppFailure } from '../../domain/errors';
import type { Resolution } from '../../domain/qa/types';
import type { HelpdeskPort, SimpliPort } from '../../ports';
import { finishJob, type FinishDeps } from '../jobs/finish-job';
import { runStages } from '../jobs/run-stages';
import { qaIdentity, qaJob, qaJobName } from './finish-qa';
import { QA_ACTIONS, type ResolvedTicket } from './qa-steps';
import { QA_GRAPH, QA_NEEDS } from './steps';
import { unconfiguredErrors } from '../jobs/unconfigured';

export interface QaDeps extends FinishDeps {
  simpli: SimpliPort;
  helpdesk: HelpdeskPort;
}

/** Marks outlive every retry (24 h, domain/deferral.ts) and any plausible duplicate delivery, then expire. */
export const CLAIM_TTL_SECONDS = 2 * 24 * 60 * 60;
/** A record younger than one handler run (20 s, fdk-platform.md §4.8) plus margin belongs to a live run. */
export const IN_PROGRESS_MS = 60_000;

export type StoredQa = QaRecord | QaNotSampled | undefined;

/** The ticket's stored QA (either form), if it parses. */
export async function storedQa(deps: Pick<QaDeps, 'store'>, ticketId: number): Promise<StoredQa> {
  const parsed = qaRecordSchema.safeParse(ticketAttribute(await deps.store.get(ticketRecordKey(ticketId)), 'qa'));
  return parsed.success ? parsed.data : undefined;
}

/**
 * A new record. A resolution is a re-score when an earlier one of the ticket was scored and its note posted; steps
 * whose settings are missing start failed for good, with the settings' names.
 */
export function freshRecord(now: number, resolution: Resolution, previous: StoredQa, settings: Settings): QaRecord {
  const scoredBefore =
    previous?.sampled === true && previous.resolution.id !== resolution.id && previous.done.includes('note') && previous.evaluation !== undefined;
  const previousOverall = scoredBefore ? previous.evaluation?.overall : undefined;
  return {
    sampled: true,
    ...freshJobRecord<QaStep>(now),
    errors: unconfiguredErrors(settings, QA_NEEDS, QA_STEPS),
    resolution,
    rescore: scoredBefore,
    ...(previousOverall !== undefined ? { previousOverall } : {}),
  };
}

/** Whether `a` happened after `b`. */
export const isLater = (a: Resolution, b: Resolution): boolean => Date.parse(a.at) > Date.parse(b.at);

export async function runQa(deps: QaDeps, ticket: ResolvedTicket, record: QaRecord, startedAt: number): Promise<QaRecord> {
  const identity = qaIdentity(ticket.id, record.resolution);
  if (!canStartStage(deps.clock.now() - startedAt)) {
    const cause = { kind: 'timeout' as const, step: 'evaluate', message: 'no handler time left; continues later' };
    return finishJob(deps, identity, { record: { ...record, status: 'deferred' }, retryCause: cause });
  }
  const context = { ticket, simpli: deps.simpli, helpdesk: deps.helpdesk, time: { clock: deps.clock, startedAt } };
  const result = await runStages(QA_GRAPH, QA_ACTIONS, context, record, QA_STEPS, deps.clock, startedAt);
  return finishJob(deps, identity, result);
}

/** The store could not even take the mark (e.g. its 50 ops/min are spent): defer through a schedule alone. */
export async function deferUnclaimed(deps: QaDeps, ticketId: number, resolution: Resolution, now: number, cause: AppFailure): Promise<void> {
  const decision = planRetry({ error: cause.error, attempt: 0, firstSeenAt: now, now, spreadKey: ticketId });
  if (!decision.retry) return deps.log.error(`ticket ${ticketId}: QA not started (${cause.message})`);
  try {
    const created = await deps.scheduler.scheduleOnce(qaJobName(ticketId, resolution, 1), decision.at, qaJob(ticketId, resolution, 1, now));
    deps.log.info(`ticket ${ticketId}: QA deferred before it started (${cause.message})${created === 'exists' ? ', already pending' : ''}`);
  } catch (error) {
    deps.log.error(`ticket ${ticketId}: QA could not start or be deferred (${cause.message}; ${error instanceof Error ? error.message : String(error)})`);
  }
}
