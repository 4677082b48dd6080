/**
 * A pump's triage jobs read their tickets with one list page instead of one GET each: GET /api/v2/tickets with
 * `updated_since` at the oldest last-change of the batch, ordered by update, `include=description` (docs/platform.md,
 * "Freshdesk: listing tickets"). A ticket nobody touched since it was queued is on that page, as current as a GET
 * would read it (its tags too, so the update erases nothing); one touched since may be further on, and is read
 * alone. 1 request for up to 100 tickets, where each GET costs 1.
 */
import type { HelpdeskPort, Log, TicketSnapshot } from '../../ports';
import { reasonOf } from '../reason-of';

/** A job's ticket to read, and when it last changed as the job knows it. */
export interface TicketRead {
  ticketId: number;
  updatedAt?: number;
}

/** Where the batch's page starts: the oldest known last-change, when two or more tickets know theirs. */
export function batchSince(reads: readonly TicketRead[]): number | undefined {
  const known = reads.map((r) => r.updatedAt).filter((at): at is number => at !== undefined);
  return known.length >= 2 ? Math.min(...known) : undefined;
}

/** The helpdesk with `found` tickets answered without a request, each once (a later read asks Freshdesk again). */
export function withReadTickets(helpdesk: HelpdeskPort, found: Map<number, TicketSnapshot>): HelpdeskPort {
  return {
    ...helpdesk,
    async getTicket(ticketId) {
      const ticket = found.get(ticketId);
      if (!ticket) return helpdesk.getTicket(ticketId);
      found.delete(ticketId);
      return ticket;
    },
  };
}

/** Reads the batch's tickets with one page; when that fails, each job reads its own (and defers as it would). */
export interface BatchRead {
  /** The helpdesk, answering the tickets found without a request. */
  helpdesk: HelpdeskPort;
  /** The ids of the tickets read. */
  found: ReadonlySet<number>;
  /** Template requests spent: 1 with a page, 0 without. */
  requests: number;
}

export async function readBatch(deps: { helpdesk: HelpdeskPort; log: Log }, reads: readonly TicketRead[]): Promise<BatchRead> {
  const none: BatchRead = { helpdesk: deps.helpdesk, found: new Set(), requests: 0 };
  const since = batchSince(reads);
  if (since === undefined) return none;
  let page: TicketSnapshot[];
  try {
    page = await deps.helpdesk.readTicketsUpdatedSince(since);
  } catch (error) {
    deps.log.info(`pump: batch read of ${reads.length} tickets failed (${reasonOf(error)}); each job reads its own`);
    return { ...none, requests: 1 };
  }
  const wanted = new Set(reads.map((r) => r.ticketId));
  const found = new Map(page.filter((t) => wanted.has(t.id)).map((t) => [t.id, t]));
  return { helpdesk: withReadTickets(deps.helpdesk, found), found: new Set(found.keys()), requests: 1 };
}
