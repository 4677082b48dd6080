/**
 * The three `$db` records the full-page app reads, as the server writes them (server/contracts/kb-records.ts and
 * quality-record.ts; types only, no server bytes in the bundle). Each reader answers a typed value or undefined and
 * never throws: a malformed record hides its own section, never the page. Items inside a list are read one by one,
 * so one broken gap, QA result or escalation is dropped, not the whole list.
 */
import type { KbFindings, KbGap, KbStatus, StaleArticle } from '../../../../server/contracts/kb-records';
import type { StoredEscalation, StoredQaResult } from '../../../../server/contracts/quality-record';
import { list, num, obj, text } from '../../contracts/read';

export type { KbFindings, KbGap, KbStatus, StaleArticle };

/** A ticket's latest QA result, as the page shows it. */
export interface QaResult {
  ticketId: number;
  /** 0–1. */
  overall: number;
  dimensions: Record<string, number>;
  agentId?: number;
  agentName?: string;
  /** Epoch ms. */
  at: number;
}

/** A ticket's open escalation, as the page shows it. */
export interface OpenEscalation {
  ticketId: number;
  contactId?: number;
  customer?: string;
  /** 0–1. */
  risk: number;
  triggers: string[];
  /** Epoch ms. */
  at: number;
}

export interface Quality {
  results: QaResult[];
  escalations: OpenEscalation[];
}

/** The keys, as the server names them (server/contracts/kb-records.ts); repeated here so the bundle imports no server module. */
export const RECORD_KEYS = { status: 'kb:status', findings: 'kb:findings', quality: 'quality:recent' } as const;

type Counts = KbStatus['counts'];
const STATES: ReadonlyArray<KbStatus['state']> = ['syncing', 'idle', 'failing'];

const count = (x: unknown): number | undefined => {
  const n = num(x);
  return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
};

function readCounts(x: unknown): Counts | undefined {
  const o = obj<Counts>(x);
  const listed = count(o?.listed);
  const posted = count(o?.posted);
  const failed = count(o?.failed);
  const removed = count(o?.removed);
  if (listed === undefined || posted === undefined || failed === undefined || removed === undefined) return undefined;
  return { listed, posted, failed, removed };
}

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

export function readKbStatus(value: unknown): KbStatus | undefined {
  const o = obj<KbStatus>(value);
  const pass = count(o?.pass);
  const state = STATES.find((s) => s === o?.state);
  const counts = readCounts(o?.counts);
  if (!o || pass === undefined || state === undefined || counts === undefined) return undefined;
  const error = obj<NonNullable<KbStatus['lastError']>>(o.lastError);
  const message = text(error?.message);
  return {
    v: 1,
    pass,
    state,
    counts,
    ...optional('lastRunAt', num(o.lastRunAt)),
    ...optional('passStartedAt', num(o.passStartedAt)),
    ...optional('lastPassFinishedAt', num(o.lastPassFinishedAt)),
    ...optional('nextRunAt', num(o.nextRunAt)),
    ...optional('lastPass', readCounts(o.lastPass)),
    ...optional('lastError', message === undefined ? undefined : { message, at: num(error?.at) ?? 0 }),
  };
}

function readGap(x: unknown): KbGap | undefined {
  const o = obj<KbGap>(x);
  const topic = text(o?.topic);
  if (!o || topic === undefined) return undefined;
  return { topic, count: count(o.count) ?? 0, sampleQueries: list(o.sampleQueries, text), ...optional('suggestedTitle', text(o.suggestedTitle)) };
}

function readStale(x: unknown): StaleArticle | undefined {
  const o = obj<StaleArticle>(x);
  const title = text(o?.title);
  if (!o || title === undefined) return undefined;
  const id = count(o.articleId);
  return { title, ...optional('articleId', id), ...optional('reason', text(o.reason)), ...optional('since', text(o.since)) };
}

export function readKbFindings(value: unknown): KbFindings | undefined {
  const o = obj<KbFindings>(value);
  const at = num(o?.at);
  if (!o || at === undefined || !Array.isArray(o.gaps) || !Array.isArray(o.stale)) return undefined;
  return { v: 1, at, gaps: list(o.gaps, readGap), stale: list(o.stale, readStale) };
}

function readScores(x: unknown): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const [name, score] of Object.entries(obj(x) ?? {})) {
    const value = num(score);
    if (value !== undefined) scores[name] = value;
  }
  return scores;
}

function readResult(ticketId: number, x: unknown): QaResult | undefined {
  const o = obj<StoredQaResult>(x);
  const overall = num(o?.o);
  if (!o || overall === undefined) return undefined;
  return {
    ticketId,
    overall,
    dimensions: readScores(o.d),
    at: (num(o.t) ?? 0) * 1000,
    ...optional('agentId', count(o.a)),
    ...optional('agentName', text(o.n)),
  };
}

/** An escalation closed by its ticket's resolution is a number (server CLOSED), not an object: not read. */
function readEscalation(ticketId: number, x: unknown): OpenEscalation | undefined {
  const o = obj<StoredEscalation>(x);
  const risk = num(o?.r);
  if (!o || risk === undefined) return undefined;
  return { ticketId, risk, triggers: list(o.w, text), at: (num(o.t) ?? 0) * 1000, ...optional('contactId', count(o.c)), ...optional('customer', text(o.n)) };
}

/** One attribute per ticket: `r<ticket id>` its latest QA result, `e<ticket id>` its escalation. */
export function readQuality(value: unknown): Quality | undefined {
  const o = obj(value);
  if (!o) return undefined;
  const quality: Quality = { results: [], escalations: [] };
  for (const [attribute, item] of Object.entries(o)) {
    const ticketId = /^[re][1-9]\d*$/.test(attribute) ? Number(attribute.slice(1)) : undefined;
    if (ticketId === undefined) continue;
    if (attribute[0] === 'r') {
      const result = readResult(ticketId, item);
      if (result) quality.results.push(result);
    } else {
      const escalation = readEscalation(ticketId, item);
      if (escalation) quality.escalations.push(escalation);
    }
  }
  return quality;
}
