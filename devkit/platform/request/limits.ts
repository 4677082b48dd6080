/**
 * Every number and list the request method takes from the platform, in one place, each with the section of
 * docs/platform.md it comes from (quoted names).
 */

/** Default per-attempt timeout of a template request: 15 s ("Request templates: limits", "Limits"). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

/**
 * 50 template requests per minute per installation, front end and server together ("Request templates: limits",
 * "Limits").
 */
export const REQUESTS_PER_MINUTE = 50;

/**
 * Request body ≤ 100 KB ("Request templates: limits", "Limits": "trust the table", not the skill doc's 6 MB). Counted
 * in UTF-8 bytes.
 */
export const MAX_REQUEST_BODY_BYTES = 100 * 1024;

/** `options.maxAttempts`: 1–5, default 1 ("Request templates: schema and options"). */
export const MIN_ATTEMPTS = 1;
export const MAX_ATTEMPTS = 5;
export const DEFAULT_ATTEMPTS = 1;

/**
 * `options.retryDelay` in ms: at most 1500 ("Request templates: schema and options"). Sources disagree on the default
 * and minimum ("Request templates: schema and options"); we take the newest source (2026 sample: default 1000) and
 * accept 0 as FDK 6.9 does.
 */
export const MIN_RETRY_DELAY_MS = 0;
export const MAX_RETRY_DELAY_MS = 1500;
export const DEFAULT_RETRY_DELAY_MS = 1000;

/** `schema.method` ("Request templates: schema and options"). Upper case only, as documented. */
export const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;
export type Method = (typeof METHODS)[number];

/** `schema.protocol`: https, with http tolerated for local testing ("Request templates: schema and options"). */
export const PROTOCOLS = ['https', 'http'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

/**
 * Response content types the platform passes through; anything else is 415 ("Request templates: schema and options").
 * The doc lists `text/javascript`, the FDK 6.9 proxy lists `application/javascript` instead: both are accepted.
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
