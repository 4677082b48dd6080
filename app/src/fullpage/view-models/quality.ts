/**
 * The rolling quality record → the Quality section: the last results, an average per agent and per dimension, and
 * the open escalations. Pure; scores stay 0–1 here and are formatted by the components.
 */
import { QUALITY_RESULTS_KEPT } from '../../../../server/contracts/quality-record';
import type { OpenEscalation, QaResult, Quality } from '../contracts/kb-records';

/** As many as the server keeps at least (a zod-free contract: no server bytes beyond the number). */
export { QUALITY_RESULTS_KEPT } from '../../../../server/contracts/quality-record';

export interface Average {
  /** What the row is about: the agent's name or the dimension's. */
  name: string;
  average: number;
  /** How many results the average is over. */
  count: number;
}

export interface QualityView {
  /** Newest first, at most QUALITY_RESULTS_KEPT. */
  results: QaResult[];
  overall?: Average;
  /** Lowest average first: who to coach first. */
  byAgent: Average[];
  /** Lowest average first. */
  byDimension: Average[];
  /** Highest risk first. */
  escalations: OpenEscalation[];
}

/** Results with no agent are grouped together under this name. */
export const NO_AGENT = 'No agent';

/** The customer by name when the event named them, else by contact id. */
export const customerLabel = (e: OpenEscalation): string => e.customer ?? (e.contactId === undefined ? '—' : `Contact ${e.contactId}`);

export const agentLabel = (r: QaResult): string => r.agentName ?? (r.agentId === undefined ? NO_AGENT : `Agent ${r.agentId}`);

/** The agent a result belongs to: the id when there is one (two agents may share a name), else the name. */
const agentKey = (r: QaResult): string => (r.agentId === undefined ? `name:${r.agentName ?? ''}` : `id:${r.agentId}`);

const byLowest = (a: Average, b: Average) => a.average - b.average || a.name.localeCompare(b.name);

function averages(groups: Map<string, { name: string; sum: number; count: number }>): Average[] {
  return [...groups.values()].map(({ name, sum, count }) => ({ name, average: sum / count, count })).sort(byLowest);
}

function add(groups: Map<string, { name: string; sum: number; count: number }>, key: string, name: string, score: number) {
  const g = groups.get(key) ?? { name, sum: 0, count: 0 };
  g.sum += score;
  g.count += 1;
  groups.set(key, g);
}

/** Per agent, over each result's overall score. */
export function averageByAgent(results: readonly QaResult[]): Average[] {
  const groups = new Map<string, { name: string; sum: number; count: number }>();
  for (const r of results) add(groups, agentKey(r), agentLabel(r), r.overall);
  return averages(groups);
}

/** Per dimension, over the results that scored it (a result without a dimension does not pull its average down). */
export function averageByDimension(results: readonly QaResult[]): Average[] {
  const groups = new Map<string, { name: string; sum: number; count: number }>();
  for (const r of results) for (const [name, score] of Object.entries(r.dimensions)) add(groups, name, name, score);
  return averages(groups);
}

export function qualityView(quality: Quality): QualityView {
  // Between compactions the record holds more than the server keeps: the newest are shown.
  const results = [...quality.results].sort((a, b) => b.at - a.at || b.ticketId - a.ticketId).slice(0, QUALITY_RESULTS_KEPT);
  const sum = results.reduce((s, r) => s + r.overall, 0);
  return {
    results,
    ...(results.length > 0 ? { overall: { name: 'All agents', average: sum / results.length, count: results.length } } : {}),
    byAgent: averageByAgent(results),
    byDimension: averageByDimension(results),
    escalations: [...quality.escalations].sort((a, b) => b.risk - a.risk || b.at - a.at),
  };
}
