/**
 * Runs what is left of one resolution's QA, stage by stage, and finishes it (jobs/finish-job.ts): the job's
 * declaration (qa-job.ts) decides where the record starts and where the ticket comes from.
 */
import type { Invocation } from '../invocation';
import type { Settings } from '../../contracts/iparams';
import { freshJobRecord } from '../../contracts/job-record';
import { QA_STEPS, qaRecordSchema, type QaNotSampled, type QaRecord, type QaStep } from '../../contracts/qa-record';
import { ticketRecordKey } from '../../contracts/store-records';
import { ticketAttribute } from '../../contracts/ticket-attribute';
import { canStartStage } from '../../domain/handler-time';
import type { Resolution } from '../../domain/qa/types';
import type { HelpdeskPort, SimpliPort } from '../../ports';
import { finishJob, type JobIdentity } from '../jobs/finish-job';
import type { LifecycleDeps } from '../jobs/lifecycle';
import { runStages } from '../jobs/run-stages';
import { unconfiguredErrors } from '../jobs/unconfigured';
import { qualityRecorder } from '../quality/record-quality';
import { QA_ACTIONS, type ResolvedTicket } from './qa-steps';
import { QA_GRAPH, QA_NEEDS } from './steps';

export interface QaDeps extends LifecycleDeps {
  simpli: SimpliPort;
  helpdesk: HelpdeskPort;
}

export type StoredQa = QaRecord | QaNotSampled | undefined;

/** The `qa` attribute of a stored ticket record (either form), if it parses. */
export function qaOf(ticketRecord: unknown): StoredQa {
  const parsed = qaRecordSchema.safeParse(ticketAttribute(ticketRecord, 'qa'));
  return parsed.success ? parsed.data : undefined;
}

/** The ticket's stored QA (either form), if it parses. */
export const storedQa = async (deps: Pick<QaDeps, 'store'>, ticketId: number): Promise<StoredQa> => qaOf(await deps.store.get(ticketRecordKey(ticketId)));

/** Steps whose settings are missing fail for good, with the settings' names, until an agent's Retry. */
export const unconfiguredSteps = (settings: Settings) => unconfiguredErrors(settings, QA_NEEDS, QA_STEPS);

/** A new record. A resolution is a re-score when an earlier one of the ticket was scored and its note posted. */
export function freshRecord(now: number, resolution: Resolution, previous: StoredQa, settings: Settings): QaRecord {
  const scoredBefore =
    previous?.sampled === true && previous.resolution.id !== resolution.id && previous.done.includes('note') && previous.evaluation !== undefined;
  const previousOverall = scoredBefore ? previous.evaluation?.overall : undefined;
  return {
    sampled: true,
    ...freshJobRecord<QaStep>(now),
    errors: unconfiguredSteps(settings),
    resolution,
    rescore: scoredBefore,
    ...(previousOverall !== undefined ? { previousOverall } : {}),
  };
}

/** Whether `a` happened after `b`. */
export const isLater = (a: Resolution, b: Resolution): boolean => Date.parse(a.at) > Date.parse(b.at);

export const qaLabel = (ticketId: number): string => `ticket ${ticketId}: QA`;

/** How one resolution's QA is named, queued and saved. */
export function qaIdentity(ticketId: number, queue: JobIdentity['queue']): JobIdentity {
  return {
    label: qaLabel(ticketId),
    spreadKey: ticketId,
    recordKey: ticketRecordKey(ticketId),
    saveAs: (qa) => ({ v: 1, ticketId, qa }),
    outcome: (qa) => {
      const nothing = (qa as Partial<Pick<QaRecord, 'nothingToScore'>>).nothingToScore;
      return nothing ? `nothing to score yet: ${nothing.reason}` : undefined;
    },
    queue,
  };
}

export async function runQa(inv: Invocation<QaDeps>, ticket: ResolvedTicket, record: QaRecord, id: JobIdentity): Promise<QaRecord> {
  const { startedAt } = inv;
  if (!canStartStage(inv.clock.now() - startedAt)) {
    const cause = { kind: 'timeout' as const, step: 'evaluate', message: 'no handler time left; continues later' };
    return finishJob(inv, id, { record: { ...record, status: 'deferred' }, retryCause: cause });
  }
  const context = { ticket, simpli: inv.simpli, helpdesk: inv.helpdesk, time: { clock: inv.clock, startedAt }, quality: qualityRecorder(inv.store) };
  const result = await runStages(QA_GRAPH, QA_ACTIONS, context, record, QA_STEPS, inv.clock, startedAt);
  return finishJob(inv, id, result);
}
