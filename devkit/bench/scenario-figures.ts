import { round2, type Figure } from './budgets';
import type { ScenarioResults } from './measure-scenarios';

const ISSUE = 'issue 11 (job lifecycle)';
/** The issue reports these per-ticket costs without a bar of its own. */
const REPORTED = Number.POSITIVE_INFINITY;

export function scenarioFigures(s: ScenarioResults): Figure[] {
  const { burst1000: b1, burst2000: b2 } = s;
  return [
    { name: 'burst_1000_lost', value: b1.lost, budget: 0, source: ISSUE },
    { name: 'burst_2000_lost', value: b2.lost, budget: 0, source: ISSUE },
    { name: 'burst_duplicate_notes', value: b1.duplicateNotes + b2.duplicateNotes, budget: 0, source: ISSUE },
    // The slower of the two drains; a burst that never drained counts 0.
    { name: 'burst_drain_ratio', value: round2(Math.min(b1.drainRatio, b2.drainRatio)), atLeast: 0.9, budget: REPORTED, source: ISSUE },
    { name: 'burst_requests_per_ticket', value: round2(b1.requestsPerTicket), budget: REPORTED, source: `${ISSUE}, 1,000-ticket burst` },
    // 50 KV ops a minute must keep up with 10 tickets a minute (50 requests at 5 each), or the store sets the pace.
    { name: 'burst_db_ops_per_ticket', value: round2(b1.kvOpsPerTicket), budget: 5, source: `${ISSUE}, derived from 50 KV ops/min` },
    { name: 'burst_entity_ops_per_ticket', value: round2(b1.entityOpsPerTicket), budget: 25, source: `${ISSUE}, derived from 250 entity ops/min` },
    { name: 'outage_converged_ratio', value: round2(s.outage.convergedRatio), atLeast: 1, budget: 1, source: ISSUE },
    { name: 'kill_resumed_ratio', value: round2(s.kills.resumedRatio), atLeast: 1, budget: 1, source: ISSUE },
    { name: 'race_duplicate_notes', value: s.races.duplicateNotes, budget: 0, source: ISSUE },
    { name: 'race_lost_tags', value: s.races.lostTags, budget: 0, source: ISSUE },
  ];
}
