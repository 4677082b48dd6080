/**
 * The sentiment steps and the two serial stages they run in: analyze, then contact ‖ escalate. Writing the
 * contact and tagging the ticket do not depend on each other: one failing never holds the other back.
 */
import type { SentimentStep } from '../../contracts/sentiment-record';
import type { StepGraph } from '../jobs/step-graph';
import type { SettingsNeeds } from '../jobs/unconfigured';

export const SENTIMENT_GRAPH: StepGraph<SentimentStep> = {
  stages: [['analyze'], ['contact', 'escalate']],
  needs: { analyze: [], contact: ['analyze'], escalate: ['analyze'] },
};

/** The installation settings each step cannot do without. */
export const SENTIMENT_NEEDS: SettingsNeeds<SentimentStep> = {
  analyze: ['simpli_sentiment_host'],
  contact: ['freshdesk_subdomain'],
  escalate: ['freshdesk_subdomain'],
};
