/**
 * `quality:recent`, the rolling record the full-page app's Quality section reads (issue 13): each resolved ticket's
 * latest QA result and each ticket's open escalation, one top-level attribute per ticket. A write is one `$db`
 * update `set` of its ticket's attributes (docs/platform.md "Key-value store"): no read first, nothing lost when two
 * jobs finish at once, and a repeated run writes the same attribute again. When the record would pass the store's
 * 40 KB, the writer compacts it to the newest QUALITY_RESULTS_KEPT results and ESCALATIONS_KEPT escalations
 * (domain/quality/compact.ts). Short field names keep 200 results and 100 escalations near 30 KB. Names and
 * trigger words are agents' and customers' text: the page renders them as text.
 */
export const QUALITY_KEY = 'quality:recent';

export const QUALITY_RESULTS_KEPT = 200;
export const ESCALATIONS_KEPT = 100;
/** What a compacted record may weigh: the store's 40 KB less room for the writes until the next compaction. */
export const QUALITY_COMPACT_BYTES = 32 * 1024;

/** A ticket's latest scored resolution. */
export interface StoredQaResult {
  /** Epoch seconds it was recorded. */
  t: number;
  /** Overall score, 0–1. */
  o: number;
  /** Dimension → score, 0–1. */
  d: Record<string, number>;
  /** The agent scored (the ticket's responder), and their name when the resolving event named them. */
  a?: number;
  n?: string;
}

/** An open escalation: the ticket's latest analyzed customer message crossed the admin's threshold. */
export interface StoredEscalation {
  /** Epoch seconds it was recorded. */
  t: number;
  /** Escalation risk, 0–1. */
  r: number;
  /** Trigger words. */
  w: string[];
  /** The customer's contact id, and their name when the event named them. */
  c: number;
  n?: string;
}

/**
 * An escalation's attribute once its ticket is resolved. A value, not a removed attribute: removing an attribute
 * that is not there is not documented, and a resolution does not know whether an escalation was recorded.
 */
export const CLOSED = 0;

export const resultAttribute = (ticketId: number): string => `r${ticketId}`;
export const escalationAttribute = (ticketId: number): string => `e${ticketId}`;

export type QualityAttributes = Record<string, StoredQaResult | StoredEscalation | number>;
