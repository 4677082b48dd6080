/**
 * Freshdesk's answer shapes (docs/freshdesk.md "Error responses", "Validation errors"): request-level errors are
 * `{code, message}`, validation failures are `{description, errors[]}`, 404 has an empty body.
 */
import type { FakeResponse } from '../kit/types';

export interface FieldError {
  field: string;
  message: string;
  code: string;
}

export const ok = (body: unknown, status = 200, headers?: Record<string, string>): FakeResponse => ({
  status,
  body,
  ...(headers ? { headers } : {}),
});

/** Unknown id or route: an empty body (docs/freshdesk.md "Error responses"). */
export const notFound = (): FakeResponse => ({ status: 404, rawBody: '' });

export const requestError = (status: number, code: string, message: string): FakeResponse => ({
  status,
  body: { code, message },
});

export const invalidCredentials = (): FakeResponse =>
  requestError(401, 'invalid_credentials', 'You have to be logged in to perform this action.');

export const accessDenied = (): FakeResponse =>
  requestError(403, 'access_denied', 'You are not authorized to perform this action.');

export const serverError = (): FakeResponse => ({ status: 500, body: { message: "We're sorry, but something went wrong." } });

export const methodNotAllowed = (method: string, allowed: string[]): FakeResponse => ({
  status: 405,
  headers: { Allow: allowed.join(', ') },
  body: { message: `${method} method is not allowed. It should be one of these method(s): ${allowed.join(', ')}` },
});

/**
 * The status is the most frequent one among the errors: duplicate_value 409, access_denied 403, else 400
 * (docs/freshdesk.md "Updating a ticket").
 */
export function validationFailed(errors: FieldError[]): FakeResponse {
  const statusOf = (code: string): number => (code === 'duplicate_value' ? 409 : code === 'access_denied' ? 403 : 400);
  const counts = new Map<number, number>();
  for (const e of errors) counts.set(statusOf(e.code), (counts.get(statusOf(e.code)) ?? 0) + 1);
  const status = [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? 400;
  return { status, body: { description: 'Validation failed', errors } };
}

// The message texts of docs/freshdesk.md "Updating a ticket" and "Validation errors", in one place.
export const msg = {
  invalidField: 'Unexpected/invalid field in request',
  oneOf: (values: readonly (string | number)[]) => `It should be one of these values: '${values.join(',')}'`,
  /**
   * "Value set is of type String.It should be one of these values: '1,2,3,4'" (no space, docs/freshdesk.md
   * "Validation errors").
   */
  typeOneOf: (v: unknown, values: readonly (string | number)[]) => `Value set is of type ${typeName(v)}.${msg.oneOf(values)}`,
  shouldBe: (type: string) => `It should be a/an ${type}`,
  noRecord: (resource: string, attr: string) => `There is no ${resource} matching the given ${attr}`,
  tooLong: (len: number, max: number) => `Has ${len} characters, it can have maximum of ${max} characters`,
  comma: "It should not have strings containing the special characters: ','",
};

/** Ruby-style type names, as Freshdesk reports them. */
export function typeName(v: unknown): string {
  if (v === null) return 'Null';
  if (Array.isArray(v)) return 'Array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'Integer' : 'Float';
  if (typeof v === 'boolean') return 'Boolean';
  if (typeof v === 'object') return 'key/value pair';
  return 'String';
}

export const isPositiveInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;
