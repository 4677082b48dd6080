/**
 * Every number and list the request method takes from the platform, in one place, each with the section of
 * ../shared/docs/fdk-platform.md it comes from.
 */

/** Default per-attempt timeout of a template request: 15 s (§2.4, §10). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

/** 50 template requests per minute per installation, front end and server together (§2.4, §10). */
export const REQUESTS_PER_MINUTE = 50;

/** Request body ≤ 100 KB (§2.4, §10: "trust the table", not the skill doc's 6 MB). Counted in UTF-8 bytes. */
export const MAX_REQUEST_BODY_BYTES = 100 * 1024;

/** `options.maxAttempts`: 1–5, default 1 (§2.1). */
export const MIN_ATTEMPTS = 1;
export const MAX_ATTEMPTS = 5;
export const DEFAULT_ATTEMPTS = 1;

/**
 * `options.retryDelay` in ms: at most 1500 (§2.1). Sources disagree on the default and minimum (§2.1, §11 item 9);
 * we take the newest source (2026 sample: default 1000) and accept 0 as FDK 6.9 does.
 */
export const MIN_RETRY_DELAY_MS = 0;
export const MAX_RETRY_DELAY_MS = 1500;
export const DEFAULT_RETRY_DELAY_MS = 1000;

/** `schema.method` (§2.1). Upper case only, as documented. */
export const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;
export type Method = (typeof METHODS)[number];

/** `schema.protocol`: https, with http tolerated for local testing (§2.1). */
export const PROTOCOLS = ['https', 'http'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

/**
 * Response content types the platform passes through; anything else is 415 (§2.1). The doc lists
 * `text/javascript`, the FDK 6.9 proxy lists `application/javascript` instead: both are accepted.
 */
export const ALLOWED_CONTENT_TYPES: ReadonlySet<string> = new Set([
  'application/json',
  'application/xml',
  'text/html',
  'text/xml',
  'application/jsonp',
  'text/plain',
  'text/javascript',
  'application/javascript',
  'application/vnd.api+json',
]);
