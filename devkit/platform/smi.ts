/**
 * What the front end receives from `client.request.invoke(name, payload)` (docs/platform.md "renderData",
 * "Server method invocation (SMI)"), from the outcome of the run. The rules and wording follow FDK 6.9's framework.js
 * (the FDK 6.9 source, docs/platform.md):
 * - renderData(null, data) → { requestID, response: data }
 * - renderData(err) → { requestID, status: err.status || 500, message: err.message || null, errorSource: 'APP' }
 * - an err that is an array, not an object, or has neither message nor status → 400 with INVALID_ERROR_MESSAGE
 * - a handler that throws → 500 "Error while executing App server script! - <message>"
 * - no renderData within the limit → 504 "Timeout error while processing the request."
 * Platform refusals (rate limit, payload size, unknown function) carry errorSource 'PLATFORM'.
 */
import { cloneJson, jsonBytes } from './json';
import type { InvocationOutcome } from './invocation';
import type { SmiFailure, SmiSuccess } from './types';

/** docs/platform.md "Server method invocation (SMI)", "Limits". */
export const SMI_MAX_PAYLOAD_BYTES = 100 * 1024;
export const SMI_PER_MINUTE = 50;

export const SMI_MESSAGES = {
  invalidError: 'The error should be a JSON Object with a message or a status parameter.',
  timeout: 'Timeout error while processing the request.',
  scriptError: 'Error while executing App server script!',
  notFound: 'Requested function not found or registered',
  payloadTooLarge: `The payload size exceeds the limit of ${SMI_MAX_PAYLOAD_BYTES / 1024} KB`,
  rateLimited: 'SMI rate limit exceeded',
} as const;

export function smiFailure(requestID: string, status: number, message: string | null, errorSource: SmiFailure['errorSource']): SmiFailure {
  return { requestID, status, message, errorSource };
}

/** The SMI answer for a finished run: a success to resolve with, or a failure to reject with. */
export function smiResult(requestID: string, outcome: InvocationOutcome): { ok: true; value: SmiSuccess } | { ok: false; value: SmiFailure } {
  const fail = (status: number, message: string | null, source: SmiFailure['errorSource'] = 'APP') =>
    ({ ok: false, value: smiFailure(requestID, status, message, source) }) as const;

  switch (outcome.status) {
    case 'not_found':
      return fail(404, SMI_MESSAGES.notFound, 'PLATFORM');
    case 'timeout':
    case 'killed':
      return fail(504, SMI_MESSAGES.timeout);
    case 'threw':
      return fail(500, `${SMI_MESSAGES.scriptError} - ${messageOf(outcome.error)}`);
    case 'returned':
      return fail(504, SMI_MESSAGES.timeout); // cannot happen for SMI (it ends at renderData), kept total
    case 'rendered': {
      const { error, data } = outcome.rendered ?? { error: undefined, data: undefined };
      if (error) return renderedError(error, fail);
      try {
        const value: SmiSuccess = { requestID, response: cloneJson(data) };
        // The answer travels to the browser as JSON; an unserialisable value fails here as it would there.
        jsonBytes(value);
        return { ok: true, value };
      } catch (e) {
        return fail(500, `${SMI_MESSAGES.scriptError} - ${messageOf(e)}`);
      }
    }
  }
}

function renderedError<T>(error: unknown, fail: (status: number, message: string | null) => T): T {
  const e = error as { status?: unknown; message?: unknown };
  const isObject = (typeof error === 'object' || typeof error === 'function') && error !== null && !Array.isArray(error);
  if (!isObject || (e.message === undefined && !e.status)) return fail(400, SMI_MESSAGES.invalidError);
  const status = typeof e.status === 'number' && e.status > 0 ? e.status : 500;
  const message = e.message === undefined || e.message === null || e.message === '' ? null : typeof e.message === 'string' ? e.message : String(e.message);
  return fail(status, message);
}

function messageOf(error: unknown): string {
  if (error !== null && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}
