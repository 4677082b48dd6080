/**
 * Turns whatever a FrontendBackend call threw into the rejection shape the browser promise must carry, so an
 * app's error handling is exercised against the real shapes: templates `{ status, headers, response,
 * errorSource, attempts }` (docs/platform.md "Request templates: invoking and results"), SMI `{ requestID, status,
 * message, errorSource }` (docs/platform.md "Server method invocation (SMI)"), db/data/iparams/interface `{ status,
 * message }` (docs/platform.md "Key-value store"). A shape that is already right passes through; anything else (a bug
 * in the local platform) becomes a PLATFORM 500 so it is never mistaken for an app fault.
 */
import { randomUUID } from 'node:crypto';
import type { PlatformApiError, SmiFailure, TemplateError } from '../types';

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (isRecord(err) && typeof err.message === 'string') return err.message;
  return String(err);
}

function isErrorSource(x: unknown): x is 'APP' | 'PLATFORM' {
  return x === 'APP' || x === 'PLATFORM';
}

function stringHeaders(x: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(x)) return out;
  for (const [k, v] of Object.entries(x)) if (typeof v === 'string') out[k] = v;
  return out;
}

export function asTemplateError(err: unknown): TemplateError {
  if (isRecord(err) && typeof err.status === 'number' && isErrorSource(err.errorSource)) {
    return {
      status: err.status,
      headers: stringHeaders(err.headers),
      response: typeof err.response === 'string' ? err.response : JSON.stringify(err.response ?? ''),
      errorSource: err.errorSource,
      attempts: typeof err.attempts === 'number' ? err.attempts : 1,
    };
  }
  return { status: 500, headers: {}, response: `Local platform error: ${messageOf(err)}`, errorSource: 'PLATFORM', attempts: 0 };
}

export function asSmiFailure(err: unknown): SmiFailure {
  if (isRecord(err) && typeof err.status === 'number' && isErrorSource(err.errorSource)) {
    return {
      requestID: typeof err.requestID === 'string' ? err.requestID : randomUUID(),
      status: err.status,
      message: typeof err.message === 'string' ? err.message : null,
      errorSource: err.errorSource,
    };
  }
  return { requestID: randomUUID(), status: 500, message: `Local platform error: ${messageOf(err)}`, errorSource: 'PLATFORM' };
}

export function asApiError(err: unknown): PlatformApiError {
  if (isRecord(err) && typeof err.status === 'number' && typeof err.message === 'string') {
    return { status: err.status, message: err.message };
  }
  return { status: 500, message: `Local platform error: ${messageOf(err)}` };
}

/** Entity store rejections keep `errorSource` and the field `errors` the docs show (entity/api.ts). */
export function asEntityError(err: unknown): PlatformApiError & { errorSource: string; errors?: unknown[] } {
  if (isRecord(err) && typeof err.status === 'number' && typeof err.message === 'string') {
    return {
      status: err.status,
      message: err.message,
      errorSource: isErrorSource(err.errorSource) ? err.errorSource : 'PLATFORM',
      ...(Array.isArray(err.errors) ? { errors: err.errors } : {}),
    };
  }
  return { status: 500, message: `Local platform error: ${messageOf(err)}`, errorSource: 'PLATFORM' };
}

/** Rejections the router itself raises (bad request body, unknown op) in each API family's shape. */
export const routerRejection = {
  template: (status: number, message: string): TemplateError => ({ status, headers: {}, response: message, errorSource: 'PLATFORM', attempts: 0 }),
  smi: (status: number, message: string): SmiFailure => ({ requestID: randomUUID(), status, message, errorSource: 'PLATFORM' }),
  api: (status: number, message: string): PlatformApiError => ({ status, message }),
};

/** The HTTP status a rejection travels with: its own when it is an HTTP error code, else 500. */
export function httpStatusOf(error: unknown): number {
  const s = isRecord(error) ? error.status : undefined;
  return typeof s === 'number' && Number.isInteger(s) && s >= 400 && s <= 599 ? s : 500;
}

export { isRecord };
