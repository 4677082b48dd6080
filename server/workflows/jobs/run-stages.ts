/**
 * Runs what is left of a job, stage by stage, and returns the updated record. Steps already done stay done; a
 * failing step records why and whether it can be retried; independent steps never wait on a failure that is not
 * theirs. A stage starts only if it can finish inside the handler's 20 s (domain/handler-time.ts).
 */
import type { JobRecord } from '../../contracts/job-record';
import { canStartStage } from '../../domain/handler-time';
import { AppFailure, type AppError } from '../../domain/errors';
import { isRetryable } from '../../domain/retry-policy';
import type { Clock } from '../../ports';
import { isRunnable, jobStatus, type StepGraph } from './step-graph';

/** What a step sees: the job's context, the record so far, and `spend()` to count each template request. */
export type StepContext<C, R> = C & { record: R; spend: () => void };
export type StepAction<C, R> = (ctx: StepContext<C, R>) => Promise<Partial<R>>;

export interface JobRun<R> {
  record: R;
  /** The first error worth retrying for: it sets the retry's delay. */
  retryCause?: AppError;
}

type StepResult<S, R> = { step: S; ok: true; patch: Partial<R> } | { step: S; ok: false; error: AppError };

function asAppError(step: string, error: unknown): AppError {
  if (error instanceof AppFailure) return error.error;
  return { kind: 'unavailable', step, message: `${step} failed unexpectedly: ${error instanceof Error ? error.message : String(error)}` };
}

function apply<S extends string, R extends JobRecord<S>>(record: R, result: StepResult<S, R>): R {
  const errors = { ...record.errors };
  if (result.ok) {
    delete errors[result.step];
    return { ...record, ...result.patch, done: [...record.done, result.step], errors };
  }
  const { kind, message, byPlatform } = result.error;
  errors[result.step] = { kind, message, retryable: isRetryable(result.error), ...(byPlatform ? { unsent: true } : {}) };
  return { ...record, errors };
}

export async function runStages<S extends string, R extends JobRecord<S>, C extends object>(
  graph: StepGraph<S>,
  actions: Readonly<Record<S, StepAction<C, R>>>,
  base: C,
  start: R,
  wanted: readonly S[],
  clock: Clock,
  startedAt: number,
): Promise<JobRun<R>> {
  let record = start;
  let retryCause: AppError | undefined;
  let spent = 0;
  for (const [index, stage] of graph.stages.entries()) {
    if (index > 0 && !canStartStage(clock.now() - startedAt)) {
      retryCause ??= { kind: 'timeout', step: stage[0] ?? 'job', message: 'ran out of handler time; continues later' };
      break;
    }
    const ctx = { ...base, record, spend: () => void (spent += 1) } as StepContext<C, R>;
    const runnable = stage.filter((s) => isRunnable(graph, s, record, wanted));
    const results = await Promise.all(
      runnable.map(async (step): Promise<StepResult<S, R>> => {
        try {
          return { step, ok: true, patch: await actions[step](ctx) };
        } catch (error) {
          return { step, ok: false, error: asAppError(step, error) };
        }
      }),
    );
    for (const result of results) {
      record = apply(record, result);
      if (!result.ok && isRetryable(result.error)) retryCause ??= result.error;
    }
  }
  const status = jobStatus(graph, record, wanted);
  const finished = { ...record, status, requests: record.requests + spent, updatedAt: clock.now() };
  return status === 'deferred' && retryCause ? { record: finished, retryCause } : { record: finished };
}
