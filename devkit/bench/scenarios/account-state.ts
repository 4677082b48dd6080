/**
 * What the app left in Freshdesk, read from the fake's records (no request, no rate-limit credit): the end
 * states every scenario judges. The app's notes are recognised by their headings
 * (DRAFT_NOTE_TITLE in server/domain/draft-note.ts, QA_NOTE_TITLE in server/domain/qa/note.ts).
 */
import type { FreshdeskRecords } from '../../fakes/freshdesk';

export const DRAFT_NOTE_HEADING = 'Simpli AI draft reply';
export const QA_NOTE_HEADING = 'Simpli QA score';
export const ESCALATION_TAG = 'escalation-risk:high';

/** Private notes on a ticket whose body carries `heading`. */
export function notesWith(records: FreshdeskRecords, ticketId: number, heading: string): number {
  return (records.conversations.get(ticketId) ?? []).filter((c) => c.private && c.body.includes(heading)).length;
}

export const draftNotes = (records: FreshdeskRecords, ticketId: number): number => notesWith(records, ticketId, DRAFT_NOTE_HEADING);
export const qaNotes = (records: FreshdeskRecords, ticketId: number): number => notesWith(records, ticketId, QA_NOTE_HEADING);

/**
 * Triage's update is on the ticket: both AI tags, which triage always writes. The AI Category field is not a sign:
 * triage rightly leaves it empty when the category is not one of the field's choices or is below the threshold
 * (e.g. "general" at 40 % on the demo account), and such a ticket is triaged all the same.
 */
export function isTriaged(records: FreshdeskRecords, ticketId: number): boolean {
  const t = records.tickets.get(ticketId);
  if (!t) return false;
  const tagged = (prefix: string) => t.tags.some((tag) => tag.startsWith(prefix));
  return tagged('ai-category:') && tagged('ai-urgency:');
}

/** Fully triaged with exactly one draft note: what a ticket of a burst must end as. */
export const triagedOnce = (records: FreshdeskRecords, ticketId: number): boolean => isTriaged(records, ticketId) && draftNotes(records, ticketId) === 1;

/**
 * Everything the app writes for one ticket's life (triage, sentiment, QA), comparable between runs: the ticket's
 * triage fields and tags, its notes by kind, and the requester's sentiment fields.
 */
export function ticketOutcome(records: FreshdeskRecords, ticketId: number): Record<string, unknown> {
  const t = records.tickets.get(ticketId);
  if (!t) return { missing: true };
  const contact = records.contacts.get(t.requester_id);
  return {
    tags: [...t.tags].sort(),
    priority: t.priority,
    type: t.type,
    group: t.group_id,
    ai: { category: t.custom.cf_ai_category ?? null, urgency: t.custom.cf_ai_urgency ?? null, confidence: t.custom.cf_ai_confidence ?? null },
    draftNotes: draftNotes(records, ticketId),
    qaNotes: qaNotes(records, ticketId),
    contact: { sentiment: contact?.custom.sentiment_score ?? null, risk: contact?.custom.escalation_risk ?? null },
  };
}
