/**
 * One job lifecycle, written once (the shape of probot/settings' Diffable: a base does the work, each feature
 * declares what differs). The base claims an attempt with a lease (claim.ts), keeps the job's backlog entry from
 * claim to finish (running → removed, or moved to a ready lane or `wait`), and runs the feature's steps. A
 * declaration says only what the job is (kind + subject), what it needs to resume (its input), how it runs from a
 * stored record, and when it is finished.
 */
import type { JobRecord } from '../../contracts/job-record';
import { LEASE_MS } from '../../domain/jobs/lease';
import { BUDGET_RETRY_MS } from '../../domain/retry-policy';
import type { ReadyLane } from '../../domain/jobs/lanes';
import { AppFailure } from '../../domain/errors';
import type { Backlog, BacklogEntry, Clock, KeyValueStore, Log, Scheduler } from '../../ports';
import { reasonOf } from '../reason-of';
import { claimAttempt } from './claim';
import type { NextAttempt } from './finish-job';
import { startPumps } from './start-pumps';
import type { Invocation } from '../invocation';

export interface LifecycleDeps {
  store: KeyValueStore;
  backlog: Backlog;
  scheduler: Scheduler;
  clock: Clock;
  log: Log;
}

/** How one run came to be: the event, the backlog (a pump or the sweep), or an agent's Retry. */
export type RunOrigin = 'event' | 'backlog' | 'retry';

export interface RunContext<S> {
  attempt: number;
  /** What `load` answered (read for every run but the event's first attempt). */
  stored: S | undefined;
  origin: RunOrigin;
  /** Sends the next attempt to the backlog (finish-job.ts calls it when work is left). */
  queue(next: NextAttempt): Promise<void>;
}

/** Why a job that failed for good does not run again on its own (`finished`'s answer). */
export const FAILED_FOR_GOOD = "failed for good; an agent's Retry runs it again";

/**
 * `R` is the job's record as a run saves it; `S` what is stored in its place, when that can be more than a job
 * record (QA's "not sampled").
 */
export interface JobDeclaration<I, R extends JobRecord<string>, D extends LifecycleDeps = LifecycleDeps, S extends object = R> {
  kind: string;
  /** Unique within the kind: "1001", "c3301", "1001:r<stamp>"; kind + subject ≤ 50 characters. */
  subject(input: I): string;
  label(input: I): string;
  /** The ready lane this job waits in: its urgency where known. */
  lane(input: I, stored: S | undefined): ReadyLane;
  /** Reads the job's input back from a backlog entry (undefined: not this kind's, or unreadable). */
  parse(raw: unknown): I | undefined;
  /**
   * The record in the job's place on the ticket record, as stored. It may be another job's of the same kind (a
   * later message's sentiment): `finished` and `run` tell them apart by the input.
   */
  load(deps: D, input: I): Promise<S | undefined>;
  /** Why no run is needed (done; superseded; failed for good unless an agent's Retry), or undefined. */
  finished(stored: S | undefined, origin: RunOrigin, input: I): string | undefined;
  /** Runs what is left as attempt `ctx.attempt` in this handler run; answers the record as saved. */
  run(inv: Invocation<D>, input: I, ctx: RunContext<S>): Promise<R>;
}

export const jobName = (kind: string, subject: string): string => `${kind}:${subject}`;

/** The attempt a stored record ran under (0 for none, or a form without one). */
const attemptOf = (stored: object | undefined): number => {
  const attempt = (stored as { attempt?: unknown } | undefined)?.attempt;
  return typeof attempt === 'number' ? attempt : 0;
};

export interface StartOptions {
  origin: RunOrigin;
  /** The backlog entry this run came from. */
  entry?: BacklogEntry;
}

/** Work that cannot even be claimed (the key-value store refused): straight into a ready lane. */
async function queueUnclaimed<I, R extends JobRecord<string>, D extends LifecycleDeps, S extends object>(deps: D, decl: JobDeclaration<I, R, D, S>, input: I, cause: AppFailure): Promise<void> {
  const name = jobName(decl.kind, decl.subject(input));
  try {
    await deps.backlog.add({ job: name, lane: decl.lane(input, undefined), dueAt: deps.clock.now(), attempt: 1, input });
    deps.log.info(`${decl.label(input)} queued before it started (${cause.message})`);
    await startPumps(deps);
  } catch (error) {
    // Both stores refused: the reconciling sweep finds the ticket in Freshdesk's list.
    deps.log.error(`${decl.label(input)} neither started nor queued (${cause.message}; ${reasonOf(error)}); the sweep will find it`);
  }
}

/**
 * Claims and runs one job. Answers the record as saved, or undefined when nothing ran (said in the log).
 */
export async function startJob<I, R extends JobRecord<string>, D extends LifecycleDeps, S extends object = R>(
  inv: Invocation<D>,
  decl: JobDeclaration<I, R, D, S>,
  input: I,
  options: StartOptions,
): Promise<R | undefined> {
  const label = decl.label(input);
  const name = jobName(decl.kind, decl.subject(input));
  let stored: S | undefined;
  let loaded = false;
  const load = async () => {
    if (!loaded) stored = await decl.load(inv, input);
    loaded = true;
    return stored;
  };
  let entryId = options.entry?.id;
  const from = options.entry?.attempt ?? (options.origin === 'retry' ? attemptOf(await load()) + 1 : 1);
  let claim;
  try {
    claim = await claimAttempt(inv, { kind: decl.kind, subject: decl.subject(input), from, finished: async () => decl.finished(await load(), options.origin, input) });
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error;
    // From the backlog the entry is still there (ready): the next pump takes it again.
    if (!options.entry) await queueUnclaimed(inv, decl, input, error);
    else inv.log.info(`${label}: not claimed (${error.message}); stays queued`);
    return undefined;
  }
  // A free claim says nothing about the record: a run that reads it anyway (all but the event's first) asks too,
  // so a queued job that another finished or superseded meanwhile ends here, for no extra op.
  let skip = claim.claimed ? undefined : claim.reason;
  if (claim.claimed && (claim.attempt > 1 || options.origin !== 'event')) {
    try {
      skip = decl.finished(await load(), options.origin, input);
    } catch (error) {
      if (!(error instanceof AppFailure)) throw error;
      // The attempt is ours but its record cannot be read now (the store's minute is spent): nothing ran, so the
      // next attempt goes back to a ready lane for the next pump run. Attempts only go up.
      const next = { lane: decl.lane(input, undefined), dueAt: inv.clock.now() + BUDGET_RETRY_MS, attempt: claim.attempt + 1 };
      try {
        if (entryId) await inv.backlog.move(entryId, next);
        else await inv.backlog.add({ job: name, ...next, input });
        if (options.origin !== 'backlog') await startPumps(inv);
        inv.log.info(`${label}: record not read (${error.message}); attempt ${next.attempt} queued`);
      } catch (queueing) {
        inv.log.warn(`${label}: record not read (${error.message}) and not queued (${reasonOf(queueing)}); the sweep finds it`);
      }
      return undefined;
    }
  }
  if (!claim.claimed || skip !== undefined) {
    inv.log.info(`${label}: not run (${skip}); ${options.origin === 'event' ? 'duplicate delivery skipped' : 'skipped'}`);
    // An entry of a finished job, or a duplicate of a live run's (which has its own), is done with.
    if (entryId) await inv.backlog.remove(entryId).catch((error) => inv.log.warn(`${label}: backlog entry ${entryId} not removed (${reasonOf(error)})`));
    return undefined;
  }
  const attempt = claim.attempt;
  // From claim to finish the job has an entry: a run killed now is found by the sweep once its lease ends.
  const running = { lane: 'running' as const, dueAt: inv.clock.now() + LEASE_MS, attempt };
  try {
    if (entryId) await inv.backlog.move(entryId, running);
    else entryId = await inv.backlog.add({ job: name, ...running, input });
  } catch (error) {
    inv.log.warn(`${label}: backlog entry not written (${reasonOf(error)}); runs anyway`);
  }
  let queued = false;
  const queue = async (next: NextAttempt) => {
    const to = { lane: next.ready ? decl.lane(input, stored) : ('wait' as const), dueAt: next.at, attempt: next.attempt, ...(next.cost === undefined ? {} : { cost: next.cost }) };
    // An entry a duplicate removed meanwhile is written anew: the next attempt must not be left without one.
    const moved = entryId ? await inv.backlog.move(entryId, to).then(() => true, () => false) : false;
    if (!moved) entryId = await inv.backlog.add({ job: name, ...to, input });
    queued = true;
    // A pending pump answers "exists": queuing work is what starts the pumps.
    if (options.origin !== 'backlog') await startPumps(inv);
  };
  const record = await decl.run(inv, input, { attempt, stored, origin: options.origin, queue });
  if (record.status !== 'deferred' && entryId) {
    await inv.backlog.remove(entryId).catch((error) => inv.log.warn(`${label}: backlog entry ${entryId} not removed (${reasonOf(error)}); the sweep removes it`));
  } else if (record.status === 'deferred' && !queued) {
    inv.log.warn(`${label}: next attempt not queued; the sweep re-queues it when its lease ends`);
  }
  return record;
}
