/**
 * After a triage run: schedule the retry if work is left (before saving, so a failed save still has its
 * retry), then save the record for the sidebar in one `$db` write, then log one line.
 */
import { ticketRecordKey, type TriageRecord } from '../../contracts/store-records';
import { planRetry } from '../../domain/deferral';
import type { AppError } from '../../domain/errors';
import type { Clock, KeyValueStore, Log, Scheduler } from '../../ports';
import type { TriageRun } from './run-triage';

export interface FinishDeps {
  store: KeyValueStore;
  scheduler: Scheduler;
  clock: Clock;
  log: Log;
}

/** What a scheduled retry carries (fdk-platform.md §4.11: ≤ 4 KB; this is a few dozen bytes). */
export interface TriageJob {
  kind: 'triage';
  ticketId: number;
  attempt: number;
  firstSeenAt: number;
}

/** Schedule names are unique per installation and ≤ 30 characters (fdk-platform.md §4.11). */
export const triageJobName = (ticketId: number, attempt: number): string => `triage-${ticketId}-${attempt}`;

const OUT_OF_TIME: Omit<AppError, 'step'> = { kind: 'timeout', message: 'triage ran out of handler time' };

/** Schedules the next attempt; answers the record as it should be saved. */
export async function scheduleRetry(deps: FinishDeps, ticketId: number, record: TriageRecord, cause: AppError | undefined): Promise<TriageRecord> {
  const now = deps.clock.now();
  const decision = planRetry({ error: cause ?? { ...OUT_OF_TIME, step: 'triage' }, attempt: record.attempt, firstSeenAt: record.firstSeenAt, now, spreadKey: ticketId });
  if (!decision.retry) {
    const errors = Object.fromEntries(Object.entries(record.errors).map(([step, e]) => [step, e && { ...e, retryable: false, message: decision.reason }]));
    const { retryAt: _dropped, ...rest } = record;
    return { ...rest, status: 'failed', errors };
  }
  const job: TriageJob = { kind: 'triage', ticketId, attempt: decision.attempt, firstSeenAt: record.firstSeenAt };
  await deps.scheduler.scheduleOnce(triageJobName(ticketId, decision.attempt), decision.at, job);
  return { ...record, retryAt: decision.at };
}

function summary(ticketId: number, record: TriageRecord): string {
  const done = record.done.join(', ') || 'nothing';
  const problems = Object.entries(record.errors).map(([step, e]) => `${step}: ${e?.kind} (${e?.message})`);
  const when = record.retryAt ? ` until ${new Date(record.retryAt).toISOString()}` : '';
  const tail = problems.length ? `; ${problems.join('; ')}` : '';
  return `ticket ${ticketId}: triage ${record.status}${when} after attempt ${record.attempt}; done: ${done}; ${record.requests} requests${tail}`;
}

/** Answers the record as saved (or as it would have been, when the save failed). */
export async function finishTriage(deps: FinishDeps, ticketId: number, run: TriageRun): Promise<TriageRecord> {
  let record = run.record;
  if (record.status === 'deferred') {
    try {
      record = await scheduleRetry(deps, ticketId, record, run.retryCause);
    } catch (error) {
      deps.log.error(`ticket ${ticketId}: could not schedule the triage retry (${error instanceof Error ? error.message : String(error)}); the sidebar's Retry resumes it`);
    }
  }
  try {
    await deps.store.merge(ticketRecordKey(ticketId), { v: 1, ticketId, triage: record });
  } catch (error) {
    deps.log.error(`ticket ${ticketId}: could not save the triage record (${error instanceof Error ? error.message : String(error)})`);
  }
  const line = summary(ticketId, record);
  if (record.status === 'failed') deps.log.error(line);
  else deps.log.info(line);
  return record;
}
