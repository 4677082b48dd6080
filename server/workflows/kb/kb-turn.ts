/**
 * When the knowledge-base sync gets requests (issue 13: ticket work first): a pump run that took no ticket job gives
 * it the minute (a run that took some has spent the minute's requests and key-value ops on them), the 5-minute sweep
 * what the sweep left, and an admin's "Sync now" a pass at once. While a pass is open the pumps keep running, one
 * slice a minute. A due pass is started by a pump, not by the sweep: pumps fire only after the platform's 5-minute
 * lead, so a pass the sweep started would idle its first minutes; the sweep starts the pumps instead, and from the
 * pass's first slice on every minute has one.
 */
import type { Invocation } from '../invocation';
import type { JobKindDeps } from '../jobs/job-kinds';
import { startPumps } from '../jobs/start-pumps';
import { runKbSlice, type KbSliceReport } from './sync-knowledge-base';

/** The minute's template requests (docs/platform.md "Request templates: limits"). */
export const KB_MINUTE_BUDGET = 50;

export interface KbTurnOptions {
  /** Sync now: a pass starts even if the last one is recent. */
  force?: boolean;
  /** Whether this run may start a due pass (the sweep may not: it starts the pumps instead). */
  startPass?: boolean;
}

export async function kbTurn(inv: Invocation<JobKindDeps>, budget: number, { force = false, startPass = true }: KbTurnOptions = {}): Promise<KbSliceReport | undefined> {
  if (!inv.settings.feature_kb_sync) {
    if (force) inv.log.info('kb sync: switched off');
    return undefined;
  }
  if (budget <= 0) return undefined;
  const report = await runKbSlice(inv, budget, force, startPass);
  if (report.passDue || (!report.passFinished && report.requests > 0)) await startPumps(inv);
  return report;
}
