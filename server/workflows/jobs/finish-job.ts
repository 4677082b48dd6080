/**
 * After a job run: queue the next attempt if work is left (before saving, so a failed save still has its next
 * attempt), save the record for the sidebar in one `$db` write, and log one line.
 */
import type { JobRecord, StepError } from '../../contracts/job-record';
import { BUDGET_RETRY_MS, givenUp, planRetry } from '../../domain/retry-policy';
import type { AppError } from '../../domain/errors';
import type { Clock, KeyValueStore, Log } from '../../ports';
import type { JobRun } from './run-stages';

export interface FinishDeps {
  store: KeyValueStore;
  clock: Clock;
  log: Log;
}

/** How one job is named, queued and saved. */
export interface JobIdentity {
  /** e.g. "ticket 1001: triage" — the start of every log line. */
  label: string;
  /** Spreads the retries of a burst over time (domain/retry-policy.ts): the ticket or conversation id. */
  spreadKey: number;
  /** The `$db` record and the top-level attributes to set in it. */
  recordKey: string;
  saveAs(record: JobRecord<string>): object;
  /** What a finished job came to, when "done" alone would mislead (e.g. "nothing to score yet"). */
  outcome?(record: JobRecord<string>): string | undefined;
  /** Template requests the next attempt of this saved record would spend, when the job kind can tell. */
  requestsLeft?(record: JobRecord<string>): number;
  /**
   * Sends the next attempt to the backlog (jobs/lifecycle.ts RunContext.queue): `ready` when the platform's own
   * budget refused (try again next minute), else due at `at`.
   */
  queue(next: NextAttempt): Promise<void>;
}

export interface NextAttempt {
  attempt: number;
  at: number;
  ready: boolean;
  /** What the attempt is expected to spend in template requests (a pump plans its minute with it). */
  cost?: number;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Queues the next attempt, or gives up (too old, or nothing retryable): answers the record to save. */
export async function scheduleRetry<R extends JobRecord<string>>(deps: FinishDeps, id: JobIdentity, record: R, cause: AppError | undefined): Promise<R> {
  const error = cause ?? { kind: 'timeout' as const, step: 'job', message: 'ran out of handler time' };
  const cost = id.requestsLeft?.(record);
  const withCost = cost === undefined ? {} : { cost };
  const decision = planRetry({ error, attempt: record.attempt, firstSeenAt: record.firstSeenAt, now: deps.clock.now(), spreadKey: id.spreadKey });
  if (!decision.retry) {
    const errors = Object.fromEntries(Object.entries(record.errors).map(([step, e]) => [step, e && givenUp(e as StepError, record.attempt)]));
    const { retryAt: _dropped, ...rest } = record;
    return { ...rest, status: 'failed', errors } as R;
  }
  await id.queue({ attempt: decision.attempt, at: decision.at, ready: decision.ready, ...withCost });
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

async function queueUnsaved<R extends JobRecord<string>>(deps: FinishDeps, id: JobIdentity, record: R): Promise<R> {
  const at = deps.clock.now() + BUDGET_RETRY_MS;
  try {
    await id.queue({ attempt: record.attempt + 1, at, ready: true });
    return { ...record, status: 'deferred', retryAt: at };
  } catch (error) {
    deps.log.error(`${id.label}: could not queue the attempt that records it (${describe(error)}); the sweep re-queues it when its lease ends`);
    return record;
  }
}

/** Answers the record as saved (or as it would have been, when the save failed). */
export async function finishJob<R extends JobRecord<string>>(deps: FinishDeps, id: JobIdentity, run: JobRun<R>): Promise<R> {
  let record = run.record;
  if (record.status === 'deferred') {
    try {
      record = await scheduleRetry(deps, id, record, run.retryCause);
    } catch (error) {
      deps.log.error(`${id.label}: could not queue the next attempt (${describe(error)}); the sweep re-queues it when its lease ends`);
    }
  }
  try {
    await deps.store.merge(id.recordKey, id.saveAs(record));
  } catch (error) {
    deps.log.error(`${id.label}: could not save the record (${describe(error)})`);
    // Finished but not recorded, the sidebar would show the last saved state for good: a next attempt records it
    // (done steps are repeated only as far as they are idempotent: the update merges, the note is looked for).
    if (record.status !== 'deferred') record = await queueUnsaved(deps, id, record);
  }
  const line = summary(id, record);
  if (record.status === 'failed') deps.log.error(line);
  else deps.log.info(line);
  return record;
}
