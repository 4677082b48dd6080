/**
 * The part every deferred-work record shares (triage, sentiment, QA): where it stands, which steps are done,
 * why the others failed and whether they will be retried, when, and what it has cost.
 */
import * as z from 'zod/mini';

export const stepErrorSchema = z.object({
  kind: z.string(),
  message: z.string(),
  /** false: will not be retried (settings or payload problem, or gave up). */
  retryable: z.boolean(),
  /** true: the platform's own budget refused the request, so it never reached the service. */
  unsent: z.optional(z.boolean()),
});
export type StepError = z.infer<typeof stepErrorSchema>;

export type JobStatus = 'processing' | 'done' | 'deferred' | 'failed';

/** The zod shape of a job record over the given step names, to spread into a feature's record schema. */
export function jobRecordShape<S extends readonly [string, ...string[]]>(steps: S) {
  const step = z.enum(steps);
  return {
    status: z.enum(['processing', 'done', 'deferred', 'failed']),
    attempt: z.int().check(z.positive()),
    firstSeenAt: z.number(),
    updatedAt: z.number(),
    done: z.array(step),
    errors: z._default(z.partialRecord(step, stepErrorSchema), {}),
    retryAt: z.optional(z.number()),
    /** Template requests spent, across attempts. */
    requests: z.int().check(z.nonnegative()),
  };
}

export interface JobRecord<S extends string> {
  status: JobStatus;
  attempt: number;
  firstSeenAt: number;
  updatedAt: number;
  done: S[];
  errors: Partial<Record<S, StepError>>;
  retryAt?: number;
  requests: number;
}

export function freshJobRecord<S extends string>(now: number): JobRecord<S> {
  return { status: 'processing', attempt: 1, firstSeenAt: now, updatedAt: now, done: [], errors: {}, requests: 0 };
}
