/**
 * GET /api/v2/tickets/{id} (docs/freshdesk.md "Viewing a ticket"): the full ticket, with optional
 * ?include=conversations,requester,stats,company. Deleted and spam tickets can still be read.
 */
import type { Ctx } from './context';
import type { TicketRecord } from './records';
import { type FieldError, msg, notFound, ok, validationFailed } from './responses';
import { unknownQueryErrors } from './pagination';
import type { FreshdeskRecords } from './store';

export const TICKET_INCLUDES = ['conversations', 'requester', 'company', 'stats'] as const;
/**
 * `include=conversations` carries at most 10, oldest first (docs/freshdesk.md "Viewing a ticket"); the rest come from
 * /conversations.
 */
const MAX_INCLUDED_CONVERSATIONS = 10;

/**
 * The includes a request asks for (also the extra rate-limit credits it costs, docs/freshdesk.md
 * "Viewing a ticket"/docs/freshdesk.md "Rate limits").
 */
export function includesOf(query: URLSearchParams): string[] {
  const raw = query.get('include');
  return raw === null ? [] : raw.split(',').map((s) => s.trim()).filter(Boolean);
}

/**
 * The ticket JSON in the order of docs/freshdesk.md "Viewing a ticket". Every custom field is listed, null when unset.
 */
export function renderTicket(store: Pick<FreshdeskRecords, 'ticketFields'>, t: TicketRecord): Record<string, unknown> {
  const custom = Object.fromEntries(store.ticketFields.map((f) => [f.name, t.custom[f.name] ?? null]));
  return {
    cc_emails: t.cc_emails,
    fwd_emails: [],
    reply_cc_emails: t.cc_emails,
    ticket_cc_emails: t.cc_emails,
    fr_escalated: t.fr_escalated,
    spam: t.spam,
    email_config_id: t.email_config_id,
    group_id: t.group_id,
    priority: t.priority,
    requester_id: t.requester_id,
    responder_id: t.responder_id,
    source: t.source,
    company_id: t.company_id,
    status: t.status,
    subject: t.subject,
    association_type: null,
    to_emails: t.to_emails,
    product_id: t.product_id,
    id: t.id,
    type: t.type,
    due_by: t.due_by,
    fr_due_by: t.fr_due_by,
    is_escalated: t.is_escalated,
    description: t.description,
    description_text: t.description_text,
    custom_fields: custom,
    created_at: t.created_at,
    updated_at: t.updated_at,
    tags: [...t.tags],
    attachments: [],
    source_additional_info: null,
    ...(t.deleted ? { deleted: true } : {}),
  };
}

export function getTicket(ctx: Ctx) {
  // The record is loaded before the query is validated: an unknown id is a 404 whatever the query says.
  const t = ctx.store.tickets.get(ctx.id);
  if (!t) return notFound();
  const errors: FieldError[] = unknownQueryErrors(ctx, ['include']);
  const includes = includesOf(ctx.req.query);
  if (includes.some((i) => !(TICKET_INCLUDES as readonly string[]).includes(i))) {
    errors.push({ field: 'include', message: msg.oneOf(TICKET_INCLUDES), code: 'invalid_value' });
  }
  if (errors.length) return validationFailed(errors);

  const body = renderTicket(ctx.store, t);
  if (includes.includes('conversations')) {
    body.conversations = (ctx.store.conversations.get(t.id) ?? []).slice(0, MAX_INCLUDED_CONVERSATIONS);
  }
  if (includes.includes('requester')) {
    const c = ctx.store.contacts.get(t.requester_id);
    body.requester = c ? { id: c.id, name: c.name, email: c.email, mobile: c.mobile, phone: c.phone } : null;
  }
  if (includes.includes('stats')) body.stats = { ...t.stats };
  if (includes.includes('company')) {
    // Docs silent on a ticket without a company; null is the fake's choice.
    const company = ctx.store.account.companies?.find((c) => c.id === t.company_id);
    body.company = company ? { id: company.id, name: company.name } : null;
  }
  return ok(body);
}
