/**
 * Seed records → full records: pure functions that fill in what a real account shows for data the seed leaves
 * out (docs/freshdesk.md "Response headers": empty fields are null, lists are []). `at` is the timestamp for records
 * that give none.
 */
import type { FreshdeskAccount, SeedContact, SeedConversation, SeedFolder, SeedTicket } from './account';
import type { ArticleRecord, CategoryRecord, ContactRecord, ConversationJson, FolderRecord, TicketRecord } from './records';
import { htmlToText } from './text';

export function ticketRecord(t: SeedTicket, at: string): TicketRecord {
  const created = t.created_at ?? at;
  return {
    id: t.id,
    subject: t.subject,
    description: t.description,
    description_text: t.description_text ?? htmlToText(t.description),
    requester_id: t.requester_id,
    status: t.status ?? 2,
    priority: t.priority ?? 1,
    source: t.source ?? 1,
    type: t.type ?? null,
    group_id: t.group_id ?? null,
    responder_id: t.responder_id ?? null,
    product_id: t.product_id ?? null,
    company_id: t.company_id ?? null,
    email_config_id: t.email_config_id ?? null,
    tags: t.tags ?? [],
    custom: { ...(t.custom_fields ?? {}) },
    cc_emails: t.cc_emails ?? [],
    to_emails: t.to_emails ?? null,
    due_by: t.due_by ?? null,
    fr_due_by: t.fr_due_by ?? null,
    is_escalated: t.is_escalated ?? false,
    fr_escalated: t.fr_escalated ?? false,
    spam: t.spam ?? false,
    deleted: t.deleted ?? false,
    created_at: created,
    updated_at: t.updated_at ?? created,
    stats: {
      agent_responded_at: null,
      requester_responded_at: null,
      first_responded_at: null,
      status_updated_at: created,
      reopened_at: null,
      resolved_at: null,
      closed_at: null,
      pending_since: null,
    },
  };
}

export function conversationRecord(t: SeedTicket, c: SeedConversation, at: string): ConversationJson {
  const isPrivate = c.private ?? false;
  const incoming = c.incoming ?? false;
  const created = c.created_at ?? t.created_at ?? at;
  return {
    body: c.body,
    body_text: c.body_text ?? htmlToText(c.body),
    id: c.id,
    incoming,
    private: isPrivate,
    user_id: c.user_id,
    support_email: c.support_email ?? null,
    source: c.source ?? (isPrivate ? 2 : 0),
    category: c.category ?? (incoming ? 1 : isPrivate ? 2 : 3),
    ticket_id: t.id,
    to_emails: c.to_emails ?? [],
    from_email: c.from_email ?? null,
    cc_emails: c.cc_emails ?? [],
    bcc_emails: [],
    email_failure_count: null,
    outgoing_failures: null,
    created_at: created,
    updated_at: created,
    attachments: [],
    source_additional_info: null,
  };
}

export function contactRecord(c: SeedContact, at: string): ContactRecord {
  return {
    id: c.id,
    name: c.name,
    email: c.email ?? null,
    phone: c.phone ?? null,
    mobile: c.mobile ?? null,
    job_title: c.job_title ?? null,
    company_id: c.company_id ?? null,
    description: c.description ?? null,
    address: c.address ?? null,
    language: c.language ?? 'en',
    time_zone: c.time_zone ?? 'Eastern Time (US & Canada)',
    twitter_id: c.twitter_id ?? null,
    unique_external_id: null,
    other_emails: c.other_emails ?? [],
    tags: c.tags ?? [],
    active: c.active ?? true,
    view_all_tickets: false,
    custom: { ...(c.custom_fields ?? {}) },
    created_at: c.created_at ?? at,
    updated_at: c.created_at ?? at,
  };
}

export interface SolutionRecords {
  categories: CategoryRecord[];
  folders: FolderRecord[];
  articles: ArticleRecord[];
}

/** The nested seed tree flattened; folders keep their category and parent, articles their folder and category. */
export function solutionRecords(a: FreshdeskAccount, at: string): SolutionRecords {
  const out: SolutionRecords = { categories: [], folders: [], articles: [] };
  const author = a.apiKeys[0]?.agent_id ?? a.agents[0]?.id ?? 0;
  const walk = (f: SeedFolder, categoryId: number, parent: number | null): void => {
    const folderAt = f.created_at ?? at;
    out.folders.push({
      id: f.id,
      name: f.name,
      description: f.description ?? null,
      visibility: f.visibility ?? 1,
      category_id: categoryId,
      parent_folder_id: parent,
      created_at: folderAt,
      updated_at: folderAt,
    });
    for (const art of f.articles ?? []) {
      const created = art.created_at ?? folderAt;
      out.articles.push({
        id: art.id,
        title: art.title,
        description: art.description,
        description_text: art.description_text ?? htmlToText(art.description),
        status: art.status ?? 2,
        type: art.type ?? 1,
        agent_id: art.agent_id ?? author,
        tags: art.tags ?? [],
        seo_data: art.seo_data ?? {},
        thumbs_up: art.thumbs_up ?? 0,
        thumbs_down: art.thumbs_down ?? 0,
        hits: art.hits ?? 0,
        created_at: created,
        updated_at: art.updated_at ?? created,
        folder_id: f.id,
        category_id: categoryId,
        ...(art.draft ? { draft: art.draft } : {}),
      });
    }
    for (const sub of f.subfolders ?? []) walk(sub, categoryId, f.id);
  };
  for (const c of a.solutions) {
    const catAt = c.created_at ?? at;
    out.categories.push({ id: c.id, name: c.name, description: c.description ?? null, created_at: catAt, updated_at: catAt });
    for (const f of c.folders) walk(f, c.id, null);
  }
  return out;
}
