/** The words of triage: what Simpli said, what the account allows, what we decided for each field. */

export interface Classification {
  category: string;
  urgency: string;
  sentiment?: string;
  /** 0–1 */
  confidence: number;
}

export interface Routing {
  team?: string | null;
  agent?: string | null;
  reason?: string | null;
  group_id?: number | null;
}

/** How a custom ticket field accepts values (from GET /ticket_fields, docs/freshdesk.md "Ticket fields"). */
export type CustomFieldRule =
  | { kind: 'dropdown'; choices: readonly string[] }
  | { kind: 'text' }
  | { kind: 'number' }
  | { kind: 'decimal' }
  | { kind: 'other' };

/** The parts of the account's ticket schema triage writes against; cached, refreshed on validation errors. */
export interface AccountSchema {
  ticketTypes: readonly string[];
  groups: ReadonlyArray<{ id: number; name: string }>;
  customFields: Readonly<Record<string, CustomFieldRule>>;
  /**
   * The account's own name for each AI field, found by label then name (Freshdesk may suffix a name on a
   * collision, docs/freshdesk.md "Creating ticket fields"); absent (older caches) means the name the Simpli Freshdesk
   * guide gives it.
   */
  aiFieldNames?: Readonly<Partial<Record<AiField, string>>>;
}

export type AiField = 'cf_ai_category' | 'cf_ai_urgency' | 'cf_ai_confidence';

export interface TriageSettings {
  /** Minimum confidence (0–1) to apply each value; below it the value is only suggested. */
  thresholds: { priority: number; type: number; group: number };
  /** Overwrite values already set on the ticket at creation. */
  overwriteExisting: boolean;
  /** Admin mapping of a Triage team name to a Freshdesk group name or id. */
  teamToGroup: Readonly<Record<string, string>>;
}

/** The new ticket as the event carries it. */
export interface NewTicket {
  id: number;
  priority?: number | null;
  type?: string | null;
  group_id?: number | null;
  tags?: readonly string[] | null;
  custom_fields?: Readonly<Record<string, unknown>> | null;
}

export type TriagedField = 'priority' | 'type' | 'group' | AiField;

export type DecisionReason =
  | 'applied'
  | 'below_threshold'
  | 'invalid_for_account'
  | 'existing_value_kept'
  | 'no_matching_group'
  | 'field_missing';

export interface FieldDecision {
  field: TriagedField;
  /** What Simpli suggested, as shown to agents (e.g. "High", "Billing", "Technical Support"). */
  suggested: string;
  applied: boolean;
  reason: DecisionReason;
}

/** The body of one ticket PUT (docs/freshdesk.md "Updating a ticket"). */
export interface TicketUpdate {
  priority?: number;
  type?: string;
  group_id?: number;
  custom_fields?: Record<string, string | number>;
  tags?: string[];
}

export interface TicketUpdatePlan {
  update: TicketUpdate;
  decisions: FieldDecision[];
}
