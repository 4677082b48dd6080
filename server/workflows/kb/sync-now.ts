/**
 * "Sync now" from the full-page app: a pass of the knowledge-base sync starts at once (or the open one goes on)
 * with the requests an SMI call can spend in its own minute, and the pumps carry it on. Answers where the sync
 * stands, as the page shows it.
 */
import { KB_STATUS_KEY } from '../../contracts/kb-records';
import type { Invocation } from '../invocation';
import type { JobKindDeps } from '../jobs/job-kinds';
import { kbTurn } from './kb-turn';

/** Fewer than the minute's 50: the request that invoked it and a ticket event in the same minute need some. */
export const SYNC_NOW_BUDGET = 30;

export async function syncKnowledgeBaseNow(inv: Invocation<JobKindDeps>): Promise<{ started: boolean; status: unknown }> {
  const report = await kbTurn(inv, SYNC_NOW_BUDGET, { force: true });
  return { started: report !== undefined, status: (await inv.store.get(KB_STATUS_KEY)) ?? null };
}
