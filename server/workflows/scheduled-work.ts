/**
 * What a scheduled event runs, by the `kind` its schedule carries: the recurring sweep, a backlog pump, and otherwise
 * the knowledge-base sync (the recurring schedule is shared with it).
 */
import * as z from 'zod/mini';
import type { Invocation } from './invocation';
import { PUMP_KIND } from '../domain/jobs/pumps';
import { isSweep } from '../domain/schedules/sweep';
import type { JobKindDeps } from './jobs/job-kinds';
import { runPump } from './jobs/pump';
import { sweepBacklog } from './jobs/reclaim';
import { listKnowledgeBase } from './kb/list-knowledge-base';

const pumpJob = z.object({ kind: z.literal(PUMP_KIND), slot: z.int().check(z.minimum(0)) });

export async function runScheduledWork(inv: Invocation<JobKindDeps>, data: unknown): Promise<void> {
  if (isSweep(data)) {
    // Every 5 minutes: reconcile with Freshdesk, take over expired runs, keep the pumps going.
    await sweepBacklog(inv);
    return;
  }
  const pump = pumpJob.safeParse(data);
  if (pump.success) return runPump(inv, pump.data.slot);
  await listKnowledgeBase(inv);
}
