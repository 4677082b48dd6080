/**
 * GET /api/v2/tickets — "List all tickets" (https://developers.freshdesk.com/api/#list_all_tickets), the query
 * the app's reconciling sweep makes. What it does, and where each rule comes from (docs/platform.md, "Freshdesk:
 * listing tickets", has the same list):
 * - Deleted and spam tickets are never listed (same page: "only tickets that have not been deleted or marked as
 *   spam will be returned").
 * - Without `updated_since`, only tickets created within the past 30 days of the fake's clock (same page, note 1:
 *   "By default, only tickets that have been created within the past 30 days will be returned. For older
 *   tickets, use the updated_since filter"). With it, every ticket whose updated_at is at or after it, however old.
 * - `order_by` created_at | due_by | updated_at | status (default created_at), `order_type` asc | desc (default
 *   desc) (same page). Ties go by id in the same direction, and a null due_by sorts as the smallest value (SQL's
 *   order): the docs are silent on both; a stable order keeps pages from overlapping.
 * - `page` / `per_page` as every list (https://developers.freshdesk.com/api/#pagination: per_page default 30,
 *   max 100), and at most 300 pages (same page, note 2: "A maximum of 300 pages … will be returned"). page 301 is
 *   refused with Freshdesk's message for it; the 300th page never carries a `Link`, so a client paging until the
 *   Link stops sees the cut silently, as it would on the real API — narrow `updated_since` instead.
 * - Items are the ticket without `description`/`description_text` (same page, note 5: accounts created after
 *   2018-11-30 need `include=description` for them).
 * Not served by the fake (400 invalid_field, like any unknown key): `filter`, `requester_id`, `email`,
 * `unique_external_id`, `company_id`, `include` — real parameters the app does not use.
 * Its own per-minute sub-limit is counted in service.ts (https://support.freshdesk.com/support/solutions/articles/225439).
 */
import type { Ctx } from './context';
import { paginate } from './pagination';
import type { TicketRecord } from './records';
import { type FieldError, msg, validationFailed } from './responses';
import { renderTicket } from './tickets';

export const LIST_ORDER_BY = ['created_at', 'due_by', 'updated_at', 'status'] as const;
export const LIST_ORDER_TYPES = ['asc', 'desc'] as const;
/** What a list may embed; the real API also takes requester and stats, which the app never asks for. */
export const LIST_INCLUDES = ['description'] as const;
/** The default window without updated_since. */
export const LIST_DEFAULT_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;
/** "A maximum of 300 pages … will be returned." */
export const LIST_MAX_PAGE = 300;

type OrderBy = (typeof LIST_ORDER_BY)[number];

/** YYYY-MM-DD, or a date and time with optional seconds, fraction and zone (Freshdesk's accepted ISO 8601 forms). */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$/i;

function parseSince(raw: string): number | undefined {
  if (!ISO_8601.test(raw)) return undefined;
  const ms = Date.parse(/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/i.test(raw) ? `${raw}Z` : raw); // no zone: UTC
  return Number.isNaN(ms) ? undefined : ms;
}

function queryErrors(q: URLSearchParams): FieldError[] {
  const errors: FieldError[] = [];
  const orderBy = q.get('order_by');
  if (orderBy !== null && !(LIST_ORDER_BY as readonly string[]).includes(orderBy)) {
    errors.push({ field: 'order_by', message: msg.oneOf(LIST_ORDER_BY), code: 'invalid_value' });
  }
  const orderType = q.get('order_type');
  if (orderType !== null && !(LIST_ORDER_TYPES as readonly string[]).includes(orderType)) {
    errors.push({ field: 'order_type', message: msg.oneOf(LIST_ORDER_TYPES), code: 'invalid_value' });
  }
  const since = q.get('updated_since');
  if (since !== null && parseSince(since) === undefined) {
    errors.push({ field: 'updated_since', message: "It should be a valid date in the 'combined date and time ISO8601' format", code: 'invalid_value' });
  }
  const include = q.get('include');
  if (include !== null && include.split(',').some((i) => !(LIST_INCLUDES as readonly string[]).includes(i.trim()))) {
    errors.push({ field: 'include', message: msg.oneOf(LIST_INCLUDES), code: 'invalid_value' });
  }
  const page = q.get('page');
  if (page !== null && /^\d+$/.test(page) && Number(page) > LIST_MAX_PAGE) {
    errors.push({
      field: 'page',
      message: `You cannot access tickets beyond the ${LIST_MAX_PAGE}th page. Please provide a smaller page number.`,
      code: 'invalid_value',
    });
  }
  return errors;
}

const sortValue = (t: TicketRecord, by: OrderBy): number => {
  if (by === 'status') return t.status;
  const v = t[by];
  return v === null ? Number.NEGATIVE_INFINITY : Date.parse(v);
};

export function listTickets(ctx: Ctx) {
  const q = ctx.req.query;
  const own = ['updated_since', 'order_by', 'order_type', 'include'];
  const unknown = [...new Set(q.keys())].filter((k) => ![...own, 'page', 'per_page'].includes(k));
  // Unknown keys first, as pagination.ts reports them; then the values.
  if (unknown.length === 0) {
    const errors = queryErrors(q);
    if (errors.length) return validationFailed(errors);
  }

  const since = q.get('updated_since');
  const sinceMs = since === null ? undefined : (parseSince(since) as number);
  const createdFrom = ctx.store.clock.now() - LIST_DEFAULT_WINDOW_MS;
  const by = (q.get('order_by') ?? 'created_at') as OrderBy;
  const direction = q.get('order_type') === 'asc' ? 1 : -1;

  const tickets = [...ctx.store.tickets.values()]
    .filter((t) => !t.deleted && !t.spam)
    .filter((t) => (sinceMs === undefined ? Date.parse(t.created_at) >= createdFrom : Date.parse(t.updated_at) >= sinceMs))
    .sort((a, b) => direction * (sortValue(a, by) - sortValue(b, by) || a.id - b.id));

  const withDescription = q.get('include')?.includes('description') === true;
  const items = tickets.map((t) => {
    const listed = renderTicket(ctx.store, t);
    if (!withDescription) {
      delete listed.description;
      delete listed.description_text;
    }
    return listed;
  });
  // The 300th page is the last the API returns: pretend nothing follows it, so no Link points past the cap.
  const perPage = Number(q.get('per_page') ?? 30);
  const reachable = Number.isInteger(perPage) && perPage > 0 ? items.slice(0, LIST_MAX_PAGE * perPage) : items;
  return paginate(ctx, reachable, own);
}
