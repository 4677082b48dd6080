import type { TemplateError } from '../types';

/** What went wrong inside the platform; becomes RequestLogEntry.platformError. */
export type PlatformErrorKind =
  | 'invalid_template'
  | 'invalid_substitution'
  | 'invalid_args'
  | 'payload_too_large'
  | 'rate_limited'
  | 'connection'
  | 'timeout'
  | 'unsupported_content_type';

/** A rejection the platform itself produces (errorSource PLATFORM), before it knows how many attempts ran. */
export interface Failure {
  kind: PlatformErrorKind;
  status: number;
  message: string;
  headers?: Record<string, string>;
}

/**
 * Body texts the FDK itself uses, so app code matching on them behaves the same here (docs/platform.md
 * "Request templates: invoking and results", FDK 6.9 proxy.js).
 */
export const MESSAGES = {
  connection: 'Error in establishing connection',
  timeout: 'Timeout error while processing the request',
  substitution: 'Error while substituting the templates',
  contentType: 'Unsupported content type',
  invalidIparam: 'Invalid iparam substitution',
  https: 'Invalid URL - Must be HTTPS',
  ip: 'Invalid URL - IP is disallowed',
  fqdn: 'Invalid URL - Must be FQDN',
} as const;

/**
 * Template, substitution and argument errors are all 400 (docs/platform.md "Request templates: invoking and results":
 * "400 (bad URL/substitution/template)").
 */
export function badRequest(kind: PlatformErrorKind, message: string): Failure {
  return { kind, status: 400, message };
}

export function toTemplateError(failure: Failure, attempts: number): TemplateError {
  return {
    status: failure.status,
    headers: failure.headers ?? {},
    response: failure.message,
    errorSource: 'PLATFORM',
    attempts,
  };
}
