/** The words of installing: the fields the app needs, what the account already has, and what the install did. */

/** A custom field as the account lists it (GET /ticket_fields or /contact_fields, docs/platform.md, "Installing: the Freshdesk field APIs"). */
export interface ExistingField {
  /** The key in custom_fields: cf_… for tickets, no prefix for contacts. */
  name: string;
  label: string;
  type: string;
  /** Dropdown values; empty for other types. */
  choices: readonly string[];
}

export type FieldTarget = 'ticket' | 'contact';

/** The AI ticket fields (by the name the Simpli Freshdesk guide gives them) and the two sentiment contact fields. */
export type AppFieldRole = 'cf_ai_category' | 'cf_ai_urgency' | 'cf_ai_confidence' | 'sentiment_label' | 'escalation_risk';

/** A field the app needs: what it is called and how an admin would have created it. */
export interface FieldSpec {
  role: AppFieldRole;
  target: FieldTarget;
  label: string;
  /** The name Freshdesk generates from the label when nothing collides (docs/platform.md, "Installing: the Freshdesk field APIs"). */
  name: string;
  type: 'custom_dropdown' | 'custom_text';
  /** Dropdown values, in order; empty for text. */
  choices: readonly string[];
}

export type FieldOutcome =
  | { role: AppFieldRole; target: FieldTarget; label: string; outcome: 'found'; name: string }
  | { role: AppFieldRole; target: FieldTarget; label: string; outcome: 'created'; name: string }
  | { role: AppFieldRole; target: FieldTarget; label: string; outcome: 'skipped'; reason: string };

export const SIMPLI_SERVICES = ['triage', 'reply', 'sentiment', 'qa', 'kb'] as const;
export type SimpliService = (typeof SIMPLI_SERVICES)[number];

/** A Simpli service as the settings describe it: switched on or not, and the host it answers on. */
export interface ServiceTarget {
  service: SimpliService;
  enabled: boolean;
  host?: string;
}

export type ServiceHealth =
  | { service: SimpliService; status: 'ok'; host: string }
  | { service: SimpliService; status: 'failing'; host: string; reason: string }
  | { service: SimpliService; status: 'not_checked'; host: string; reason: string }
  | { service: SimpliService; status: 'off' }
  | { service: SimpliService; status: 'not_configured' };

export type ScheduleState = { state: 'created' | 'exists' | 'updated'; name: string } | { state: 'failed'; name: string; reason: string };

/** What one install did, kept in `$db` for the admin and the simulator: never a key. */
export interface InstallReport {
  v: 1;
  /** Epoch ms. */
  at: number;
  freshdesk: { verified: true } | { verified: false; reason: string };
  fields: FieldOutcome[];
  simpli: ServiceHealth[];
  schedule?: ScheduleState;
  /** Template requests the install made. */
  requests: number;
  /** Set when the install was refused: the message the admin saw. */
  blocked?: string;
}
