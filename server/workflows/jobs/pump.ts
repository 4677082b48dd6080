/**
 * A pump run (domain/jobs/pumps.ts): takes the due entries of the backlog, most urgent lane first, as many as fit
 * the minute's request budget, and runs them through the lifecycle concurrently (each starts its stages only with
 * handler time to finish them). Then, while work is left, the pump makes itself again. Costs one entity page per
 * lane looked at, plus per job: 2 entity ops (running, then removed or moved) and its own `$db` ops.
 */
import type { Invocation } from '../invocation';
import { READY_LANES, type Lane, type ReadyLane } from '../../domain/jobs/lanes';
import { carriesTriage, chunks, missedTriageEntry } from '../../domain/jobs/reconcile';
import { reconcileFloor } from './reconcile';
import { JOB_COST, planPumpRun, PUMP_REQUEST_BUDGET } from '../../domain/jobs/pumps';
import { CONTACT_FIELDS_CACHE_KEY } from '../../contracts/sentiment-record';
import { SCHEMA_CACHE_KEY } from '../../contracts/store-records';
import { readBatch, type RankedRead } from './batch-read';
import { withSharedReads } from './shared-reads';
import type { BacklogEntry, TicketSnapshot } from '../../ports';
import { jobName } from './lifecycle';
import { startPumps } from './start-pumps';
import { kbTurn } from '../kb/kb-turn';
import { reasonOf } from '../reason-of';
import { kindOf, runQueued, ticketReadOf, type JobKindDeps } from './job-kinds';

/** Read once per run by every job that needs them (shared-reads.ts). */
const SHARED_KEYS = [SCHEMA_CACHE_KEY, CONTACT_FIELDS_CACHE_KEY];

/** Lane order: most urgent first, then the `wait` entries whose time has come. */
const LANES: readonly Lane[] = [...READY_LANES, 'wait'];
interface Due {
  entry: BacklogEntry;
  rank: number;
}

const isDue = (entry: BacklogEntry, now: number) => entry.lane !== 'running' && (entry.lane !== 'wait' || entry.dueAt <= now);

/**
 * Due entries: one page (20) a lane, most urgent first, then the `wait` entries whose time has come; and the
 * work begun and left cheap (a note cut at a minute's end), wherever the lanes' pages would not show it.
 */
async function dueEntries(deps: JobKindDeps): Promise<{ due: Due[]; more: boolean }> {
  const now = deps.clock.now();
  const due: Due[] = [];
  let more = false;
  for (const [rank, lane] of LANES.entries()) {
    const page = await deps.backlog.lane(lane);
    if (page.entries.length > 0) more = true;
    due.push(...page.entries.filter((e) => isDue(e, now)).map((entry) => ({ entry, rank })));
  }
  const begun = await deps.backlog.begun();
  due.push(...begun.filter((e) => isDue(e, now)).map((entry) => ({ entry, rank: LANES.indexOf(entry.lane) })));
  return { due, more: more || begun.length > 0 };
}

/** Untriaged tickets of the list page whose entries a run looks up: two runs' worth, one `$or` query per 10. */
const PAGE_LOOKUPS = 20;

/**
 * The ready entries of the page's tickets still waiting for triage. A lane page is 20 entries in the entity
 * store's own order, scattered over the backlog; the list page holds the least recently changed tickets, whose
 * entries are found by name — so the run's jobs are the ones the page already read. A ticket created since the
 * install with neither triage's tags nor an entry was missed (its event found every store refused): it is queued
 * here, as the sweep would, and runs with the others.
 */
async function pageEntries(deps: JobKindDeps, tickets: readonly TicketSnapshot[], known: ReadonlySet<string>): Promise<Due[]> {
  const waiting = tickets.filter((t) => !carriesTriage(t.tags) && !known.has(jobName('triage', String(t.id)))).slice(0, PAGE_LOOKUPS);
  const found: Due[] = [];
  const missed: TicketSnapshot[] = [];
  try {
    for (const group of chunks(waiting)) {
      const entries = await deps.backlog.findJobs(group.map((t) => jobName('triage', String(t.id))));
      for (const entry of entries) {
        const rank = READY_LANES.indexOf(entry.lane as ReadyLane);
        if (rank >= 0) found.push({ entry, rank });
      }
      const queued = new Set(entries.map((e) => e.job));
      missed.push(...group.filter((t) => !queued.has(jobName('triage', String(t.id)))));
    }
    if (missed.length > 0) found.push(...(await queueMissed(deps, missed)));
  } catch (error) {
    deps.log.info(`pump: entries of the listed tickets not looked up (${reasonOf(error)}); the lanes' pages run`);
  }
  return found;
}

async function queueMissed(deps: JobKindDeps, tickets: readonly TicketSnapshot[]): Promise<Due[]> {
  const floor = await reconcileFloor(deps);
  if (floor === undefined) return [];
  const now = deps.clock.now();
  const queued: Due[] = [];
  for (const t of tickets.filter((ticket) => ticket.createdAt !== undefined && ticket.createdAt > floor)) {
    const entry = missedTriageEntry(t, now);
    queued.push({ entry: { ...entry, id: await deps.backlog.add(entry) }, rank: READY_LANES.indexOf(entry.lane) });
  }
  if (queued.length > 0) deps.log.info(`pump: ${queued.length} tickets the app had missed queued from the list page`);
  return queued;
}

/**
 * The run's order: lane first (urgency); within a lane, work a run began and left with its cost known (most often
 * a note cut at a minute's end: 1 request), then jobs whose ticket the list page read (they cost a request less),
 * then the tickets that changed least recently (fair), then by due time.
 */
function runOrder(due: readonly Due[], onPage: (e: BacklogEntry) => boolean): BacklogEntry[] {
  const key = (d: Due) => [d.rank, d.entry.cost === undefined ? 1 : 0, onPage(d.entry) ? 0 : 1, ticketReadOf(d.entry)?.updatedAt ?? d.entry.dueAt, d.entry.dueAt];
  const compare = (a: Due, b: Due) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i += 1) if (ka[i] !== kb[i]) return (ka[i] as number) - (kb[i] as number);
    return 0;
  };
  return [...due].sort(compare).map((d) => d.entry);
}

/** What a job is expected to spend: its entry's estimate, else its kind's usual; the page's read saves one. */
const plannedCost = (entry: BacklogEntry, onPage: boolean): number => Math.max(1, (entry.cost ?? JOB_COST[kindOf(entry)] ?? 6) - (onPage ? 1 : 0));

/** One pump run: its jobs share the run's 20 s (each stage starts only with handler time to finish it). */
export async function runPump(inv: Invocation<JobKindDeps>, slot: number): Promise<void> {
  let listed;
  try {
    listed = await dueEntries(inv);
  } catch (error) {
    inv.log.warn(`pump ${slot}: backlog not read (${reasonOf(error)}); tries again in 5 minutes`);
    await startPumps(inv, slot);
    return;
  }
  // The candidates' tickets with one list page (when two or more are to read); the page's other waiting tickets join.
  const reads = listed.due.flatMap((d): RankedRead[] => {
    const read = ticketReadOf(d.entry);
    return read ? [{ ...read, rank: d.rank }] : [];
  });
  const batch = await readBatch(inv, reads);
  const fromPage = await pageEntries(inv, batch.tickets, new Set(listed.due.map((d) => d.entry.job)));
  // One entry a job: a duplicate entry of the same job waits for the next run.
  const seen = new Set<string>();
  const unique = [...listed.due, ...fromPage].filter((d) => !seen.has(d.entry.job) && seen.add(d.entry.job));
  const onList = new Set(batch.tickets.map((t) => t.id));
  const onPage = (e: BacklogEntry) => onList.has(ticketReadOf(e)?.ticketId ?? -1);
  const ordered = runOrder(unique, onPage);
  const plan = planPumpRun(ordered.map((e) => plannedCost(e, onPage(e))), PUMP_REQUEST_BUDGET - batch.requests);
  const taken = ordered.slice(0, plan.count);
  const run: Invocation<JobKindDeps> = { ...inv, helpdesk: batch.helpdesk, store: withSharedReads(inv.store, SHARED_KEYS) };
  const results = await Promise.allSettled(taken.map((entry) => runQueued(run, entry)));
  const threw = results.filter((r) => r.status === 'rejected').length;
  const read = batch.requests ? `, ${taken.filter(onPage).length} of them read with one list page` : '';
  inv.log.info(`pump ${slot}: ${taken.length} of ${unique.length} due jobs run${read}${threw ? `, ${threw} failed unexpectedly` : ''}`);
  // Work left (or just run, and possibly deferred): keep pumping; an empty backlog lets the pumps stop.
  if (unique.length > taken.length) await startPumps(inv);
  else if (listed.more) await startPumps(inv, slot);
  // A minute no ticket job needed is the knowledge-base sync's (it keeps the pumps going while a pass is open).
  if (taken.length === 0) await kbTurn(inv, PUMP_REQUEST_BUDGET - batch.requests);

}
