/**
 * Front-end events for the open pages of a ticket: what the Freshdesk ticket page delivers to the apps it frames
 * (`client.events.on(name, cb)`, docs/platform.md "Front end: events the ticket sidebar receives"). Freshdesk does
 * it inside the browser; the local platform's client script keeps one server-sent-events stream per page
 * (`GET /fdk/events?ticket=<id>`, protocol.ts) and this hub writes each event to the streams of that ticket, so
 * whoever plays Freshdesk's side (the simulator, a test) can say "the page fired ticket.propertiesUpdated".
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PageEvent } from './protocol';

export interface TicketEventHub {
  /** Keeps `res` open as the event stream of a page opened for `ticketId`. */
  subscribe(req: IncomingMessage, res: ServerResponse, ticketId: number): void;
  /** Writes the event to every open page of the ticket; answers how many pages it reached. */
  emit(ticketId: number, event: PageEvent): number;
  /** Open pages of the ticket (a test waits for its page before it fires). */
  listeners(ticketId: number): number;
}

/** A comment line now and then keeps idle streams from being cut by anything in between. */
const KEEPALIVE_MS = 25_000;

export function createTicketEventHub(): TicketEventHub {
  const streams = new Map<number, Set<ServerResponse>>();

  return {
    subscribe(req, res, ticketId) {
      res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      // The first bytes tell the browser the stream is open (EventSource fires `open`).
      res.write(': open\n\n');
      const open = streams.get(ticketId) ?? new Set<ServerResponse>();
      open.add(res);
      streams.set(ticketId, open);
      const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
      keepalive.unref();
      req.on('close', () => {
        clearInterval(keepalive);
        open.delete(res);
        if (open.size === 0) streams.delete(ticketId);
      });
    },
    emit(ticketId, event) {
      const open = streams.get(ticketId);
      if (!open) return 0;
      // One `data:` line: JSON never holds a raw newline.
      const frame = `data: ${JSON.stringify(event)}\n\n`;
      for (const res of open) res.write(frame);
      return open.size;
    },
    listeners: (ticketId) => streams.get(ticketId)?.size ?? 0,
  };
}
