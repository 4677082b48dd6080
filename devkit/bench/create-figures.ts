import { average, round2, type Figure } from './budgets';
import type { CreateRow } from './measure-create';

const ISSUE = 'issue 5 (onTicketCreate)';

export function createFigures(rows: readonly CreateRow[]): Figure[] {
  const avg = (pick: (r: CreateRow) => number) => round2(average(rows.map(pick)));
  return [
    { name: 'create_requests', value: avg((r) => r.requests), budget: 5, source: ISSUE },
    { name: 'create_freshdesk_gets', value: avg((r) => r.freshdeskGets), budget: 0.05, source: ISSUE },
    { name: 'create_serial_round_trips', value: avg((r) => r.serialRoundTrips), budget: 3, source: ISSUE },
    { name: 'create_db_ops', value: avg((r) => r.dbOps), budget: 3, source: ISSUE },
    { name: 'create_failed_requests', value: avg((r) => r.failedRequests), budget: 0, source: ISSUE },
    // Every measured ticket must have finished: figures of a run that deferred work would flatter the path.
    { name: 'create_not_done', value: rows.filter((r) => r.status !== 'done').length, budget: 0, source: 'bench validity' },
  ];
}
