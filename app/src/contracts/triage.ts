/** The `triage` attribute (server/contracts/store-records.ts) and the drafts, as the sidebar reads them. */
import type { Classification } from '../../../server/domain/triage/types';
import { readJob, type JobState } from './job';
import { bool, list, num, obj, str, text } from './read';

export interface Decision {
  field: string;
  suggested: string;
  applied: boolean;
  reason: string;
}

/** The same words the server stores (type only: nothing of the server is bundled into the sidebar). */
export type { Classification };

export interface Routing {
  team?: string;
  agent?: string;
  reason?: string;
  groupId?: number;
}

export interface Draft {
  id?: string;
  text: string;
  confidence?: number;
  language?: string;
  style?: string;
  /** A regenerated draft only: the server draft's id it replaced, so a later server draft wins again. */
  replaces?: string;
}

export interface TriageState extends JobState {
  classification?: Classification;
  routing?: Routing;
  decisions: Decision[];
  draft?: Draft;
}

export function readDraft(x: unknown): Draft | undefined {
  const o = obj(x);
  const body = text(o?.text);
  if (!o || body === undefined) return undefined;
  const draft: Draft = { text: body };
  const id = text(o.id);
  const confidence = num(o.confidence);
  const language = text(o.language);
  const style = text(o.style);
  const replaces = text(o.replaces);
  if (replaces !== undefined) draft.replaces = replaces;
  if (id !== undefined) draft.id = id;
  if (confidence !== undefined) draft.confidence = confidence;
  if (language !== undefined) draft.language = language;
  if (style !== undefined) draft.style = style;
  return draft;
}

function readClassification(x: unknown): Classification | undefined {
  const o = obj(x);
  const category = str(o?.category);
  const urgency = str(o?.urgency);
  const confidence = num(o?.confidence);
  if (!o || category === undefined || urgency === undefined || confidence === undefined) return undefined;
  const sentiment = text(o.sentiment);
  return { category, urgency, confidence, ...(sentiment === undefined ? {} : { sentiment }) };
}

function readRouting(x: unknown): Routing | undefined {
  const o = obj(x);
  if (!o) return undefined;
  const routing: Routing = {};
  const team = text(o.team);
  const agent = text(o.agent);
  const reason = text(o.reason);
  const groupId = num(o.group_id);
  if (team !== undefined) routing.team = team;
  if (agent !== undefined) routing.agent = agent;
  if (reason !== undefined) routing.reason = reason;
  if (groupId !== undefined) routing.groupId = groupId;
  return routing;
}

function readDecision(x: unknown): Decision | undefined {
  const o = obj(x);
  const field = str(o?.field);
  const suggested = str(o?.suggested);
  const applied = bool(o?.applied);
  if (!o || field === undefined || suggested === undefined || applied === undefined) return undefined;
  return { field, suggested, applied, reason: str(o.reason) ?? (applied ? 'applied' : 'unknown') };
}

export function readTriage(x: unknown): TriageState | undefined {
  const o = obj(x);
  const job = o && readJob(o);
  if (!o || !job) return undefined;
  const classification = readClassification(o.classification);
  const routing = readRouting(o.routing);
  const draft = readDraft(o.draft);
  return {
    ...job,
    ...(classification ? { classification } : {}),
    ...(routing ? { routing } : {}),
    decisions: list(o.decisions, readDecision),
    ...(draft ? { draft } : {}),
  };
}

