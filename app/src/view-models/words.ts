/**
 * The words the sidebar uses for the server's step names, services and error kinds (server/domain/errors.ts,
 * server/contracts/*-record.ts). A reason an agent understands says which service, doing what, and what helps.
 */
import type { StepError } from '../contracts/record';

const STEPS: Readonly<Record<string, { doing: string; service: string }>> = {
  classify: { doing: 'classifying the ticket', service: 'Simpli Triage' },
  route: { doing: 'routing the ticket', service: 'Simpli Triage' },
  draft: { doing: 'drafting a reply', service: 'Simpli Reply' },
  update: { doing: 'updating the ticket fields', service: 'Freshdesk' },
  note: { doing: 'posting the private note', service: 'Freshdesk' },
  analyze: { doing: 'analyzing the customer’s reply', service: 'Simpli Sentiment' },
  contact: { doing: 'updating the contact', service: 'Freshdesk' },
  escalate: { doing: 'flagging the escalation', service: 'Freshdesk' },
  evaluate: { doing: 'scoring the conversation', service: 'Simpli QA' },
};

export const stepDoing = (step: string): string => STEPS[step]?.doing ?? step.replace(/_/g, ' ');

const serviceOf = (step: string): string => STEPS[step]?.service ?? 'A service';

/** What happened, and (when the agent can do something about it) what helps. */
const KINDS: Readonly<Record<string, (service: string) => [string, string?]>> = {
  unavailable: (s) => [`${s} did not answer`],
  timeout: (s) => [`${s} took too long to answer`],
  rate_limited: (s) => [`${s} was busy (too many requests at once)`],
  unauthorized: (s) => [`${s} refused the app’s API key`, 'Ask your admin to check the keys in the app’s settings.'],
  rejected: (s) => [`${s} refused the request`],
  not_configured: (s) => [`The app’s settings did not let it reach ${s}`, 'Ask your admin to check the app’s settings.'],
  invalid_response: (s) => [`${s} sent an answer the app could not use`],
};

/** "Simpli Triage did not answer while classifying the ticket." */
export function errorReason(step: string, error: StepError): string {
  // Not a failure of the step's own service: the server stopped before it (server/workflows/triage/freshdesk-first.ts).
  if (error.kind === 'freshdesk_key_rejected') {
    return `Held back from ${stepDoing(step)}: Freshdesk refused the app’s API key, so nothing was sent to Simpli. Ask your admin to check the Freshdesk API key in the app’s settings.`;
  }
  const service = serviceOf(step);
  const [what, advice] = KINDS[error.kind]?.(service) ?? [`${service} ran into a problem`];
  return `${what} while ${stepDoing(step)}.${advice ? ` ${advice}` : ''}`;
}

export const FIELD_LABELS: Readonly<Record<string, string>> = {
  priority: 'Priority',
  type: 'Type',
  group: 'Group',
  cf_ai_category: 'AI category',
  cf_ai_urgency: 'AI urgency',
  cf_ai_confidence: 'AI confidence',
};

export const fieldLabel = (field: string): string => FIELD_LABELS[field] ?? field.replace(/^cf_/, '').replace(/_/g, ' ');
