/**
 * The five custom fields the Simpli Freshdesk guide has admins create by hand ("Freshdesk configuration steps"), which
 * the install now creates: three ticket fields for Triage, two contact fields for Sentiment.
 */
import type { FieldSpec } from './types';

/**
 * Triage's categories. The taxonomy is not published (docs/platform.md, "Installing: the Freshdesk field APIs": only "billing" is documented, the seed
 * implies snake_case words); these are the words the app knows, with "general" as Triage's fallback. They are
 * kept verbatim, as the seed's middleware writes them (`"cf_ai_category": classification["category"]`), so an
 * account moving from that middleware keeps working; the app itself matches them ignoring case and `_`.
 */
export const TRIAGE_CATEGORIES = ['billing', 'technical', 'account', 'shipping', 'feature_request', 'general'] as const;

/** Triage's urgency words (low/medium/high/critical, the integration guide's priority map; docs/platform.md, "Installing: the Freshdesk field APIs"). */
export const TRIAGE_URGENCIES = ['low', 'medium', 'high', 'critical'] as const;

/** Sentiment's labels, the Simpli Freshdesk guide's "positive, neutral, negative". */
export const SENTIMENT_LABELS = ['positive', 'neutral', 'negative'] as const;

/** In the order the install creates them: ticket fields first, then contact fields. */
export const APP_FIELDS: readonly FieldSpec[] = [
  { role: 'cf_ai_category', target: 'ticket', label: 'AI Category', name: 'cf_ai_category', type: 'custom_dropdown', choices: TRIAGE_CATEGORIES },
  { role: 'cf_ai_urgency', target: 'ticket', label: 'AI Urgency', name: 'cf_ai_urgency', type: 'custom_dropdown', choices: TRIAGE_URGENCIES },
  { role: 'cf_ai_confidence', target: 'ticket', label: 'AI Confidence', name: 'cf_ai_confidence', type: 'custom_text', choices: [] },
  // Contact field keys carry no cf_ prefix (docs/platform.md, "Installing: the Freshdesk field APIs").
  { role: 'sentiment_label', target: 'contact', label: 'Sentiment Score', name: 'sentiment_score', type: 'custom_dropdown', choices: SENTIMENT_LABELS },
  { role: 'escalation_risk', target: 'contact', label: 'Escalation Risk', name: 'escalation_risk', type: 'custom_text', choices: [] },
];

export const TICKET_FIELDS = APP_FIELDS.filter((f) => f.target === 'ticket');
export const CONTACT_FIELDS = APP_FIELDS.filter((f) => f.target === 'contact');
