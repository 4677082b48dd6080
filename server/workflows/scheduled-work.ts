/**
 * What a scheduled event runs, by the `kind` its schedule carries: the recurring sweep, a backlog pump, a one-time
 * retry made before the backlog, and otherwise the knowledge-base sync (the recurring schedule is shared with it).
 */
import * as z from 'zod/mini';
import type { Invocation } from './invocation';
import { PUMP_KIND } from '../domain/jobs/pumps';
import { isSweep } from '../domain/schedules/sweep';
import type { JobKindDeps } from './jobs/job-kinds';
import { startJob, type StartOptions } from './jobs/lifecycle';
import { runPump } from './jobs/pump';
import { sweepBacklog } from './jobs/reclaim';
import { listKnowledgeBase } from './kb/list-knowledge-base';
import { qaDeclaration, qaInputSchema } from './qa/qa-job';
import { sentimentDeclaration, sentimentInputSchema } from './sentiment/sentiment-job';
import { sweep } from './schedules/sweep';
import { resumeTriage, triageInputSchema } from './triage/triage-ticket';

const pumpJob = z.object({ kind: z.literal(PUMP_KIND), slot: z.int().check(z.minimum(0)) });

type Dispatch = (inv: Invocation<JobKindDeps>, data: unknown) => Promise<boolean>;

/**
 * One-time retries made before the backlog (an installation may still hold some): their data is the job's input
 * with its `kind` and `attempt`, so each runs through the lifecycle from that attempt (attempts only go up).
 */
function earlierRetry<I>(kind: string, input: z.ZodMiniType<I>, start: (inv: Invocation<JobKindDeps>, input: I, options: StartOptions) => Promise<unknown>): Dispatch {
  const shape = z.object({ kind: z.literal(kind), attempt: z.int().check(z.positive()) });
  return async (inv, data) => {
    const job = shape.safeParse(data);
    const parsed = input.safeParse(data);
    if (!job.success || !parsed.success) return false;
    await start(inv, parsed.data, { origin: 'backlog', from: job.data.attempt });
    return true;
  };
}

/** The table of scheduled kinds: each answers false when the data is not its own. */
const KINDS: readonly Dispatch[] = [
  async (inv, data) => {
    const pump = pumpJob.safeParse(data);
    if (pump.success) await runPump(inv, pump.data.slot);
    return pump.success;
  },
  earlierRetry('triage', triageInputSchema, resumeTriage),
  earlierRetry('sentiment', sentimentInputSchema, (inv, input, options) => startJob(inv, sentimentDeclaration(), input, options)),
  earlierRetry('qa', qaInputSchema, (inv, input, options) => startJob(inv, qaDeclaration(), input, options)),
];

export async function runScheduledWork(inv: Invocation<JobKindDeps>, data: unknown): Promise<void> {
  if (isSweep(data)) {
    // Every 5 minutes: tidy the schedule index, reconcile with Freshdesk, take over expired runs, keep the pumps
    // going; then the knowledge-base sync's turn.
    await sweep(inv);
    await sweepBacklog(inv);
    return;
  }
  for (const kind of KINDS) if (await kind(inv, data)) return;
  await listKnowledgeBase(inv);
}
