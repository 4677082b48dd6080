/**
 * The sweep's part of the backlog: entries `running` past their lease belong to runs that were killed (the 20 s
 * limit, a crash, a restart); they go back to a ready lane with the same attempt, and the next run's claim takes
 * over the expired lease as attempt N+1. Then, if the backlog holds work, the pumps are started (a pending one
 * answers "exists"), so a pump lost to a refused schedule is replaced within 5 minutes.
 */
import { isReadyLane, type Lane } from '../../domain/jobs/lanes';
import type { BacklogEntry } from '../../ports';
import type { Invocation } from '../invocation';
import { reasonOf } from '../reason-of';
import { reconcileWithFreshdesk } from './reconcile';
import { readyLaneOf, type JobKindDeps } from './job-kinds';
import { startPumps } from './start-pumps';

/** Pages of the running lane read per sweep (20 entries each): more than the pumps can start in 5 minutes. */
const MAX_RUNNING_PAGES = 5;
/** Pages of the wait lane read per sweep. */
const MAX_WAIT_PAGES = 5;

export interface ReclaimReport {
  requeued: number;
  promoted: number;
  queued: boolean;
}

export async function reclaimBacklog(deps: JobKindDeps, known = false): Promise<ReclaimReport> {
  const now = deps.clock.now();
  let requeued = 0;
  let queued = known;
  let next: string | undefined;
  for (let page = 0; page < MAX_RUNNING_PAGES; page += 1) {
    const listed: { entries: BacklogEntry[]; next?: string } = await deps.backlog.lane('running', next);
    for (const entry of listed.entries.filter((e) => e.dueAt < now)) {
      const lane = readyLaneOf(entry);
      await deps.backlog.move(entry.id, { lane: (isReadyLane(lane) ? lane : 'u0') as Lane, dueAt: now, attempt: entry.attempt });
      requeued += 1;
    }
    if (listed.entries.length > 0) queued = true;
    next = listed.next;
    if (!next) break;
  }
  // `wait` entries whose time has come move to their ready lane: a pump reads one page of `wait` only.
  let promoted = 0;
  next = undefined;
  for (let page = 0; page < MAX_WAIT_PAGES; page += 1) {
    const listed: { entries: BacklogEntry[]; next?: string } = await deps.backlog.lane('wait', next);
    for (const entry of listed.entries.filter((e) => e.dueAt <= now)) {
      const lane = readyLaneOf(entry);
      // A waiting attempt keeps what it is expected to cost (a killed run's, above, is unknown).
      await deps.backlog.move(entry.id, { lane: (isReadyLane(lane) ? lane : 'u0') as Lane, dueAt: now, attempt: entry.attempt, ...(entry.cost === undefined ? {} : { cost: entry.cost }) });
      promoted += 1;
    }
    if (listed.entries.length > 0) queued = true;
    next = listed.next;
    if (!next) break;
  }
  if (!queued) queued = await deps.backlog.hasQueued();
  if (queued) await startPumps(deps);
  return { requeued, promoted, queued };
}

/** The sweep's backlog work; answers the template requests it spent and whether ticket work is queued. */
export async function sweepBacklog(inv: Invocation<JobKindDeps>): Promise<{ requests: number; busy: boolean }> {
  let found = 0;
  let requests = 0;
  let busy = true; // unknown until the backlog is read: ticket work first
  try {
    const report = await reconcileWithFreshdesk(inv);
    if (report) {
      found = report.queued;
      requests = report.requests;
      inv.log.info(`sweep: ${report.listed} tickets listed since the last pass, ${report.queued} untriaged queued`);
    }
  } catch (error) {
    inv.log.warn(`sweep: Freshdesk not reconciled (${reasonOf(error)}); the next pass tries again`);
    requests = 1; // at most its one list page: counted, so the sync's share of the minute is not overstated
  }
  try {
    const { requeued, promoted, queued } = await reclaimBacklog(inv, found > 0);
    busy = queued;
    const due = promoted > 0 ? `, ${promoted} due retries made ready` : '';
    inv.log.info(`sweep: ${requeued} expired runs re-queued${due}; backlog ${queued ? 'has work, pumps started' : 'empty'}`);
  } catch (error) {
    inv.log.warn(`sweep: backlog not reconciled (${reasonOf(error)})`);
  }
  return { requests, busy };
}
