/**
 * A pump run (domain/jobs/pumps.ts): takes the due entries of the backlog, most urgent lane first, as many as fit
 * the minute's request budget, and runs them through the lifecycle concurrently (each starts its stages only with
 * handler time to finish them). Then, while work is left, the pump makes itself again. Costs one entity page per
 * lane looked at, plus per job: 2 entity ops (running, then removed or moved) and its own `$db` ops.
 */
import type { Settings } from '../../contracts/iparams';
import { READY_LANES, type Lane } from '../../domain/jobs/lanes';
import { fitBudget, JOB_COST } from '../../domain/jobs/pumps';
import type { BacklogEntry } from '../../ports';
import { startPumps } from './start-pumps';
import { reasonOf } from '../reason-of';
import { runQueued, type JobKindDeps } from './job-kinds';

const kindOf = (entry: BacklogEntry) => entry.job.slice(0, Math.max(0, entry.job.indexOf(':')));

/** Due entries, most urgent lane first, then the `wait` entries whose time has come: one page a lane. */
async function dueEntries(deps: JobKindDeps): Promise<{ due: BacklogEntry[]; more: boolean }> {
  const now = deps.clock.now();
  const due: BacklogEntry[] = [];
  let more = false;
  for (const lane of [...READY_LANES, 'wait'] as Lane[]) {
    const page = await deps.backlog.lane(lane);
    const ready = page.entries.filter((e) => lane !== 'wait' || e.dueAt <= now).sort((a, b) => a.dueAt - b.dueAt);
    due.push(...ready);
    if (page.entries.length > 0) more = true;
  }
  return { due, more };
}

export async function runPump(deps: JobKindDeps, settings: Settings, slot: number): Promise<void> {
  // The handler's 20 s count from here for every job it runs (each stage starts only with time to finish).
  const startedAt = deps.clock.now();
  let listed;
  try {
    listed = await dueEntries(deps);
  } catch (error) {
    deps.log.warn(`pump ${slot}: backlog not read (${reasonOf(error)}); tries again in 5 minutes`);
    await startPumps(deps, slot, slot);
    return;
  }
  // One entry a job: a duplicate entry of the same job waits for the next run.
  const seen = new Set<string>();
  const unique = listed.due.filter((e) => !seen.has(e.job) && seen.add(e.job));
  const taken = fitBudget(unique, (e) => JOB_COST[kindOf(e)] ?? 6);
  const results = await Promise.allSettled(taken.map((entry) => runQueued(deps, settings, entry, startedAt)));
  const threw = results.filter((r) => r.status === 'rejected').length;
  deps.log.info(`pump ${slot}: ${taken.length} of ${listed.due.length} due jobs run${threw ? `, ${threw} failed unexpectedly` : ''}`);
  // Work left (or just run, and possibly deferred): keep pumping; an empty backlog lets the pumps stop.
  if (listed.due.length > taken.length) await startPumps(deps, slot);
  else if (listed.more) await startPumps(deps, slot, slot);
}
