/**
 * Calls request templates and turns the platform's answer into parsed JSON or an AppFailure.
 * The platform resolves `{ status, headers, response: string }` and rejects with the same shape plus
 * `errorSource` for HTTP ≥ 400, 502 (connection) and 504 (timeout) (docs/platform.md
 * "Request templates: invoking and results").
 */
import { AppFailure, type AppError } from '../domain/errors';
import { fdkRequest } from './globals';
import { API_KEY_SETTINGS, hostSettingOf, serviceOf, settingWords } from './template-settings';
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

/** The platform's own reason, as sent (it names rules, never values); bounded for the log line. */
function platformText(r: Rejection): string {
  const text = typeof r.response === 'string' ? r.response.trim() : '';
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

/** Freshdesk's error code from a 4xx body (docs/freshdesk.md "Error responses"); never any other part of the body. */
function freshdeskCode(r: Rejection): string | undefined {
  if (typeof r.response !== 'string') return undefined;
  try {
    const code = (JSON.parse(r.response) as { code?: unknown } | null)?.code;
    return typeof code === 'string' && /^[a-z_]{1,40}$/.test(code) ? code : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A 401/403 in the admin's words, naming the setting to fix (https://support.freshdesk.com/support/solutions/articles/225440-status-codes-and-its-reasons):
 * a 401 is a wrong or missing key; Freshdesk's 403 is a key that works but whose agent (or plan) may not do this.
 */
function refusedKey(step: TemplateName, status: number, r: Rejection): AppError {
  const service = serviceOf(step);
  const key = API_KEY_SETTINGS[service].label;
  if (service === 'Simpli' || status === 401) {
    return { kind: 'unauthorized', step, status, message: `${service} rejected the API key (${status}): check the ${key} setting` };
  }
  const code = freshdeskCode(r);
  const why =
    code === 'require_feature'
      ? "the Freshdesk account's plan lacks this feature"
      : code === undefined || code === 'access_denied'
        ? `the agent whose key is in the ${key} setting lacks the permission for it`
        : `check the Freshdesk account and the ${key} setting`;
  return { kind: 'unauthorized', step, status, message: `Freshdesk refused the request (403${code ? ` ${code}` : ''}): ${why}` };
}

/**
 * Host rules the platform enforces on a rendered template (docs/platform.md "Request templates: schema and options":
 * "Must be FQDN", "IP is disallowed").
 */
const HOST_REFUSAL = /Must be FQDN|IP is disallowed|must not have path/i;
const SUBSTITUTION_FAILURE = /substitut/i;

/** The platform refused the request (4xx, errorSource PLATFORM): a 400 is usually a setting it was built from. */
function platformRefusal(step: TemplateName, status: number, r: Rejection): AppError {
  const text = platformText(r);
  const host = settingWords(hostSettingOf(step));
  if (HOST_REFUSAL.test(text)) {
    return { kind: 'not_configured', step, status, message: `the platform refused to send ${step} ("${text}"): check ${host}` };
  }
  if (SUBSTITUTION_FAILURE.test(text)) {
    const key = API_KEY_SETTINGS[serviceOf(step)].label;
    return { kind: 'not_configured', step, status, message: `the platform could not build ${step} from the settings ("${text}"): check ${host} and the ${key} setting` };
  }
  return { kind: 'rejected', step, status, message: `the platform refused ${step} (${status}${text ? `: "${text}"` : ''})` };
}

/** Maps a rejected invokeTemplate to one error kind (pure; exported for tests). */
export function toAppError(step: TemplateName, rejection: unknown): AppError {
  const r: Rejection = typeof rejection === 'object' && rejection !== null ? rejection : {};
  const status = typeof r.status === 'number' ? r.status : undefined;
  const fromPlatform = r.errorSource === 'PLATFORM';
  const where = fromPlatform ? 'the platform' : step;
  if (status === undefined) return { kind: 'unavailable', step, message: `${step} failed without a status` };
  if (status === 429) {
    const retryAfter = Number(header(r.headers, 'retry-after'));
    return {
      kind: 'rate_limited',
      step,
      status,
      ...(Number.isFinite(retryAfter) && retryAfter >= 0 ? { retryAfterSeconds: retryAfter } : {}),
      message: `${where} is rate limited (429)`,
      ...(fromPlatform ? { byPlatform: true } : {}),
    };
  }
  if (status === 504) return { kind: 'timeout', step, status, message: `${step} timed out (504)` };
  if (fromPlatform && status >= 400 && status < 500) return platformRefusal(step, status, r);
  if (!fromPlatform && (status === 401 || status === 403)) return refusedKey(step, status, r);
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
