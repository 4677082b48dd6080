/**
 * Ticket tags. A Freshdesk ticket PUT replaces the whole tag set (docs/freshdesk.md "Updating a ticket"), so every
 * write sends the union of the ticket's tags and ours. Freshdesk trims tags, drops blanks, de-duplicates ignoring case,
 * and refuses tags over 32 characters or containing a comma.
 */
export const MAX_TAG_LENGTH = 32;

/** Triage's tags: the classification on the ticket itself (the sidebar's first view reads them too). */
export const AI_CATEGORY_TAG = 'ai-category:';
export const AI_URGENCY_TAG = 'ai-urgency:';

/** `ai-category:billing`; values are made safe for Freshdesk (no commas or spaces, ≤ 32 characters in all). */
export function aiTag(prefix: string, value: string): string {
  const safe = value.trim().toLowerCase().replace(/[,\s]+/g, '-');
  return `${prefix}${safe}`.slice(0, MAX_TAG_LENGTH);
}

const prefixOf = (tag: string) => (tag.includes(':') ? tag.slice(0, tag.indexOf(':') + 1) : undefined);

/**
 * Existing tags first, in their order, then ours. A tag of ours replaces an existing tag with the same
 * `prefix:` (a re-classification moves `ai-category:billing` to `ai-category:shipping`, it does not add one).
 */
export function mergeTags(existing: readonly string[], ours: readonly string[]): string[] {
  const ourPrefixes = new Set(ours.map(prefixOf).filter((p): p is string => p !== undefined));
  const kept = existing.filter((t) => {
    const p = prefixOf(t);
    return p === undefined || !ourPrefixes.has(p);
  });
  const seen = new Set<string>();
  const merged: string[] = [];
  for (const tag of [...kept, ...ours].map((t) => t.trim())) {
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    merged.push(tag);
  }
  return merged;
}

/** Whether a PUT of `merged` would change the ticket's tags at all (skip the write when it would not). */
export const sameTags = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((t, i) => t.toLowerCase() === b[i]?.toLowerCase());
