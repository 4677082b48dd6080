/** The `triage` attribute (server/contracts/store-records.ts) and the drafts, as the sidebar reads them. */
import type { TriageRecord } from '../../../server/contracts/store-records';
import { readJob, type JobState } from './job';
import { bool, list, num, obj, str, text } from './read';

type Stored<K extends keyof TriageRecord> = NonNullable<TriageRecord[K]>;
/** What the server stores, with its nulls (FDK stores '' as null: docs/platform.md "Key-value store") read as absent. */
type Present<T> = { [K in keyof T]: Exclude<T[K], null> };

export type Classification = Stored<'classification'>;
/** The server's `group_id` is not shown: the group decision (`decisions`) names the group. */
export type Routing = Present<Omit<Stored<'routing'>, 'group_id'>>;
export type Decision = Stored<'decisions'>[number];

/**
 * The server's draft, or the agent's regenerated one (`sidebarDraft`): that one may lack a confidence, and names
 * the server draft it replaced, so a later server draft wins again.
 */
export type Draft = Present<Omit<Stored<'draft'>, 'confidence'>> & { confidence?: number; replaces?: string };

export type TriageState = JobState & Pick<TriageRecord, 'classification'> & { routing?: Routing; decisions: Decision[]; draft?: Draft };

export function readDraft(x: unknown): Draft | undefined {
  const o = obj<Draft>(x);
  const body = text(o?.text);
  if (!o || body === undefined) return undefined;
  return { id: text(o.id), text: body, confidence: num(o.confidence), language: text(o.language), style: text(o.style), replaces: text(o.replaces) };
}

function readClassification(x: unknown): Classification | undefined {
  const o = obj<Classification>(x);
  const category = str(o?.category);
  const urgency = str(o?.urgency);
  const confidence = num(o?.confidence);
  if (!o || category === undefined || urgency === undefined || confidence === undefined) return undefined;
  return { category, urgency, confidence, sentiment: text(o.sentiment) };
}

function readRouting(x: unknown): Routing | undefined {
  const o = obj<Routing>(x);
  return o && { team: text(o.team), agent: text(o.agent), reason: text(o.reason) };
}

function readDecision(x: unknown): Decision | undefined {
  const o = obj<Decision>(x);
  const field = str(o?.field);
  const suggested = str(o?.suggested);
  const applied = bool(o?.applied);
  if (!o || field === undefined || suggested === undefined || applied === undefined) return undefined;
  return { field, suggested, applied, reason: str(o.reason) ?? (applied ? 'applied' : 'unknown') };
}

export function readTriage(x: unknown): TriageState | undefined {
  const o = obj<TriageRecord>(x);
  const job = o && readJob(o);
  if (!o || !job) return undefined;
  return {
    ...job,
    classification: readClassification(o.classification),
    routing: readRouting(o.routing),
    decisions: list(o.decisions, readDecision),
    draft: readDraft(o.draft),
  };
}
