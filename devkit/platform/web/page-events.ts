/**
 * What the agent's open ticket page fires into the app after something happened on the ticket — for whoever
 * plays Freshdesk's side (the simulator's actions, the browser tests' stage) once the product event's handler ran.
 * The names are the documented ones (docs/platform.md "Front end: events the ticket sidebar receives"):
 *   - an agent saves properties (e.g. status Resolved, then Update): `ticket.propertiesUpdated`;
 *   - an agent sends a reply / adds a note from the page: `ticket.sendReply` / `ticket.addNote`;
 *   - a customer's reply arriving: Freshdesk documents no event for it. The local platform plays the agent
 *     bringing the ticket back into view to read it, which activates the sidebar again: `app.activated` (a
 *     decision where the docs are silent; see the same section).
 * A new ticket has no open page yet: nothing fires (the agent's first opening is the client's own `app.activated`).
 */
import type { PageEvent } from './protocol';

export interface TicketPageEvent extends PageEvent {
  ticketId: number;
}

type Json = Record<string, unknown>;

const obj = (x: unknown): Json | undefined => (typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Json) : undefined);
const id = (x: unknown): number | undefined => (typeof x === 'number' && Number.isInteger(x) && x > 0 ? x : undefined);

function afterConversation(data: Json): TicketPageEvent[] {
  const c = obj(data.conversation);
  const ticketId = id(c?.ticket_id);
  if (!c || ticketId === undefined) return [];
  if (c.incoming === true) return [{ ticketId, name: 'app.activated' }];
  return [{ ticketId, name: c.private === true ? 'ticket.addNote' : 'ticket.sendReply', data: {} }];
}

function afterTicketUpdate(data: Json): TicketPageEvent[] {
  const t = obj(data.ticket);
  const ticketId = id(t?.id);
  if (!t || ticketId === undefined || !obj(t.changes)) return [];
  // The 3.0 pages do not document this event's data for the sidebar; the app does not read it.
  return [{ ticketId, name: 'ticket.propertiesUpdated', data: {} }];
}

export function pageEventsAfter(event: string, data: Json): TicketPageEvent[] {
  if (event === 'onConversationCreate') return afterConversation(data);
  if (event === 'onTicketUpdate') return afterTicketUpdate(data);
  return [];
}

/** Fires `pageEventsAfter(event, data)` into the open pages; answers how many pages each reached, in order. */
export function firePageEvents(web: { emitTicketEvent(ticketId: number, name: string, data?: unknown): number }, event: string, data: Json): number[] {
  return pageEventsAfter(event, data).map((e) => web.emitTicketEvent(e.ticketId, e.name, e.data));
}
