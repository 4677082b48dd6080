import type { TemplateError, TemplateResponse } from '../types';
import { isAllowedContentType } from './content-type';
import { MESSAGES, toTemplateError, type PlatformErrorKind } from './failure';
import type { AttemptsResult } from './send-with-retries';

export type CallResult =
  | { ok: true; response: TemplateResponse }
  | { ok: false; error: TemplateError; platformError?: PlatformErrorKind };

/**
 * Turns the last attempt into what invokeTemplate resolves or rejects with (docs/platform.md
 * "Request templates: invoking and results"):
 * - remote status < 400 resolves `{ status, headers, response, attempts }`;
 * - remote status ≥ 400 rejects with the remote status, headers (e.g. Retry-After) and body, errorSource APP;
 * - the platform's own failures reject with errorSource PLATFORM: 429 (budget, with Retry-After), 502
 *   (connection), 504 (timeout), 415 (content type; checked first, as the FDK 6.9 proxy does, so it applies
 *   to error responses too). Redirects are not followed: a 3xx resolves as it came.
 */
export function toResult({ attempts, outcome }: AttemptsResult): CallResult {
  switch (outcome.kind) {
    case 'rate_limited':
      return platform('rate_limited', 429, 'Too many requests: the rate limit of this installation is exhausted', attempts, {
        'retry-after': String(outcome.retryAfterSeconds),
      });
    case 'connection':
      return platform('connection', 502, MESSAGES.connection, attempts);
    case 'timeout':
      return platform('timeout', 504, MESSAGES.timeout, attempts);
    case 'response': {
      if (!isAllowedContentType(outcome.headers)) return platform('unsupported_content_type', 415, MESSAGES.contentType, attempts);
      const shape = { status: outcome.status, headers: outcome.headers, response: outcome.body, attempts };
      if (outcome.status >= 400) return { ok: false, error: { ...shape, errorSource: 'APP' } };
      return { ok: true, response: shape };
    }
  }
}

function platform(kind: PlatformErrorKind, status: number, message: string, attempts: number, headers?: Record<string, string>): CallResult {
  return { ok: false, platformError: kind, error: toTemplateError({ kind, status, message, ...(headers ? { headers } : {}) }, attempts) };
}
