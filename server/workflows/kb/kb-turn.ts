/**
 * When the knowledge-base sync gets requests (issue 13: ticket work first): a pump run that took no ticket job gives
 * it the minute (a run that took some has spent the minute's requests and key-value ops on them), the 5-minute sweep
 * what the sweep left, and an admin's "Sync now" a pass at once. While a pass is open the pumps keep running, one
 * slice a minute.
 */
import type { Invocation } from '../invocation';
import type { JobKindDeps } from '../jobs/job-kinds';
import { startPumps } from '../jobs/start-pumps';
import { runKbSlice, type KbSliceReport } from './sync-knowledge-base';

/** The minute's template requests (docs/platform.md "Request templates: limits"). */
export const KB_MINUTE_BUDGET = 50;

export async function kbTurn(inv: Invocation<JobKindDeps>, budget: number, force = false): Promise<KbSliceReport | undefined> {
  if (!inv.settings.feature_kb_sync) {
    if (force) inv.log.info('kb sync: switched off');
    return undefined;
  }
  if (budget <= 0) return undefined;
  const report = await runKbSlice(inv, budget, force);
  if (!report.passFinished && report.requests > 0) await startPumps(inv);
  return report;
}
