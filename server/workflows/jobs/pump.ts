/**
 * A pump run (domain/jobs/pumps.ts): takes the due entries of the backlog, most urgent lane first, as many as fit
 * the minute's request budget, and runs them through the lifecycle concurrently (each starts its stages only with
 * handler time to finish them). Then, while work is left, the pump makes itself again. Costs one entity page per
 * lane looked at, plus per job: 2 entity ops (running, then removed or moved) and its own `$db` ops.
 */
import type { Settings } from '../../contracts/iparams';
import { READY_LANES, type Lane } from '../../domain/jobs/lanes';
import { JOB_COST, planPumpRun, PUMP_REQUEST_BUDGET } from '../../domain/jobs/pumps';
import { CONTACT_FIELDS_CACHE_KEY } from '../../contracts/sentiment-record';
import { SCHEMA_CACHE_KEY } from '../../contracts/store-records';
import { readBatch, type TicketRead } from './batch-read';
import { withSharedReads } from './shared-reads';
import type { BacklogEntry } from '../../ports';
import { startPumps } from './start-pumps';
import { reasonOf } from '../reason-of';
import { runQueued, ticketReadOf, type JobKindDeps } from './job-kinds';

/** Read once per run by every job that needs them (shared-reads.ts). */
const SHARED_KEYS = [SCHEMA_CACHE_KEY, CONTACT_FIELDS_CACHE_KEY];

const kindOf = (entry: BacklogEntry) => entry.job.slice(0, Math.max(0, entry.job.indexOf(':')));

/** Lane order: most urgent first, then the `wait` entries whose time has come. */
const LANES: readonly Lane[] = [...READY_LANES, 'wait'];
/**
 * Pages of a ready lane one run reads at most (the entity store pages 20 records in no useful order): a larger
 * sample of the lane, so that more of the run's jobs are on the one list page that reads their tickets.
 */
const PAGES_PER_LANE = 3;
/** Enough candidates for one run: ~10 triage jobs a minute, a sample several times that. */
const CANDIDATES = 60;

interface Due {
  entry: BacklogEntry;
  rank: number;
}

async function dueEntries(deps: JobKindDeps): Promise<{ due: Due[]; more: boolean }> {
  const now = deps.clock.now();
  const due: Due[] = [];
  let more = false;
  for (const [rank, lane] of LANES.entries()) {
    let next: string | undefined;
    for (let pages = 0; pages < (lane === 'wait' ? 1 : PAGES_PER_LANE) && due.length < CANDIDATES; pages += 1) {
      const page = await deps.backlog.lane(lane, next);
      if (page.entries.length > 0) more = true;
      due.push(...page.entries.filter((e) => lane !== 'wait' || e.dueAt <= now).map((entry) => ({ entry, rank })));
      next = page.next;
      if (!next) break;
    }
  }
  return { due, more };
}

/**
 * The run's order: lane first (urgency); within a lane, jobs whose ticket the list page read first (they cost a
 * request less), then the tickets that changed least recently (fair), then by due time.
 */
function runOrder(due: readonly Due[], onPage: (e: BacklogEntry) => boolean): BacklogEntry[] {
  const key = (d: Due) => [d.rank, onPage(d.entry) ? 0 : 1, ticketReadOf(d.entry)?.updatedAt ?? d.entry.dueAt, d.entry.dueAt];
  const compare = (a: Due, b: Due) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i += 1) if (ka[i] !== kb[i]) return (ka[i] as number) - (kb[i] as number);
    return 0;
  };
  return [...due].sort(compare).map((d) => d.entry);
}

export async function runPump(deps: JobKindDeps, settings: Settings, slot: number): Promise<void> {
  // The handler's 20 s count from here for every job it runs (each stage starts only with handler time to finish it).
  const startedAt = deps.clock.now();
  let listed;
  try {
    listed = await dueEntries(deps);
  } catch (error) {
    deps.log.warn(`pump ${slot}: backlog not read (${reasonOf(error)}); tries again in 5 minutes`);
    await startPumps(deps, slot);
    return;
  }
  // One entry a job: a duplicate entry of the same job waits for the next run.
  const seen = new Set<string>();
  const unique = listed.due.filter((d) => !seen.has(d.entry.job) && seen.add(d.entry.job));
  // The candidates' tickets with one list page (when two or more are to read), before choosing: those on it go first.
  const batch = await readBatch(deps, unique.map((d) => ticketReadOf(d.entry)).filter((r): r is TicketRead => r !== undefined));
  const onPage = (e: BacklogEntry) => batch.found.has(ticketReadOf(e)?.ticketId ?? -1);
  const ordered = runOrder(unique, onPage);
  const plan = planPumpRun(ordered.map((e) => (JOB_COST[kindOf(e)] ?? 6) - (onPage(e) ? 1 : 0)), PUMP_REQUEST_BUDGET - batch.requests);
  const taken = ordered.slice(0, plan.count);
  const runDeps: JobKindDeps = { ...deps, helpdesk: batch.helpdesk, store: withSharedReads(deps.store, SHARED_KEYS) };
  const results = await Promise.allSettled(taken.map((entry) => runQueued(runDeps, settings, entry, startedAt)));
  const threw = results.filter((r) => r.status === 'rejected').length;
  const read = batch.requests ? `, ${taken.filter(onPage).length} of them read with one list page` : '';
  deps.log.info(`pump ${slot}: ${taken.length} of ${listed.due.length} due jobs run${read}${threw ? `, ${threw} failed unexpectedly` : ''}`);
  // Work left (or just run, and possibly deferred): keep pumping; an empty backlog lets the pumps stop.
  if (listed.due.length > taken.length) await startPumps(deps);
  else if (listed.more) await startPumps(deps, slot);
}
