/**
 * The fake's in-memory records: seed data normalised to the full shapes the API answers with. Custom-field
 * values are kept as "what was set"; rendering fills every other custom field with null (docs/freshdesk.md
 * "Viewing a ticket").
 */
import type { CustomContactFieldType, CustomTicketFieldType, SeedArticle } from './account';

export interface TicketStats {
  agent_responded_at: string | null;
  requester_responded_at: string | null;
  first_responded_at: string | null;
  status_updated_at: string | null;
  reopened_at: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  pending_since: string | null;
}

export interface TicketRecord {
  id: number;
  subject: string;
  description: string;
  description_text: string;
  requester_id: number;
  status: number;
  priority: number;
  source: number;
  type: string | null;
  group_id: number | null;
  responder_id: number | null;
  product_id: number | null;
  company_id: number | null;
  email_config_id: number | null;
  tags: string[];
  custom: Record<string, unknown>;
  cc_emails: string[];
  to_emails: string[] | null;
  due_by: string | null;
  fr_due_by: string | null;
  is_escalated: boolean;
  fr_escalated: boolean;
  spam: boolean;
  deleted: boolean;
  created_at: string;
  updated_at: string;
  stats: TicketStats;
}

/**
 * One conversation entry exactly as GET /tickets/{id}/conversations shows it (docs/freshdesk.md
 * "Conversations and pagination").
 */
export interface ConversationJson {
  body: string;
  body_text: string;
  id: number;
  incoming: boolean;
  private: boolean;
  user_id: number;
  support_email: string | null;
  source: number;
  category: number;
  ticket_id: number;
  to_emails: string[];
  from_email: string | null;
  cc_emails: string[];
  bcc_emails: string[];
  email_failure_count: number | null;
  outgoing_failures: unknown;
  created_at: string;
  updated_at: string;
  attachments: unknown[];
  source_additional_info: unknown;
}

export interface ContactRecord {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  job_title: string | null;
  company_id: number | null;
  description: string | null;
  address: string | null;
  language: string;
  time_zone: string;
  twitter_id: string | null;
  unique_external_id: string | null;
  other_emails: string[];
  tags: string[];
  active: boolean;
  view_all_tickets: boolean;
  custom: Record<string, unknown>;
  created_at: string;
  updated_at: string;
}

/** What validation needs to know about any custom field, ticket or contact. */
export interface CustomFieldDef {
  id: number;
  name: string;
  label: string;
  type: CustomTicketFieldType | CustomContactFieldType;
  choices: { id: number; value: string; position: number }[];
  position: number;
  label_for_customers: string;
  required_for_agents: boolean;
  required_for_customers: boolean;
  customers_can_edit: boolean;
  created_at: string;
  updated_at: string;
}

export interface TicketFieldRecord extends CustomFieldDef {
  type: CustomTicketFieldType;
  description: string | null;
  required_for_closure: boolean;
  displayed_to_customers: boolean;
}

export interface ContactFieldRecord extends CustomFieldDef {
  type: CustomContactFieldType;
  displayed_for_customers: boolean;
  editable_in_signup: boolean;
}

export interface CategoryRecord {
  id: number;
  name: string;
  description: string | null;
  created_at: string;
  updated_at: string;
}

export interface FolderRecord {
  id: number;
  name: string;
  description: string | null;
  visibility: number;
  category_id: number;
  parent_folder_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface ArticleRecord extends Required<Omit<SeedArticle, 'draft' | 'description_text'>> {
  description_text: string;
  folder_id: number;
  category_id: number;
  draft?: SeedArticle['draft'];
}
