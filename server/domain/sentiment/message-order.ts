/**
 * Which customer message a sentiment job is about, and which of two came later. The ticket record keeps the
 * latest message's analysis only: a job for an older message than that one is superseded, so an old mood never
 * overwrites a newer one on the contact.
 */

/** A conversation of the ticket, or (no conversationId) the ticket's own description, its first message. */
export interface MessageId {
  ticketId: number;
  conversationId?: number | undefined;
}

/** Freshdesk's conversation ids grow with time; a ticket's first message comes before all of them. */
const order = (m: MessageId): number => m.conversationId ?? -1;

export const isSameMessage = (a: MessageId, b: MessageId): boolean => a.ticketId === b.ticketId && a.conversationId === b.conversationId;

/** Whether `a` is a later message of the same ticket than `b`. */
export const isLaterMessage = (a: MessageId, b: MessageId): boolean => a.ticketId === b.ticketId && order(a) > order(b);

/** "conversation 3301" or "the first message". */
export const messageName = (m: Pick<MessageId, 'conversationId'>): string => (m.conversationId === undefined ? 'the first message' : `conversation ${m.conversationId}`);

/** The job's subject (jobs/lifecycle.ts): `c<conversationId>`, or `t<ticketId>` for the first message; ≤ 21 characters. */
export const messageSubject = (m: MessageId): string => (m.conversationId === undefined ? `t${m.ticketId}` : `c${m.conversationId}`);
