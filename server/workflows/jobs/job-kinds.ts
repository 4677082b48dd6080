/**
 * The table of job kinds the backlog holds: each kind's declaration (jobs/lifecycle.ts) and how a queued entry of
 * it runs. onScheduledEvent's pumps and the sweep find a kind here by the prefix of the entry's job name.
 */
import type { Invocation } from '../invocation';
import type { JobRecord } from '../../contracts/job-record';
import type { BacklogEntry, WorkflowPorts } from '../../ports';
import { reasonOf } from '../reason-of';
import type { TicketRead } from './batch-read';
import { qaDeclaration } from '../qa/qa-job';
import { sentimentDeclaration } from '../sentiment/sentiment-job';
import { triageDeclaration, resumeTriage } from '../triage/triage-ticket';
import { startJob, type JobDeclaration, type StartOptions } from './lifecycle';

export type JobKindDeps = WorkflowPorts;

interface QueuedKind {
  /** 'unreadable' when the entry's input is not this kind's. */
  run(inv: Invocation<JobKindDeps>, entry: BacklogEntry): Promise<'ran' | 'unreadable'>;
  lane(entry: BacklogEntry): string | undefined;
  /** The ticket a run reads first, when a pump's shared list page can read it instead (batch-read.ts). */
  ticketRead?(entry: BacklogEntry): TicketRead | undefined;
}

type Start<I> = (inv: Invocation<JobKindDeps>, input: I, options: StartOptions) => Promise<unknown>;

/** A kind whose entries run through `start` (by default straight into the lifecycle with the kind's declaration). */
function queuedKind<I, R extends JobRecord<string>, S extends object>(declare: () => JobDeclaration<I, R, JobKindDeps, S>, start?: Start<I>): QueuedKind {
  const run: Start<I> = start ?? ((inv, input, options) => startJob(inv, declare(), input, options));
  return {
    async run(inv, entry) {
      const input = declare().parse(entry.input);
      if (!input) return 'unreadable';
      await run(inv, input, { origin: 'backlog', entry });
      return 'ran';
    },
    lane(entry) {
      const input = declare().parse(entry.input);
      return input ? declare().lane(input, undefined) : undefined;
    },
  };
}

export const JOB_KINDS: Readonly<Record<string, QueuedKind>> = {
  // Triage checks its switches first (resumeTriage), and its ticket can come from a pump's list page.
  triage: {
    ...queuedKind(() => triageDeclaration(), resumeTriage),
    ticketRead(entry) {
      const input = triageDeclaration().parse(entry.input);
      return input ? { ticketId: input.ticketId, ...(input.updatedAt === undefined ? {} : { updatedAt: input.updatedAt }) } : undefined;
    },
  },
  sentiment: queuedKind(() => sentimentDeclaration()),
  qa: queuedKind(() => qaDeclaration()),
};

/** The job kind an entry names: the prefix of its job name ("triage" of "triage:1001"). */
export const kindOf = (entry: BacklogEntry): string => entry.job.slice(0, Math.max(0, entry.job.indexOf(':')));

/** Runs one queued entry; an entry no kind can read is removed with one line (it would block nothing, but costs a page). */
export async function runQueued(inv: Invocation<JobKindDeps>, entry: BacklogEntry): Promise<void> {
  const kind = JOB_KINDS[kindOf(entry)];
  let outcome: 'ran' | 'unreadable' = 'unreadable';
  try {
    if (kind) outcome = await kind.run(inv, entry);
  } catch (error) {
    // Left in its lane: the sweep re-queues it when its lease ends.
    inv.log.error(`${entry.job}: run failed unexpectedly (${reasonOf(error)})`);
    return;
  }
  if (outcome === 'ran') return;
  inv.log.warn(`${entry.job}: backlog entry ${entry.id} unreadable; removed`);
  await inv.backlog.remove(entry.id).catch(() => undefined);
}

/** The ticket an entry's run reads first, when a shared list page can read it instead. */
export const ticketReadOf = (entry: BacklogEntry): TicketRead | undefined => JOB_KINDS[kindOf(entry)]?.ticketRead?.(entry);

/** The ready lane an entry goes back to (its urgency where its input says it). */
export const readyLaneOf = (entry: BacklogEntry): string => JOB_KINDS[kindOf(entry)]?.lane(entry) ?? 'u0';
