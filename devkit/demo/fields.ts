/**
 * The demo account's schema: ticket types, custom ticket fields and custom contact fields (ids 8001…).
 * The AI fields are the ones the Simpli Freshdesk guide has admins create by hand ("Freshdesk configuration steps"),
 * with the names Freshdesk generates from their labels (docs/freshdesk.md "Creating ticket fields": "AI Category" →
 * cf_ai_category).
 */
import type { SeedContactField, SeedTicketField } from '../fakes/freshdesk/account';

/**
 * Freshdesk's four defaults plus two the admin added. Triage's billing, refund and feature_request match a
 * type; technical, account, shipping and general do not, so the app must skip `type` for those.
 */
export const TICKET_TYPES = ['Question', 'Incident', 'Problem', 'Feature Request', 'Billing', 'Refund'];

/**
 * AI Category choices, in the account's spelling (the app matches Triage's snake_case ignoring case, `_`, `-`
 * and spaces). Covers most Triage categories, plus "Refund" which the admin added when they created the fields for the guide's middleware.
 * "general" (Triage's fallback) has no choice: on such tickets the app must skip cf_ai_category, not fail.
 */
export const AI_CATEGORY_CHOICES = ['Billing', 'Technical', 'Account', 'Shipping', 'Feature Request', 'Refund'];
/** Triage's urgency words verbatim (docs/simpli.md "Enumerations"). */
export const AI_URGENCY_CHOICES = ['low', 'medium', 'high', 'critical'];
export const DEVICE_CHOICES = ['Smart Thermostat', 'Outdoor Camera', 'Indoor Camera', 'Video Doorbell', 'Smart Plug', 'Home Hub', 'Acme App'];

export const SENTIMENT_CHOICES = ['positive', 'neutral', 'negative'];
export const CUSTOMER_TIER_CHOICES = ['free', 'basic', 'premium', 'enterprise'];

/** The three AI ticket fields, by name. */
export const AI_TICKET_FIELD_NAMES = ['cf_ai_category', 'cf_ai_urgency', 'cf_ai_confidence'] as const;
/** The two Sentiment contact fields, by name (no cf_ prefix on contact fields, docs/freshdesk.md "Contacts"). */
export const SENTIMENT_CONTACT_FIELD_NAMES = ['sentiment_score', 'escalation_risk'] as const;

/** Ordinary fields every Acme-like account has; the app never writes them. */
export const orderNumberField: SeedTicketField = {
  id: 8001,
  name: 'cf_order_number',
  label: 'Order Number',
  label_for_customers: 'Order number (e.g. AC-104233)',
  type: 'custom_text',
  description: 'Shop order or invoice number, if the customer gave one.',
  displayed_to_customers: true,
  customers_can_edit: true,
  created_at: '2025-01-14T10:05:00Z',
};

export const deviceField: SeedTicketField = {
  id: 8002,
  name: 'cf_device',
  label: 'Device',
  label_for_customers: 'Which device is this about?',
  type: 'custom_dropdown',
  choices: DEVICE_CHOICES,
  displayed_to_customers: true,
  customers_can_edit: true,
  created_at: '2025-01-14T10:06:00Z',
};

/** What an admin following the Simpli Freshdesk guide created in Admin > Ticket Fields. */
export const aiTicketFields: SeedTicketField[] = [
  {
    id: 8003,
    name: 'cf_ai_category',
    label: 'AI Category',
    label_for_customers: 'AI Category',
    type: 'custom_dropdown',
    description: 'Set by Simpli Triage.',
    choices: AI_CATEGORY_CHOICES,
    created_at: '2026-03-02T11:00:00Z',
  },
  {
    id: 8004,
    name: 'cf_ai_urgency',
    label: 'AI Urgency',
    label_for_customers: 'AI Urgency',
    type: 'custom_dropdown',
    description: 'Set by Simpli Triage.',
    choices: AI_URGENCY_CHOICES,
    created_at: '2026-03-02T11:01:00Z',
  },
  {
    id: 8005,
    name: 'cf_ai_confidence',
    label: 'AI Confidence',
    label_for_customers: 'AI Confidence',
    type: 'custom_text',
    description: 'Classification confidence from Simpli Triage, 0 to 1.',
    created_at: '2026-03-02T11:02:00Z',
  },
];

export const customerTierField: SeedContactField = {
  id: 8101,
  name: 'customer_tier',
  label: 'Customer Tier',
  label_for_customers: 'Plan',
  type: 'custom_dropdown',
  choices: CUSTOMER_TIER_CHOICES,
  created_at: '2025-01-14T10:10:00Z',
};

/**
 * The Simpli Freshdesk guide's contact fields, as it tells admins to create them (Admin > Customer Fields):
 * "Sentiment Score", a dropdown positive/neutral/negative (it holds Sentiment's *label*, not its score: the
 * guide's name, kept because that is what real accounts have), and "Escalation Risk", single-line text holding
 * the number as text ("0.65"): contact fields offer no decimal type in Freshdesk's create API (docs/freshdesk.md
 * "Contact fields").
 */
export const sentimentContactFields: SeedContactField[] = [
  {
    id: 8102,
    name: 'sentiment_score',
    label: 'Sentiment Score',
    label_for_customers: 'Sentiment Score',
    type: 'custom_dropdown',
    choices: SENTIMENT_CHOICES,
    created_at: '2026-03-02T11:05:00Z',
  },
  {
    id: 8103,
    name: 'escalation_risk',
    label: 'Escalation Risk',
    label_for_customers: 'Escalation Risk',
    type: 'custom_text',
    created_at: '2026-03-02T11:06:00Z',
  },
];
