/** The words of sentiment: what Simpli said about a customer's message, and where in Freshdesk it lands. */

/** Simpli's channels (docs/simpli.md "Enumerations"): lower case only, anything else is a 422. */
export const CHANNELS = ['email', 'chat', 'phone', 'social', 'web'] as const;
export type Channel = (typeof CHANNELS)[number];

export const LABELS = ['positive', 'neutral', 'negative'] as const;
export type SentimentLabel = (typeof LABELS)[number];

/**
 * What Sentiment /analyze answered, normalised (docs/simpli.md "Sentiment: POST /analyze",
 * "What the app and the fakes do", app item 4).
 */
export interface SentimentResult {
  /** −1…1 */
  score: number;
  label: SentimentLabel;
  /** 0…1 */
  escalationRisk: number;
  /** Trigger words in the order found. */
  triggers: string[];
}

/** The body of POST /analyze (docs/simpli.md "Sentiment: POST /analyze"). */
export interface SentimentRequest {
  customer_id: string;
  text: string;
  channel?: Channel;
}

/** A custom contact field as GET /contact_fields lists it (docs/freshdesk.md "Contact fields"). */
export interface ContactFieldDef {
  /** The key in a contact's custom_fields: no cf_ prefix (docs/freshdesk.md "Contacts"). */
  name: string;
  label: string;
  type: string;
  /** Dropdown values; empty for other types. */
  choices: readonly string[];
}

/** How a contact field takes a value. */
export type ContactFieldKind = 'dropdown' | 'text' | 'number' | 'decimal' | 'other';

export interface ContactFieldTarget {
  name: string;
  label: string;
  kind: ContactFieldKind;
  choices: readonly string[];
}

/** The two fields the Simpli Freshdesk guide has admins create, as this account has them (absent: not created). */
export interface SentimentFields {
  label?: ContactFieldTarget;
  risk?: ContactFieldTarget;
}

export type SentimentFieldRole = keyof SentimentFields;
