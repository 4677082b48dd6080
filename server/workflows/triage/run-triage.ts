/**
 * Runs what is left of a ticket's triage, stage by stage, and returns the updated record. Steps already done
 * stay done; a failing step records why and whether it can be retried; independent steps never wait on a
 * failure that is not theirs. A stage starts only if it can finish inside the handler's 20 s.
 */
import type { TriageRecord, TriageStep } from '../../contracts/store-records';
import { canStartStage } from '../../domain/deferral';
import { AppFailure, isRetryable, type AppError } from '../../domain/errors';
import type { Clock } from '../../ports';
import { isRunnable, STAGES, triageStatus } from './steps';
import { STEP_ACTIONS, type StepContext } from './triage-steps';

type StepResult = { step: TriageStep; ok: true; patch: Partial<TriageRecord> } | { step: TriageStep; ok: false; error: AppError };

function asAppError(step: TriageStep, error: unknown): AppError {
  if (error instanceof AppFailure) return error.error;
  return { kind: 'unavailable', step, message: `${step} failed unexpectedly: ${error instanceof Error ? error.message : String(error)}` };
}

async function runStep(step: TriageStep, ctx: StepContext): Promise<StepResult> {
  try {
    return { step, ok: true, patch: await STEP_ACTIONS[step](ctx) };
  } catch (error) {
    return { step, ok: false, error: asAppError(step, error) };
  }
}

function apply(record: TriageRecord, result: StepResult): TriageRecord {
  const errors = { ...record.errors };
  if (result.ok) {
    delete errors[result.step];
    return { ...record, ...result.patch, done: [...record.done, result.step], errors };
  }
  const { kind, message } = result.error;
  errors[result.step] = { kind, message, retryable: isRetryable(result.error) };
  return { ...record, errors };
}

export interface TriageRun {
  record: TriageRecord;
  /** The first error worth retrying for, which sets the retry's delay. */
  retryCause?: AppError;
}

export async function runTriage(
  base: Omit<StepContext, 'record' | 'spend'>,
  start: TriageRecord,
  wanted: readonly TriageStep[],
  clock: Clock,
  startedAt: number,
): Promise<TriageRun> {
  let record = start;
  let retryCause: AppError | undefined;
  let spent = 0;
  for (const [index, stage] of STAGES.entries()) {
    if (index > 0 && !canStartStage(clock.now() - startedAt)) {
      retryCause ??= { kind: 'timeout', step: stage[0] ?? 'triage', message: 'triage ran out of handler time and continues later' };
      break;
    }
    const ctx: StepContext = { ...base, record, spend: () => void (spent += 1) };
    const results = await Promise.all(stage.filter((s) => isRunnable(s, record, wanted)).map((s) => runStep(s, ctx)));
    for (const result of results) {
      record = apply(record, result);
      if (!result.ok && isRetryable(result.error)) retryCause ??= result.error;
    }
  }
  const status = triageStatus(record, wanted);
  return { record: { ...record, status, requests: record.requests + spent, updatedAt: clock.now() }, ...(status === 'deferred' && retryCause ? { retryCause } : {}) };
}
