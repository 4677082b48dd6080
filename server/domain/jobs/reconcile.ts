/**
 * Which of Freshdesk's listed tickets the app may have missed (an event every store refused, or one that came while
 * the app was down). Knowing costs no store op per ticket: a ticket carrying the app's AI tags was triaged, as the
 * list itself shows; only the rest are looked up in the backlog, ten job names a query.
 */
import type { ListedTicket } from '../../ports';
import { AI_CATEGORY_TAG } from '../tags';
import { laneForPriority } from './lanes';

export interface ReconcileCursor {
  /** The next pass lists tickets updated since this instant (epoch ms). */
  since: number;
  /** Tickets created up to this instant (the install) are not the app's to triage. */
  floor: number;
}

/** Whether a ticket carries triage's tags: it was triaged, as the ticket itself shows. */
export const carriesTriage = (tags: readonly string[]): boolean => tags.some((tag) => tag.toLowerCase().startsWith(AI_CATEGORY_TAG));

/** The tickets of a page that are neither tagged by triage nor older than the install. */
export function untriaged(tickets: readonly ListedTicket[], floor: number): ListedTicket[] {
  return tickets.filter((t) => t.createdAt > floor && !carriesTriage(t.tags));
}

/** Groups of at most `size` (an entity query's `$or` holds 1–10 terms). */
export function chunks<T>(items: readonly T[], size = 10): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Where the next pass starts: where this one stopped, a minute early (clocks and late writes). */
export function nextCursor(cursor: ReconcileCursor, lastSeenUpdate: number | undefined, finished: boolean, passStartedAt: number): ReconcileCursor {
  if (finished) return { ...cursor, since: Math.max(cursor.since, passStartedAt - 60_000) };
  return { ...cursor, since: Math.max(cursor.since, lastSeenUpdate ?? cursor.since) };
}

/** The backlog entry of a ticket the app missed: its triage, in the lane its priority says, due now. */
export function missedTriageEntry(ticket: { id: number; priority?: number | null; updatedAt?: number }, now: number) {
  return {
    job: `triage:${ticket.id}`,
    lane: laneForPriority(ticket.priority),
    dueAt: now,
    attempt: 1,
    input: { ticketId: ticket.id, priority: ticket.priority ?? null, updatedAt: ticket.updatedAt },
  };
}
