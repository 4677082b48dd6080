/**
 * Which tickets QA scores when the admin samples (0–100 %). The decision is a pure function of the ticket id,
 * so a retry, a duplicate event or a later re-resolution of the same ticket decides the same way; a hash spreads
 * it over ids, which Freshdesk hands out in sequence.
 */

/** 10,000 buckets: a rate such as 12.5 % is honoured to the hundredth of a percent. */
const BUCKETS = 10_000;

/** FNV-1a, 32 bits, over the id's decimal digits. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export const sampleBucket = (ticketId: number): number => fnv1a(String(ticketId)) % BUCKETS;

/** `rate` is a share, 0–1 (config: a percentage). 1 scores every ticket, 0 none. */
export const isSampled = (ticketId: number, rate: number): boolean => sampleBucket(ticketId) < Math.round(rate * BUCKETS);
