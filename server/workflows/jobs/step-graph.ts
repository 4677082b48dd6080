/**
 * Steps, what each needs first, and the serial stages they run in. Pure: which steps may run now, which can
 * never run, and where a record stands.
 */
import type { JobRecord } from '../../contracts/job-record';

export interface StepGraph<S extends string> {
  /** Steps of one stage run concurrently; stages run one after the other (one round trip each). */
  stages: readonly (readonly S[])[];
  needs: Readonly<Record<S, readonly S[]>>;
  /** Needs that may be dropped when they failed for good (the step then runs without them). */
  optionalNeeds?: Readonly<Partial<Record<S, readonly S[]>>>;
}

const isDone = <S extends string>(r: JobRecord<S>, s: S) => r.done.includes(s);
const failedForGood = <S extends string>(r: JobRecord<S>, s: S) => r.errors[s]?.retryable === false;

export function isRunnable<S extends string>(graph: StepGraph<S>, step: S, record: JobRecord<S>, wanted: readonly S[]): boolean {
  if (!wanted.includes(step) || isDone(record, step) || failedForGood(record, step)) return false;
  const optional = graph.optionalNeeds?.[step] ?? [];
  return graph.needs[step].every((need) => isDone(record, need) || !wanted.includes(need) || (optional.includes(need) && failedForGood(record, need)));
}

/** A wanted step that can never run because something it needs failed for good. */
export function isBlocked<S extends string>(graph: StepGraph<S>, step: S, record: JobRecord<S>, wanted: readonly S[]): boolean {
  const optional = graph.optionalNeeds?.[step] ?? [];
  return graph.needs[step].some(
    (need) => wanted.includes(need) && !optional.includes(need) && (failedForGood(record, need) || isBlocked(graph, need, record, wanted)),
  );
}

/** done: every wanted step done; deferred: something can still run later; failed: the rest cannot. */
export function jobStatus<S extends string>(graph: StepGraph<S>, record: JobRecord<S>, wanted: readonly S[]): 'done' | 'deferred' | 'failed' {
  const open = wanted.filter((s) => !isDone(record, s));
  if (open.length === 0) return 'done';
  return open.some((s) => !failedForGood(record, s) && !isBlocked(graph, s, record, wanted)) ? 'deferred' : 'failed';
}

/** The done steps that had every need done, optional ones included; the others are worth doing again. */
export function doneWithAllNeeds<S extends string>(graph: StepGraph<S>, record: JobRecord<S>): S[] {
  return record.done.filter((step) => (graph.optionalNeeds?.[step] ?? []).every((need) => record.done.includes(need)));
}
