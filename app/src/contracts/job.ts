/** What every server job (triage, sentiment, QA) records (server/contracts/job-record.ts), as the sidebar reads it. */
import type { StepError } from '../../../server/contracts/job-record';
import type { QaRecord } from '../../../server/contracts/qa-record';
import type { SentimentRecord } from '../../../server/contracts/sentiment-record';
import type { TriageRecord } from '../../../server/contracts/store-records';
import { bool, list, num, obj, str, type Unread } from './read';

export type { StepError };

/** The fields every job record shares (job-record.ts `jobRecordShape`), as the records' schemas infer them. */
type StoredJob = Pick<TriageRecord | SentimentRecord | QaRecord, 'status' | 'attempt' | 'updatedAt' | 'retryAt' | 'requests'>;
export type JobStatus = StoredJob['status'];

/**
 * Step names stay strings: a record another version of the app wrote may name a step this sidebar does not know.
 * `updatedAt` may be missing: the sidebar then cannot tell a stalled run, and says nothing about it.
 */
export type JobState = Omit<StoredJob, 'updatedAt'> & Partial<Pick<StoredJob, 'updatedAt'>> & { done: string[]; errors: Record<string, StepError> };

/** Every status, once (a status the server adds or renames fails the typecheck here). */
const STATUSES: Readonly<Record<JobStatus, true>> = { processing: true, done: true, deferred: true, failed: true };
const isStatus = (x: unknown): x is JobStatus => typeof x === 'string' && Object.keys(STATUSES).includes(x);

function readStepError(x: unknown): StepError | undefined {
  const o = obj<StepError>(x);
  return o && { kind: str(o.kind) ?? 'unknown', message: str(o.message) ?? '', retryable: bool(o.retryable) ?? false };
}

export function readJob(o: Unread<TriageRecord | SentimentRecord | QaRecord>): JobState | undefined {
  if (!isStatus(o.status)) return undefined;
  const errors: Record<string, StepError> = {};
  for (const [step, e] of Object.entries(obj(o.errors) ?? {})) {
    const error = readStepError(e);
    if (error) errors[step] = error;
  }
  return {
    status: o.status,
    attempt: num(o.attempt) ?? 1,
    updatedAt: num(o.updatedAt),
    done: list(o.done, str),
    errors,
    retryAt: num(o.retryAt),
    requests: num(o.requests) ?? 0,
  };
}
