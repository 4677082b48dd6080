import { average, round2, type Figure } from './budgets';
import type { LifecycleRow } from './measure-lifecycle';

const ISSUE = 'issue 6 (replies, resolution)';

export function lifecycleFigures(rows: readonly LifecycleRow[]): Figure[] {
  const avg = (pick: (r: LifecycleRow) => number) => round2(average(rows.map(pick)));
  return [
    { name: 'reply_requests', value: avg((r) => r.reply), budget: 2, source: ISSUE },
    { name: 'reply_escalated_requests', value: avg((r) => r.escalatedReply), budget: 4, source: ISSUE },
    { name: 'resolution_requests', value: avg((r) => r.resolution), budget: 3, source: ISSUE },
    { name: 'lifecycle_requests', value: avg((r) => r.create + r.reply + r.resolution), budget: 10, source: ISSUE },
    { name: 'lifecycle_not_done', value: rows.filter((r) => !r.allDone).length, budget: 0, source: 'bench validity' },
  ];
}
