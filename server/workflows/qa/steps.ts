/**
 * The QA steps, one stage each: evaluate (read every page of the conversation, then QA /evaluate), then the note.
 * Reading and evaluating are one step because the messages are not kept (they can be long and hold customer
 * text): a retry of the evaluation reads them again.
 */
import type { QaStep } from '../../contracts/qa-record';
import type { StepGraph } from '../jobs/step-graph';
import type { SettingsNeeds } from '../jobs/unconfigured';

export const QA_GRAPH: StepGraph<QaStep> = {
  stages: [['evaluate'], ['note']],
  needs: { evaluate: [], note: ['evaluate'] },
};

/** The installation settings each step cannot do without (evaluate reads the conversation from Freshdesk first). */
export const QA_NEEDS: SettingsNeeds<QaStep> = {
  evaluate: ['freshdesk_subdomain', 'simpli_qa_host'],
  note: ['freshdesk_subdomain'],
};
