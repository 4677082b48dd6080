/**
 * The triage steps, what each needs first, and the three serial stages they run in: classify ‖ draft, then
 * route, then update ‖ note (≤ 3 round trips while the ticket is new). A run from the backlog posts the note
 * after the update: it spends the end of a minute's request budget, and a run cut there leaves only the note,
 * which costs 1 request and needs no read of the ticket.
 */
import type { Settings } from '../../contracts/iparams';
import { TRIAGE_STEPS, type TriageRecord, type TriageStep } from '../../contracts/store-records';
import { draftNoteMayExist } from '../../domain/draft-note';
import type { StepGraph } from '../jobs/step-graph';

export const TRIAGE_GRAPH: StepGraph<TriageStep> = {
  stages: [['classify', 'draft'], ['route'], ['update', 'note']],
  needs: { classify: [], draft: [], route: ['classify'], update: ['classify', 'route'], note: ['draft'] },
  // update waits for route unless routing failed for good: then the ticket is still classified, without a group.
  optionalNeeds: { update: ['route'] },
};

export const QUEUED_TRIAGE_GRAPH: StepGraph<TriageStep> = { ...TRIAGE_GRAPH, stages: [['classify', 'draft'], ['route'], ['update'], ['note']] };

/** Whether a step still to run works from the ticket's content (every step but the note). */
export function needsTicket(record: Pick<TriageRecord, 'done' | 'errors'>, wanted: readonly TriageStep[]): boolean {
  return wanted.some((step) => step !== 'note' && !record.done.includes(step) && record.errors[step]?.retryable !== false);
}

/**
 * Template requests the next attempt of this saved record spends on its normal path: a read of the ticket when a
 * step works from its content, one per step left, and the look for an unrecorded note (domain/draft-note.ts).
 * A pump plans its run with it (domain/jobs/pumps.ts).
 */
export function requestsLeft(record: TriageRecord, wanted: readonly TriageStep[]): number {
  const left = wanted.filter((step) => !record.done.includes(step) && record.errors[step]?.retryable !== false);
  const look = left.includes('note') && draftNoteMayExist(record, record.attempt + 1) ? 1 : 0;
  return (needsTicket(record, wanted) ? 1 : 0) + left.length + look;
}

export function wantedSteps(settings: Pick<Settings, 'feature_triage' | 'feature_draft' | 'feature_draft_note'>): TriageStep[] {
  return TRIAGE_STEPS.filter((step) => {
    if (step === 'draft') return settings.feature_draft;
    if (step === 'note') return settings.feature_draft && settings.feature_draft_note;
    return settings.feature_triage;
  });
}
