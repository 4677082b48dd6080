/**
 * FreshdeskAccount: the plain data a fake Freshdesk account is seeded from (and restored to on reset).
 * Written for authors of demo data: only what identifies a record is required; everything else gets the
 * default a real account would show ("Viewing a ticket": empty fields are null, lists are []). Keys use the API's own
 * snake_case names, so a record can be pasted from a real response. Quoted names: sections of docs/freshdesk.md.
 */

export interface FreshdeskAccount {
  /**
   * The subdomain: "acme-shop" → https://acme-shop.freshdesk.com, used in Link and Location headers
   * ("Base URL and transport").
   */
  domain: string;
  /**
   * Calls per minute for the whole account, shared by every key ("Rate limits"): Growth 200, Pro 400, Enterprise 700,
   * trial 50.
   */
  rateLimitPerMinute: number;
  /**
   * GET /api/v2/tickets calls per minute, a slice of the total ("Rate limits": Growth 20, Pro 100, Enterprise 200).
   * Default: list-limit.ts.
   */
  ticketListRateLimitPerMinute?: number;
  apiKeys: SeedApiKey[];
  /**
   * The ticket_type field's choices ("Groups and ticket types"), e.g. ["Question", "Incident", "Problem",
   * "Feature Request"].
   */
  ticketTypes: string[];
  /** Statuses beyond 2 Open, 3 Pending, 4 Resolved, 5 Closed (ids ≥ 6, "Priorities, statuses and sources"). */
  customStatuses?: SeedStatus[];
  /** System fields that closing (status 4/5) requires ("Updating a ticket"), e.g. ["ticket_type"]. */
  systemFieldsRequiredForClosure?: SystemClosureField[];
  /** Custom ticket fields (names cf_*, "Ticket fields"). System fields are derived from the rest of the account. */
  ticketFields: SeedTicketField[];
  /** Custom contact fields (names without cf_, "Contacts"). */
  contactFields: SeedContactField[];
  groups: SeedGroup[];
  agents: SeedAgent[];
  products?: SeedNamed[];
  companies?: SeedNamed[];
  emailConfigs?: SeedNamed[];
  contacts: SeedContact[];
  tickets: SeedTicket[];
  /** The knowledge base: categories → folders (→ subfolders) → articles ("Solutions (knowledge base)"). */
  solutions: SeedCategory[];
  /**
   * Newer accounts have subfolders ("Solutions (knowledge base)"); false serves no /subfolders route and no hierarchy
   * keys. Default true.
   */
  solutionSubfolders?: boolean;
  /** created_at/updated_at for seed records that give none. Default "2024-05-01T09:00:00Z". */
  seededAt?: string;
}

export interface SeedApiKey {
  key: string;
  /**
   * The agent the key belongs to: calls run as that agent, notes default to them as author ("Authentication", "Notes").
   */
  agent_id: number;
  /**
   * Admin keys may call /api/v2/admin/* and create fields; others get 403 access_denied ("Error responses",
   * "Creating ticket fields").
   */
  admin: boolean;
}

export interface SeedStatus {
  id: number;
  name: string;
  customer_name?: string;
}

export type SystemClosureField = 'ticket_type' | 'group' | 'agent' | 'product';

export type CustomTicketFieldType =
  | 'custom_text'
  | 'custom_paragraph'
  | 'custom_checkbox'
  | 'custom_number'
  | 'custom_decimal'
  | 'custom_date'
  | 'custom_date_time'
  | 'custom_dropdown';

export type CustomContactFieldType =
  | 'custom_text'
  | 'custom_paragraph'
  | 'custom_checkbox'
  | 'custom_number'
  | 'custom_decimal'
  | 'custom_date'
  | 'custom_dropdown'
  | 'custom_phone_number'
  | 'custom_url';

interface SeedFieldCommon {
  id?: number;
  label: string;
  label_for_customers?: string;
  /** Dropdown values, in order. */
  choices?: string[];
  position?: number;
  required_for_agents?: boolean;
  required_for_customers?: boolean;
  customers_can_edit?: boolean;
  created_at?: string;
}

export interface SeedTicketField extends SeedFieldCommon {
  /** "cf_ai_category" ("Ticket fields"). */
  name: string;
  type: CustomTicketFieldType;
  description?: string | null;
  required_for_closure?: boolean;
  displayed_to_customers?: boolean;
}

export interface SeedContactField extends SeedFieldCommon {
  /** "sentiment_score": no cf_ prefix in the API ("Contacts"). */
  name: string;
  type: CustomContactFieldType;
  displayed_for_customers?: boolean;
  editable_in_signup?: boolean;
}

export interface SeedGroup {
  id: number;
  name: string;
  description?: string | null;
  escalate_to?: number | null;
  unassigned_for?: string | null;
  business_hour_id?: number | null;
  group_type?: string;
  created_at?: string;
}

export interface SeedAgent {
  id: number;
  name: string;
  email: string;
  group_ids?: number[];
}

export interface SeedNamed {
  id: number;
  name: string;
}

export interface SeedContact {
  id: number;
  name: string;
  email?: string | null;
  phone?: string | null;
  mobile?: string | null;
  job_title?: string | null;
  company_id?: number | null;
  description?: string | null;
  address?: string | null;
  language?: string;
  time_zone?: string;
  twitter_id?: string | null;
  other_emails?: string[];
  tags?: string[];
  active?: boolean;
  /** Keyed by contact field name, without cf_. */
  custom_fields?: Record<string, unknown>;
  created_at?: string;
}

export interface SeedTicket {
  /** The display id, as in /tickets/{id} ("Viewing a ticket"). */
  id: number;
  subject: string;
  /** HTML. description_text is derived when not given. */
  description: string;
  description_text?: string;
  requester_id: number;
  /** Default 2 (Open). */
  status?: number;
  /** Default 1 (Low). */
  priority?: number;
  /** Default 1 (Email). */
  source?: number;
  type?: string | null;
  group_id?: number | null;
  responder_id?: number | null;
  product_id?: number | null;
  company_id?: number | null;
  email_config_id?: number | null;
  tags?: string[];
  /** Keyed cf_*; fields not given read as null. */
  custom_fields?: Record<string, unknown>;
  cc_emails?: string[];
  to_emails?: string[] | null;
  due_by?: string | null;
  fr_due_by?: string | null;
  is_escalated?: boolean;
  fr_escalated?: boolean;
  spam?: boolean;
  deleted?: boolean;
  created_at?: string;
  updated_at?: string;
  /** Oldest first; the ticket's description is not one of them ("Conversations and pagination"). */
  conversations?: SeedConversation[];
}

export interface SeedConversation {
  id: number;
  /** HTML; body_text is derived when not given. */
  body: string;
  body_text?: string;
  /** The author: a contact for incoming replies, an agent otherwise. */
  user_id: number;
  /** true: from the customer's side. Default false. */
  incoming?: boolean;
  /** Default false (a reply); true makes it a private note. */
  private?: boolean;
  /** Default 2 (note) when private, else 0 (email reply) ("Priorities, statuses and sources"). */
  source?: number;
  /** Default 1 when incoming, 2 when private, else 3 ("Conversations and pagination"). */
  category?: number;
  from_email?: string | null;
  to_emails?: string[];
  support_email?: string | null;
  cc_emails?: string[];
  created_at?: string;
}

export interface SeedCategory {
  id: number;
  name: string;
  description?: string | null;
  folders: SeedFolder[];
  created_at?: string;
}

export interface SeedFolder {
  id: number;
  name: string;
  description?: string | null;
  /** 1 all users (default), 2 logged-in, 3 agents, 4 selected companies ("Solutions (knowledge base)"). */
  visibility?: number;
  articles?: SeedArticle[];
  /** Child folders (newer accounts, "Solutions (knowledge base)"). */
  subfolders?: SeedFolder[];
  created_at?: string;
}

export interface SeedArticle {
  id: number;
  title: string;
  /** HTML; description_text is derived when not given. */
  description: string;
  description_text?: string;
  /** 1 draft, 2 published (default). */
  status?: number;
  /** 1 permanent (default), 2 workaround. */
  type?: number;
  agent_id?: number;
  tags?: string[];
  seo_data?: Record<string, string>;
  thumbs_up?: number;
  thumbs_down?: number;
  hits?: number;
  created_at?: string;
  updated_at?: string;
  /**
   * An unsaved newer draft: served instead of the published text unless ?prefer_published=true
   * ("Solutions (knowledge base)").
   */
  draft?: { title: string; description: string; updated_at?: string };
}
