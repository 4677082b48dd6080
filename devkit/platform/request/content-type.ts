import { ALLOWED_CONTENT_TYPES } from './limits';

/**
 * docs/platform.md "Request templates: schema and options": a response whose Content-Type is outside the allow-list
 * is answered 415. Like the FDK 6.9 proxy, only the media type counts (`application/json; charset=utf-8` is fine) and
 * a response without a Content-Type (e.g. an empty 204) passes.
 */
export function isAllowedContentType(headers: Readonly<Record<string, string>>): boolean {
  const value = headers['content-type'];
  if (value === undefined || value.trim() === '') return true;
  const media = (value.split(';')[0] ?? '').trim().toLowerCase();
  return ALLOWED_CONTENT_TYPES.has(media);
}
