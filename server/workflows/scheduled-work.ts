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
import { kbTurn, KB_MINUTE_BUDGET } from './kb/kb-turn';

const pumpJob = z.object({ kind: z.literal(PUMP_KIND), slot: z.int().check(z.minimum(0)) });

export async function runScheduledWork(inv: Invocation<JobKindDeps>, data: unknown): Promise<void> {
  if (isSweep(data)) {
    // Every 5 minutes: reconcile with Freshdesk, take over expired runs, keep the pumps going; then the KB sync.
    const { requests, busy } = await sweepBacklog(inv);
    // Ticket work first: while the backlog has any, the pumps spend the minutes and the sync waits.
    if (!busy) await kbTurn(inv, KB_MINUTE_BUDGET - requests, { startPass: false });
    return;
  }
  const pump = pumpJob.safeParse(data);
  if (pump.success) return runPump(inv, pump.data.slot);
  // The knowledge-base sync's own schedule (`kind: "kb-sync"`, or anything else a schedule may carry).
  await kbTurn(inv, KB_MINUTE_BUDGET);
}
