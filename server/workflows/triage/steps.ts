/**
 * The triage steps, what each needs first, and the three serial stages they run in: classify ‖ draft, then
 * route, then update ‖ note (the issue's ≤ 3 round trips). Pure: which steps may run, and where a record stands.
 */
import { TRIAGE_STEPS, type TriageRecord, type TriageStep } from '../../contracts/store-records';
import type { Settings } from '../../contracts/iparams';

export const STAGES: readonly (readonly TriageStep[])[] = [['classify', 'draft'], ['route'], ['update', 'note']];

/** update waits for route unless routing failed for good: then the ticket is still classified, without a group. */
const NEEDS: Readonly<Record<TriageStep, readonly TriageStep[]>> = {
  classify: [],
  draft: [],
  route: ['classify'],
  update: ['classify', 'route'],
  note: ['draft'],
};
const OPTIONAL_NEEDS: Readonly<Partial<Record<TriageStep, readonly TriageStep[]>>> = { update: ['route'] };

export function wantedSteps(settings: Pick<Settings, 'feature_triage' | 'feature_draft' | 'feature_draft_note'>): TriageStep[] {
  return TRIAGE_STEPS.filter((step) => {
    if (step === 'draft') return settings.feature_draft;
    if (step === 'note') return settings.feature_draft && settings.feature_draft_note;
    return settings.feature_triage;
  });
}

const isDone = (r: TriageRecord, s: TriageStep) => r.done.includes(s);
const failedForGood = (r: TriageRecord, s: TriageStep) => r.errors[s]?.retryable === false;

export function isRunnable(step: TriageStep, record: TriageRecord, wanted: readonly TriageStep[]): boolean {
  if (!wanted.includes(step) || isDone(record, step) || failedForGood(record, step)) return false;
  const optional = OPTIONAL_NEEDS[step] ?? [];
  return NEEDS[step].every((need) => isDone(record, need) || !wanted.includes(need) || (optional.includes(need) && failedForGood(record, need)));
}

/** A wanted step that can never run because something it needs failed for good. */
export function isBlocked(step: TriageStep, record: TriageRecord, wanted: readonly TriageStep[]): boolean {
  const optional = OPTIONAL_NEEDS[step] ?? [];
  return NEEDS[step].some((need) => wanted.includes(need) && !optional.includes(need) && (failedForGood(record, need) || isBlocked(need, record, wanted)));
}

/** done: every wanted step done; deferred: something can still run later; failed: the rest cannot. */
export function triageStatus(record: TriageRecord, wanted: readonly TriageStep[]): 'done' | 'deferred' | 'failed' {
  const open = wanted.filter((s) => !isDone(record, s));
  if (open.length === 0) return 'done';
  const canStillRun = open.some((s) => !failedForGood(record, s) && !isBlocked(s, record, wanted));
  return canStillRun ? 'deferred' : 'failed';
}
