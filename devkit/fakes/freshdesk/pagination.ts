/**
 * List pagination (docs/freshdesk.md "Conversations and pagination"): `page` (1-based) and `per_page` (default 30, max
 * 100); unknown query keys are invalid_field; `Link: <…>; rel="next"` only while another page exists, repeating
 * the request's query with page+1. No prev/last links and no total count.
 */
import type { FakeResponse } from '../kit/types';
import type { Ctx } from './context';
import { type FieldError, msg, ok, validationFailed } from './responses';

const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

/**
 * invalid_field for every query key not in `allowed` (docs/freshdesk.md "Conversations and pagination":
 * "Unknown query keys give invalid_field").
 */
export function unknownQueryErrors(ctx: Ctx, allowed: readonly string[]): FieldError[] {
  return [...new Set(ctx.req.query.keys())]
    .filter((k) => !allowed.includes(k))
    .map((field) => ({ field, message: msg.invalidField, code: 'invalid_field' }));
}

function positiveInt(raw: string | null): number | undefined {
  if (raw === null) return undefined;
  return /^\d+$/.test(raw) && Number(raw) > 0 ? Number(raw) : NaN;
}

export function paginate<T>(ctx: Ctx, items: readonly T[], extraQuery: readonly string[] = []): FakeResponse {
  const unknown = unknownQueryErrors(ctx, ['page', 'per_page', ...extraQuery]);
  if (unknown.length) return validationFailed(unknown);
  const errors: FieldError[] = [];
  const page = positiveInt(ctx.req.query.get('page')) ?? 1;
  const perPage = positiveInt(ctx.req.query.get('per_page')) ?? DEFAULT_PER_PAGE;
  if (Number.isNaN(page)) errors.push({ field: 'page', message: 'It should be a Positive Integer', code: 'datatype_mismatch' });
  if (Number.isNaN(perPage) || perPage > MAX_PER_PAGE) {
    errors.push({
      field: 'per_page',
      message: `It should be a Positive Integer less than or equal to ${MAX_PER_PAGE}`,
      code: 'datatype_mismatch',
    });
  }
  if (errors.length) return validationFailed(errors);

  const start = (page - 1) * perPage;
  const pageItems = items.slice(start, start + perPage);
  if (start + perPage >= items.length) return ok(pageItems);
  const next = new URLSearchParams(ctx.req.query);
  next.set('page', String(page + 1));
  return ok(pageItems, 200, { Link: `<${ctx.base}${ctx.req.path}?${next.toString()}>; rel="next"` });
}
