/**
 * What the QA and sentiment jobs add to the rolling quality record (contracts/quality-record.ts): pure, bounded in
 * size (scores to 2 decimals, at most 5 trigger words, names cut), so 200 results and 100 escalations stay near
 * 30 KB.
 */
import type { StoredEscalation, StoredQaResult } from '../../contracts/quality-record';

const NAME_MAX = 80;
const TRIGGERS_KEPT = 5;
const TRIGGER_MAX = 40;

const score = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
const seconds = (ms: number): number => Math.floor(ms / 1000);
const named = (name: string | undefined): { n?: string } => {
  const trimmed = name?.trim().slice(0, NAME_MAX);
  return trimmed ? { n: trimmed } : {};
};

export interface ScoredAgent {
  id?: number | null;
  name?: string;
}

export function qaResultEntry(evaluation: { overall: number; dimensions: Record<string, number> }, nowMs: number, agent: ScoredAgent): StoredQaResult {
  const d: Record<string, number> = {};
  for (const [name, value] of Object.entries(evaluation.dimensions)) d[name.slice(0, NAME_MAX)] = score(value);
  return { t: seconds(nowMs), o: score(evaluation.overall), d, ...(agent.id == null ? {} : { a: agent.id }), ...named(agent.name) };
}

export function escalationEntry(result: { escalationRisk: number; triggers: readonly string[] }, nowMs: number, contactId: number, customer?: string): StoredEscalation {
  const w = result.triggers.slice(0, TRIGGERS_KEPT).map((word) => word.slice(0, TRIGGER_MAX));
  return { t: seconds(nowMs), r: score(result.escalationRisk), w, c: contactId, ...named(customer) };
}
