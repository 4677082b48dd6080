/**
 * The triage steps, what each needs first, and the three serial stages they run in: classify ‖ draft, then
 * route, then update ‖ note (the issue's ≤ 3 round trips).
 */
import type { Settings } from '../../contracts/iparams';
import { TRIAGE_STEPS, type TriageStep } from '../../contracts/store-records';
import type { StepGraph } from '../jobs/step-graph';

export const TRIAGE_GRAPH: StepGraph<TriageStep> = {
  stages: [['classify', 'draft'], ['route'], ['update', 'note']],
  needs: { classify: [], draft: [], route: ['classify'], update: ['classify', 'route'], note: ['draft'] },
  // update waits for route unless routing failed for good: then the ticket is still classified, without a group.
  optionalNeeds: { update: ['route'] },
};

export function wantedSteps(settings: Pick<Settings, 'feature_triage' | 'feature_draft' | 'feature_draft_note'>): TriageStep[] {
  return TRIAGE_STEPS.filter((step) => {
    if (step === 'draft') return settings.feature_draft;
    if (step === 'note') return settings.feature_draft && settings.feature_draft_note;
    return settings.feature_triage;
  });
}
