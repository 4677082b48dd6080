/**
 * The bodies and headers of create_app()'s answers (docs/simpli.md "Error responses"), rendered as Python writes them.
 * `requestId` is what the request-ID middleware would stamp on the response; `incomingRequestId` is the
 * client's header (or null), which is what error bodies carry.
 */
import type { FakeResponse } from '../../kit/types';
import { renderPythonJson } from '../python/render-json';
import type { FieldError } from './validation';

export function pythonJson(status: number, body: unknown, headers: Record<string, string> = {}): FakeResponse {
  return { status, headers: { 'content-type': 'application/json', ...headers }, rawBody: renderPythonJson(body) };
}

/**
 * The API-key middleware's 401: outermost, so no X-Request-ID, no CORS headers, no request_id (docs/simpli.md
 * "Shared behaviour (create_app)").
 */
export function unauthorizedResponse(): FakeResponse {
  return pythonJson(401, { error_code: 'AUTHENTICATION_ERROR', detail: 'Invalid or missing API key' });
}

export function validationErrorBody(errors: readonly FieldError[], incomingRequestId: string | null): unknown {
  return {
    error_code: 'VALIDATION_ERROR',
    detail: 'Request validation failed',
    request_id: incomingRequestId,
    errors: errors.map((e) => ({ field: e.loc.map(String).join(' -> '), message: e.msg })),
  };
}

export function coreErrorBody(errorCode: string, detail: string, incomingRequestId: string | null): unknown {
  return { error_code: errorCode, detail, request_id: incomingRequestId };
}

/**
 * An unhandled exception: answered outside the request-ID middleware, so no X-Request-ID header (docs/simpli.md
 * "Shared behaviour (create_app)").
 */
export function internalErrorResponse(incomingRequestId: string | null): FakeResponse {
  return pythonJson(500, coreErrorBody('INTERNAL_ERROR', 'An internal error occurred', incomingRequestId));
}
