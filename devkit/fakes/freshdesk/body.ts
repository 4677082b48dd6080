/**
 * Request bodies of POST/PUT (docs/freshdesk.md "Base URL and transport", "Error responses"): Content-Type must be
 * application/json (415 otherwise; GET and DELETE are not checked), the body must be a JSON object (400 invalid_json),
 * and a PUT must change something (400 missing_params). multipart/form-data (attachments) is real but not supported
 * by the fake: 415.
 */
import type { FakeRequest, FakeResponse } from '../kit/types';
import { requestError } from './responses';
import { isPlainObject } from './text';

export type BodyResult = { ok: true; body: Record<string, unknown> } | { ok: false; response: FakeResponse };

export function parseBody(req: FakeRequest): BodyResult {
  if (req.method !== 'POST' && req.method !== 'PUT') return { ok: true, body: {} };
  const contentType = String(req.headers['content-type'] ?? '');
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType !== 'application/json') {
    return {
      ok: false,
      response: requestError(
        415,
        'invalid_content_type',
        `Content-Type header is set to ${mediaType}. It should be set to application/json`,
      ),
    };
  }
  let body: unknown = {};
  if (req.rawBody.trim() !== '') {
    try {
      body = JSON.parse(req.rawBody);
    } catch {
      body = undefined;
    }
    if (!isPlainObject(body)) {
      return { ok: false, response: requestError(400, 'invalid_json', 'Request body has invalid json format') };
    }
  }
  if (req.method === 'PUT' && Object.keys(body as object).length === 0) {
    return {
      ok: false,
      response: requestError(
        400,
        'missing_params',
        'Your update call does not have any parameter. Atleast one parameter is required.',
      ),
    };
  }
  return { ok: true, body: body as Record<string, unknown> };
}
