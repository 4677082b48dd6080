/**
 * Calls request templates and turns the platform's answer into parsed JSON or an AppFailure.
 * The platform resolves `{ status, headers, response: string }` and rejects with the same shape plus
 * `errorSource` for HTTP ≥ 400, 502 (connection) and 504 (timeout) (fdk-platform.md §2.3).
 */
import { AppFailure, type AppError } from '../domain/errors';
import { fdkRequest } from './globals';
import type { FdkRequest, InvokeArgs, TemplateName } from './types';

export interface TemplateClient {
  /** Resolves the parsed JSON body (undefined for an empty body); rejects with AppFailure. */
  call(name: TemplateName, args?: InvokeArgs): Promise<unknown>;
}

interface Rejection {
  status?: unknown;
  headers?: unknown;
  response?: unknown;
  errorSource?: unknown;
}

function header(headers: unknown, name: string): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  const hit = Object.entries(headers).find(([k]) => k.toLowerCase() === name);
  return typeof hit?.[1] === 'string' ? hit[1] : undefined;
}

/** Maps a rejected invokeTemplate to one error kind (pure; exported for tests). */
export function toAppError(step: TemplateName, rejection: unknown): AppError {
  const r: Rejection = typeof rejection === 'object' && rejection !== null ? rejection : {};
  const status = typeof r.status === 'number' ? r.status : undefined;
  const where = r.errorSource === 'PLATFORM' ? 'the platform' : step;
  if (status === undefined) return { kind: 'unavailable', step, message: `${step} failed without a status` };
  if (status === 429) {
    const retryAfter = Number(header(r.headers, 'retry-after'));
    return {
      kind: 'rate_limited',
      step,
      status,
      ...(Number.isFinite(retryAfter) && retryAfter >= 0 ? { retryAfterSeconds: retryAfter } : {}),
      message: `${where} is rate limited (429)`,
    };
  }
  if (status === 504) return { kind: 'timeout', step, status, message: `${step} timed out (504)` };
  if (status === 401 || status === 403)
    return { kind: 'unauthorized', step, status, message: `${step} rejected the credentials from the installation settings (${status})` };
  if (status >= 500) return { kind: 'unavailable', step, status, message: `${step} is unavailable (${status})` };
  return { kind: 'rejected', step, status, message: `${step} rejected the request (${status})` };
}

export function createTemplateClient(request: () => FdkRequest = fdkRequest): TemplateClient {
  return {
    async call(name, args = {}) {
      let body: string;
      try {
        body = (await request().invokeTemplate(name, args)).response;
      } catch (rejection) {
        throw new AppFailure(toAppError(name, rejection));
      }
      if (body.trim() === '') return undefined;
      try {
        return JSON.parse(body) as unknown;
      } catch {
        throw new AppFailure({ kind: 'invalid_response', step: name, message: `${name} answered with a body that is not JSON` });
      }
    },
  };
}
