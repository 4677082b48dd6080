import { average, round2, type Figure } from './budgets';
import type { LifecycleRow } from './measure-lifecycle';

const ISSUE = 'issue 6 (replies, resolution)';
const KV_SOURCE = 'issue 11, the key-value store 50 ops/min shared';
const ENTITY_SOURCE = 'issue 11, the entity store 250 ops/min';
/** A job's normal path: its claim, the caches it reads, its record (triage's create_db_ops is 3). */
const KV_OPS_PER_JOB = 5;
/** The backlog entry from claim to finish: written, then removed. */
const ENTITY_OPS_PER_JOB = 2;

export function lifecycleFigures(rows: readonly LifecycleRow[]): Figure[] {
  const avg = (pick: (r: LifecycleRow) => number) => round2(average(rows.map(pick)));
  return [
    { name: 'reply_requests', value: avg((r) => r.reply), budget: 2, source: ISSUE },
    { name: 'reply_escalated_requests', value: avg((r) => r.escalatedReply), budget: 4, source: ISSUE },
    { name: 'resolution_requests', value: avg((r) => r.resolution), budget: 3, source: ISSUE },
    { name: 'lifecycle_requests', value: avg((r) => r.create + r.reply + r.resolution), budget: 10, source: ISSUE },
    // The key-value store's 50 ops a minute are shared by every claim, record and cache (ADR 0005's cost table).
    { name: 'reply_db_ops', value: avg((r) => r.kvOps.reply), budget: KV_OPS_PER_JOB, source: KV_SOURCE },
    { name: 'reply_escalated_db_ops', value: avg((r) => r.kvOps.escalatedReply), budget: KV_OPS_PER_JOB, source: KV_SOURCE },
    { name: 'resolution_db_ops', value: avg((r) => r.kvOps.resolution), budget: KV_OPS_PER_JOB, source: KV_SOURCE },
    { name: 'reply_entity_ops', value: avg((r) => r.entityOps.reply), budget: ENTITY_OPS_PER_JOB, source: ENTITY_SOURCE },
    { name: 'resolution_entity_ops', value: avg((r) => r.entityOps.resolution), budget: ENTITY_OPS_PER_JOB, source: ENTITY_SOURCE },
    { name: 'lifecycle_not_done', value: rows.filter((r) => !r.allDone).length, budget: 0, source: 'bench validity' },
  ];
}
