/**
 * The per-ticket `$db` record `ticket:<id>` as the sidebar reads it. The server writes it and owns its types
 * (server/contracts/store-records.ts, job-record.ts, sentiment-record.ts, qa-record.ts; imported as types only);
 * the sidebar adds only `sidebarDraft`, the draft an agent regenerated. Each attribute is read on its own: an
 * attribute that is present but unreadable is named in `unreadable`, so the sidebar can say so instead of going blank.
 */
import type { QaNotSampled, QaRecord } from '../../../server/contracts/qa-record';
import type { SentimentRecord } from '../../../server/contracts/sentiment-record';
import { readJob, type JobState } from './job';
import { bool, list, num, obj, str, text } from './read';
import { readDraft, readTriage, type Draft, type TriageState } from './triage';

export type { JobState, JobStatus, StepError } from './job';
export type { Classification, Decision, Draft, Routing, TriageState } from './triage';
export { readDraft, readTriage };

type StoredResult = NonNullable<SentimentRecord['result']>;
/** The label as the service gave it: one the sidebar does not know is still shown, in a neutral tone. */
export type SentimentResult = Omit<StoredResult, 'label'> & { label: string };
export type SentimentState = JobState & Pick<SentimentRecord, 'escalation'> & { result?: SentimentResult };

export type QaEvaluation = NonNullable<QaRecord['evaluation']>;
export type QaState =
  | (JobState & Pick<QaRecord, 'sampled' | 'evaluation' | 'rescore' | 'previousOverall' | 'nothingToScore'>)
  | (Pick<QaNotSampled, 'sampled'> & Partial<Pick<QaNotSampled, 'samplePercent'>>);

export interface SidebarRecord {
  triage?: TriageState;
  sentiment?: SentimentState;
  qa?: QaState;
  /** The agent's latest Regenerate, kept beside the server's draft (never inside `triage`, which the server rewrites). */
  sidebarDraft?: Draft;
  /** Attributes present but not readable (a newer or broken server version). */
  unreadable: string[];
}

export const ticketRecordKey = (ticketId: number): string => `ticket:${ticketId}`;

function readSentimentResult(x: unknown): SentimentResult | undefined {
  const o = obj<StoredResult>(x);
  const score = num(o?.score);
  const label = str(o?.label);
  if (!o || score === undefined || label === undefined) return undefined;
  return { score, label, escalationRisk: num(o.escalationRisk) ?? 0, triggers: list(o.triggers, text) };
}

type Escalation = NonNullable<SentimentRecord['escalation']>;

function readEscalation(x: unknown): Escalation | undefined {
  const o = obj<Escalation>(x);
  const p = obj<NonNullable<Escalation['priority']>>(o?.priority);
  const from = num(p?.from);
  const to = num(p?.to);
  return o && { escalated: bool(o.escalated) ?? false, tagAdded: bool(o.tagAdded) ?? false, priority: from !== undefined && to !== undefined ? { from, to } : undefined };
}

export function readSentiment(x: unknown): SentimentState | undefined {
  const o = obj<SentimentRecord>(x);
  const job = o && readJob(o);
  return o && job && { ...job, result: readSentimentResult(o.result), escalation: readEscalation(o.escalation) };
}

function readEvaluation(x: unknown): QaEvaluation | undefined {
  const o = obj<QaEvaluation>(x);
  const overall = num(o?.overall);
  if (!o || overall === undefined) return undefined;
  const dimensions: Record<string, number> = {};
  for (const [name, score] of Object.entries(obj(o.dimensions) ?? {})) {
    const value = num(score);
    if (value !== undefined) dimensions[name] = value;
  }
  return { overall, dimensions, coachingNotes: list(o.coachingNotes, text) };
}

export function readQa(x: unknown): QaState | undefined {
  const o = obj<QaRecord & Pick<QaNotSampled, 'samplePercent'>>(x);
  if (!o) return undefined;
  if (o.sampled === false) return { sampled: false, samplePercent: num(o.samplePercent) };
  const job = readJob(o);
  const reason = text(obj<NonNullable<QaRecord['nothingToScore']>>(o.nothingToScore)?.reason);
  return (
    job && {
      ...job,
      sampled: true,
      evaluation: readEvaluation(o.evaluation),
      rescore: bool(o.rescore) ?? false,
      previousOverall: num(o.previousOverall),
      nothingToScore: reason === undefined ? undefined : { reason },
    }
  );
}

const READERS = { triage: readTriage, sentiment: readSentiment, qa: readQa, sidebarDraft: readDraft } as const;

/** undefined when the value is not a record at all. */
export function readRecord(value: unknown): SidebarRecord | undefined {
  const o = obj(value);
  if (!o) return undefined;
  const record: SidebarRecord = { unreadable: [] };
  for (const key of Object.keys(READERS) as Array<keyof typeof READERS>) {
    if (o[key] === undefined || o[key] === null) continue;
    const read = READERS[key](o[key]);
    if (read === undefined) record.unreadable.push(key);
    else (record as unknown as Record<string, unknown>)[key] = read;
  }
  return record;
}
