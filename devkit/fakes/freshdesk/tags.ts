/**
 * Tags on tickets and contacts (docs/freshdesk.md "Updating a ticket"): an array of strings, each at most 32 characters
 * and without commas. A PUT's tags REPLACE the set; the server trims them, drops blanks and removes duplicates ignoring
 * case.
 */
import { type FieldError, msg } from './responses';

export function tagErrors(v: unknown): FieldError[] {
  if (!Array.isArray(v)) return [{ field: 'tags', message: msg.shouldBe('Array'), code: 'datatype_mismatch' }];
  if (v.some((t) => typeof t !== 'string')) {
    return [{ field: 'tags', message: 'It should contain elements of type String only', code: 'datatype_mismatch' }];
  }
  const tags = v as string[];
  if (tags.some((t) => t.includes(','))) return [{ field: 'tags', message: msg.comma, code: 'invalid_value' }];
  if (tags.some((t) => t.trim().length > 32)) {
    return [
      { field: 'tags', message: 'It should only contain elements that have maximum of 32 characters', code: 'invalid_value' },
    ];
  }
  return [];
}

export function sanitizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const t = raw.trim();
    if (t === '' || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
  }
  return out;
}
