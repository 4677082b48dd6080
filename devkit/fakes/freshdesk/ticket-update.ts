/**
 * PUT /api/v2/tickets/{id} (docs/freshdesk.md "Updating a ticket"): validate (ticket-validation.ts), then a partial
 * update — only sent keys change, tags REPLACE the set, custom_fields MERGE key by key, updated_at is bumped — and 200
 * with the full ticket. One bad field fails the whole update and changes nothing. PUT on a deleted or spam ticket
 * is 405. Requester keys (name, email, phone, …) and links (parent_id, tracker_id, …) are accepted but not applied.
 */
import type { Ctx } from './context';
import { CLOSING_STATUSES } from './enums';
import type { TicketRecord } from './records';
import { methodNotAllowed, notFound, ok, validationFailed } from './responses';
import { sanitizeTags } from './tags';
import { canonicalType, validateTicketUpdate } from './ticket-validation';
import { htmlToText } from './text';
import { renderTicket } from './tickets';

const APPLIED = [
  'subject', 'status', 'priority', 'source', 'group_id', 'responder_id', 'product_id', 'company_id',
  'email_config_id', 'requester_id', 'due_by', 'fr_due_by',
] as const;

export function updateTicket(ctx: Ctx) {
  const t = ctx.store.tickets.get(ctx.id);
  if (!t) return notFound();
  if (t.deleted || t.spam) return methodNotAllowed('PUT', ['GET']);
  const errors = validateTicketUpdate(ctx.store, t, ctx.body);
  if (errors.length) return validationFailed(errors);

  const body = ctx.body;
  const now = ctx.store.now();
  const previousStatus = t.status;
  const record = t as unknown as Record<string, unknown>;
  for (const k of APPLIED) if (k in body) record[k] = body[k];
  if ('type' in body) t.type = typeof body.type === 'string' ? (canonicalType(ctx.store, body.type) ?? null) : null;
  if (typeof body.description === 'string') {
    t.description = body.description;
    t.description_text = htmlToText(body.description);
  }
  if (Array.isArray(body.tags)) t.tags = sanitizeTags(body.tags as string[]);
  if (body.custom_fields) t.custom = { ...t.custom, ...(body.custom_fields as Record<string, unknown>) };
  if (t.status !== previousStatus) updateStats(t, previousStatus, now);
  t.updated_at = now;
  return ok(renderTicket(ctx.store, t));
}

function updateStats(t: TicketRecord, previous: number, now: string): void {
  t.stats.status_updated_at = now;
  if (t.status === 3) t.stats.pending_since = now;
  if (t.status === 4) t.stats.resolved_at = now;
  if (t.status === 5) {
    t.stats.closed_at = now;
    t.stats.resolved_at ??= now;
  }
  if (CLOSING_STATUSES.includes(previous) && !CLOSING_STATUSES.includes(t.status)) t.stats.reopened_at = now;
}
