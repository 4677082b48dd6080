/**
 * The per-ticket `$db` record `ticket:<id>` as the sidebar reads it. The server writes it
 * (server/contracts/store-records.ts, job-record.ts, sentiment-record.ts, qa-record.ts); the sidebar adds only
 * `sidebarDraft`, the draft an agent regenerated. Each attribute is read on its own: an attribute that is
 * present but unreadable is named in `unreadable`, so the sidebar can say so instead of going blank.
 */
import { readJob, type JobState } from './job';
import { bool, list, num, obj, str, text } from './read';
import { readDraft, readTriage, type Draft, type TriageState } from './triage';

export type { JobState, JobStatus, StepError } from './job';
export type { Classification, Decision, Draft, Routing, TriageState } from './triage';
export { readDraft, readTriage };

export interface SentimentResult {
  score: number;
  label: string;
  escalationRisk: number;
  triggers: string[];
}

export interface SentimentState extends JobState {
  result?: SentimentResult;
  escalation?: { escalated: boolean; tagAdded: boolean; priority?: { from: number; to: number } };
  /** The admin's escalation threshold (0–1) when the message was judged. */
  threshold?: number;
}

export interface QaEvaluation {
  overall: number;
  dimensions: Array<{ name: string; score: number }>;
  coachingNotes: string[];
}

export type QaState =
  | (JobState & {
      sampled: true;
      evaluation?: QaEvaluation;
      rescore: boolean;
      previousOverall?: number;
      resolvedAt?: string;
      /** Why there was nothing to score yet (e.g. "no public agent reply"): QA was not asked. */
      nothingToScore?: string;
    })
  | { sampled: false; samplePercent?: number; resolvedAt?: string };

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
  const o = obj(x);
  const score = num(o?.score);
  const label = str(o?.label);
  if (!o || score === undefined || label === undefined) return undefined;
  return { score, label, escalationRisk: num(o.escalationRisk) ?? 0, triggers: list(o.triggers, text) };
}

function readSentiment(x: unknown): SentimentState | undefined {
  const o = obj(x);
  const job = o && readJob(o);
  if (!o || !job) return undefined;
  const result = readSentimentResult(o.result);
  const esc = obj(o.escalation);
  const priority = obj(esc?.priority);
  const from = num(priority?.from);
  const to = num(priority?.to);
  const threshold = num(o.threshold);
  return {
    ...job,
    ...(result ? { result } : {}),
    ...(esc
      ? {
          escalation: {
            escalated: bool(esc.escalated) ?? false,
            tagAdded: bool(esc.tagAdded) ?? false,
            ...(from !== undefined && to !== undefined ? { priority: { from, to } } : {}),
          },
        }
      : {}),
    ...(threshold === undefined ? {} : { threshold }),
  };
}

function readEvaluation(x: unknown): QaEvaluation | undefined {
  const o = obj(x);
  const overall = num(o?.overall);
  if (!o || overall === undefined) return undefined;
  const dimensions = Object.entries(obj(o.dimensions) ?? {}).flatMap(([name, score]) => {
    const value = num(score);
    return value === undefined ? [] : [{ name, score: value }];
  });
  return { overall, dimensions, coachingNotes: list(o.coachingNotes, text) };
}

function readQa(x: unknown): QaState | undefined {
  const o = obj(x);
  if (!o) return undefined;
  const resolvedAt = str(obj(o.resolution)?.at);
  const at = resolvedAt === undefined ? {} : { resolvedAt };
  if (o.sampled === false) {
    const samplePercent = num(o.samplePercent);
    return { sampled: false, ...(samplePercent === undefined ? {} : { samplePercent }), ...at };
  }
  const job = readJob(o);
  if (!job) return undefined;
  const evaluation = readEvaluation(o.evaluation);
  const previousOverall = num(o.previousOverall);
  const nothingToScore = text(obj(o.nothingToScore)?.reason);
  return {
    ...job,
    sampled: true,
    ...(evaluation ? { evaluation } : {}),
    ...(nothingToScore === undefined ? {} : { nothingToScore }),
    rescore: bool(o.rescore) ?? false,
    ...(previousOverall === undefined ? {} : { previousOverall }),
    ...at,
  };
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
