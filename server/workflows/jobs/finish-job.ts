/**
 * After a job run: schedule the retry if work is left (before saving, so a failed save still has its retry),
 * save the record for the sidebar in one `$db` write, and log one line.
 */
import type { JobRecord, StepError } from '../../contracts/job-record';
import { planRetry } from '../../domain/deferral';
import type { AppError } from '../../domain/errors';
import type { Clock, KeyValueStore, Log, Scheduler } from '../../ports';
import type { JobRun } from './run-stages';

export interface FinishDeps {
  store: KeyValueStore;
  scheduler: Scheduler;
  clock: Clock;
  log: Log;
}

/** How one job is named, scheduled and saved. */
export interface JobIdentity {
  /** e.g. "ticket 1001: triage" — the start of every log line. */
  label: string;
  /** Spreads the retries of a burst (design-notes.md §3): the ticket or conversation id. */
  spreadKey: number;
  /** Unique per installation and ≤ 30 characters (fdk-platform.md §4.11). */
  scheduleName(attempt: number): string;
  /** What the retry's onScheduledEvent receives (≤ 4 KB, fdk-platform.md §4.11). */
  scheduleData(attempt: number, firstSeenAt: number): object;
  /** The `$db` record and the top-level attributes to set in it. */
  recordKey: string;
  saveAs(record: JobRecord<string>): object;
  /** What a finished job came to, when "done" alone would mislead (e.g. "nothing to score yet"). */
  outcome?(record: JobRecord<string>): string | undefined;
  /**
   * Where the next attempt goes, for jobs on the backlog (jobs/lifecycle.ts): `ready` when the platform's own budget
   * refused (try again next minute), else due at `at`. Without it, a one-time schedule named scheduleName.
   */
  queue?(next: NextAttempt): Promise<void>;
}

export interface NextAttempt {
  attempt: number;
  at: number;
  ready: boolean;
}

/** The platform's budget refused a call: nothing reached the service, so no backoff; the next pump run takes it. */
const BUDGET_RETRY_MS = 60_000;

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Schedules the next attempt, or gives up (too old, or nothing retryable): answers the record to save. */
export async function scheduleRetry<R extends JobRecord<string>>(deps: FinishDeps, id: JobIdentity, record: R, cause: AppError | undefined): Promise<R> {
  const error = cause ?? { kind: 'timeout' as const, step: 'job', message: 'ran out of handler time' };
  if (id.queue && error.byPlatform) {
    const at = deps.clock.now() + BUDGET_RETRY_MS;
    await id.queue({ attempt: record.attempt + 1, at, ready: true });
    return { ...record, retryAt: at };
  }
  const decision = planRetry({ error, attempt: record.attempt, firstSeenAt: record.firstSeenAt, now: deps.clock.now(), spreadKey: id.spreadKey });
  if (!decision.retry) {
    // Each step keeps its own cause: only those still open are marked as given up.
    const gaveUp = (e: StepError): StepError => (e.retryable ? { ...e, retryable: false, message: `gave up after ${record.attempt} attempts: ${e.message}` } : e);
    const errors = Object.fromEntries(Object.entries(record.errors).map(([step, e]) => [step, e && gaveUp(e as StepError)]));
    const { retryAt: _dropped, ...rest } = record;
    return { ...rest, status: 'failed', errors } as R;
  }
  if (id.queue) await id.queue({ attempt: decision.attempt, at: decision.at, ready: false });
  else await deps.scheduler.scheduleOnce(id.scheduleName(decision.attempt), decision.at, id.scheduleData(decision.attempt, record.firstSeenAt));
  return { ...record, retryAt: decision.at };
}

function summary(id: JobIdentity, record: JobRecord<string>): string {
  const done = record.done.join(', ') || 'nothing';
  const problems = Object.entries(record.errors).map(([step, e]) => `${step}: ${e?.kind} (${e?.message})`);
  const when = record.status === 'deferred' && record.retryAt ? ` until ${new Date(record.retryAt).toISOString()}` : '';
  const tail = problems.length ? `; ${problems.join('; ')}` : '';
  const outcome = id.outcome?.(record);
  return `${id.label} ${record.status}${outcome ? ` (${outcome})` : ''}${when} after attempt ${record.attempt}; done: ${done}; ${record.requests} requests${tail}`;
}

/** Answers the record as saved (or as it would have been, when the save failed). */
export async function finishJob<R extends JobRecord<string>>(deps: FinishDeps, id: JobIdentity, run: JobRun<R>): Promise<R> {
  let record = run.record;
  if (record.status === 'deferred') {
    try {
      record = await scheduleRetry(deps, id, record, run.retryCause);
    } catch (error) {
      deps.log.error(`${id.label}: could not schedule the retry (${describe(error)}); the sidebar's Retry resumes it`);
    }
  }
  try {
    await deps.store.merge(id.recordKey, id.saveAs(record));
  } catch (error) {
    deps.log.error(`${id.label}: could not save the record (${describe(error)})`);
  }
  const line = summary(id, record);
  if (record.status === 'failed') deps.log.error(line);
  else deps.log.info(line);
  return record;
}
