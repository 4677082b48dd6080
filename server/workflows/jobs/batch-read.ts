/**
 * A pump's triage jobs read their tickets with one list page instead of one GET each: GET /api/v2/tickets with
 * `updated_since` at the oldest last-change the run's most urgent candidates know, ordered by update, `include=description`
 * (docs/platform.md, "Freshdesk: listing tickets"). The page holds the least recently changed tickets from there —
 * in a backlog, mostly tickets waiting for triage — as current as a GET would read them (their tags too, so the
 * update erases nothing). The pump then runs the jobs of the page's tickets first (pump.ts); a ticket not on it is
 * read alone. 1 request for up to 100 tickets, where each GET costs 1.
 */
import type { HelpdeskPort, Log, TicketSnapshot } from '../../ports';
import { reasonOf } from '../reason-of';

/** A job's ticket to read, and when it last changed as the job knows it. */
export interface TicketRead {
  ticketId: number;
  updatedAt?: number;
}

/** A candidate job's read, with its lane's rank (0: most urgent). */
export interface RankedRead extends TicketRead {
  rank: number;
}

/**
 * Where the batch's page starts, when two or more tickets know their last change: the oldest among the most
 * urgent candidates, since they run first. Tickets queued together (an event burst, one sweep pass) changed
 * together, so the page holds them, and the rest of the run comes from the page's other waiting tickets.
 */
export function batchSince(reads: readonly RankedRead[]): number | undefined {
  const known = reads.filter((r): r is RankedRead & { updatedAt: number } => r.updatedAt !== undefined);
  if (known.length < 2) return undefined;
  const top = Math.min(...known.map((r) => r.rank));
  return Math.min(...known.filter((r) => r.rank === top).map((r) => r.updatedAt));
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
  /** The tickets read, in the page's order (oldest change first). */
  tickets: readonly TicketSnapshot[];
  /** Template requests spent: 1 with a page, 0 without. */
  requests: number;
}

export async function readBatch(deps: { helpdesk: HelpdeskPort; log: Log }, reads: readonly RankedRead[]): Promise<BatchRead> {
  const none: BatchRead = { helpdesk: deps.helpdesk, tickets: [], requests: 0 };
  const since = batchSince(reads);
  if (since === undefined) return none;
  let page: TicketSnapshot[];
  try {
    page = await deps.helpdesk.readTicketsUpdatedSince(since);
  } catch (error) {
    deps.log.info(`pump: batch read of ${reads.length} tickets failed (${reasonOf(error)}); each job reads its own`);
    return { ...none, requests: 1 };
  }
  return { helpdesk: withReadTickets(deps.helpdesk, new Map(page.map((t) => [t.id, t]))), tickets: page, requests: 1 };
}
