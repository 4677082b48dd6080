/** What every server job (triage, sentiment, QA) records, as the sidebar reads it: server/contracts/job-record.ts. */
import { bool, list, num, obj, str, type Json } from './read';

export type JobStatus = 'processing' | 'done' | 'deferred' | 'failed';

export interface StepError {
  kind: string;
  message: string;
  retryable: boolean;
}

export interface JobState {
  status: JobStatus;
  attempt: number;
  updatedAt?: number;
  done: string[];
  errors: Record<string, StepError>;
  retryAt?: number;
  /** Template requests spent, across attempts. */
  requests: number;
}

const STATUSES: readonly string[] = ['processing', 'done', 'deferred', 'failed'];

function readStepError(x: unknown): StepError | undefined {
  const o = obj(x);
  if (!o) return undefined;
  return { kind: str(o.kind) ?? 'unknown', message: str(o.message) ?? '', retryable: bool(o.retryable) ?? false };
}

export function readJob(o: Json): JobState | undefined {
  const status = str(o.status);
  if (status === undefined || !STATUSES.includes(status)) return undefined;
  const errors: Record<string, StepError> = {};
  for (const [step, e] of Object.entries(obj(o.errors) ?? {})) {
    const error = readStepError(e);
    if (error) errors[step] = error;
  }
  const updatedAt = num(o.updatedAt);
  const retryAt = num(o.retryAt);
  return {
    status: status as JobStatus,
    attempt: num(o.attempt) ?? 1,
    ...(updatedAt === undefined ? {} : { updatedAt }),
    done: list(o.done, str),
    errors,
    ...(retryAt === undefined ? {} : { retryAt }),
    requests: num(o.requests) ?? 0,
  };
}

