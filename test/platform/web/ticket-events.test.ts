/**
 * Front-end events into the open pages of a ticket (docs/platform.md "Front end: events the ticket sidebar
 * receives"): the server-sent-events stream the client script follows, `emitTicketEvent` on the web server, and
 * which events the agent's page fires after a product event (page-events.ts). The client's side of the stream is
 * proven in chromium by the browser suite (jsdom has no EventSource).
 */
import { pageEventsAfter } from '../../../devkit/platform/web';
import { fixtureServerForFile } from './fixture-server';
import { openEventStream } from './event-stream';
import { rawRequest } from './http-helpers';
import { waitFor } from './open-page';

const web = fixtureServerForFile();

const openStream = (ticketId: number) => openEventStream(web.server.url, ticketId);

describe('the event stream of a ticket page', () => {
  it('delivers what emitTicketEvent fires to the pages of that ticket only, and counts them', async () => {
    const a = await openStream(42);
    const b = await openStream(42);
    const other = await openStream(7);
    expect(a.response.statusCode).toBe(200);
    expect(a.response.headers['content-type']).toMatch(/^text\/event-stream/);
    await waitFor(() => web.server.ticketEventListeners(42) === 2, 'both pages of ticket 42');

    expect(web.server.emitTicketEvent(42, 'ticket.propertiesUpdated', {})).toBe(2);
    expect(web.server.emitTicketEvent(42, 'app.activated')).toBe(2);
    expect(web.server.emitTicketEvent(9, 'app.activated')).toBe(0);
    await waitFor(() => a.events.length === 2 && b.events.length === 2, 'the events on both streams');
    expect(a.events).toEqual([{ name: 'ticket.propertiesUpdated', data: {} }, { name: 'app.activated' }]);
    expect(b.events).toEqual(a.events);
    expect(other.events).toEqual([]);

    a.close();
    await waitFor(() => web.server.ticketEventListeners(42) === 1, 'the closed page to be forgotten');
    expect(web.server.emitTicketEvent(42, 'app.activated')).toBe(1);
    b.close();
    other.close();
    await waitFor(() => web.server.ticketEventListeners(42) === 0 && web.server.ticketEventListeners(7) === 0, 'every page gone');
  });

  it('needs a ticket, and refuses a foreign page', async () => {
    expect((await rawRequest(web.server.url, '/fdk/events')).status).toBe(400);
    expect((await rawRequest(web.server.url, '/fdk/events?ticket=42', { headers: { Origin: 'http://evil.example' } })).status).toBe(403);
    expect(web.server.ticketEventListeners(42)).toBe(0);
  });
});

describe('what the agent’s page fires after a product event', () => {
  const conversation = (over: Record<string, unknown>) => ({ conversation: { id: 5, ticket_id: 42, incoming: false, private: false, ...over } });

  it('a customer reply: the sidebar is activated again (no documented event for it)', () => {
    expect(pageEventsAfter('onConversationCreate', conversation({ incoming: true }))).toEqual([{ ticketId: 42, name: 'app.activated' }]);
  });

  it('the agent’s own reply or note: ticket.sendReply / ticket.addNote', () => {
    expect(pageEventsAfter('onConversationCreate', conversation({}))).toEqual([{ ticketId: 42, name: 'ticket.sendReply', data: {} }]);
    expect(pageEventsAfter('onConversationCreate', conversation({ private: true }))).toEqual([{ ticketId: 42, name: 'ticket.addNote', data: {} }]);
  });

  it('saved properties (a resolve): ticket.propertiesUpdated', () => {
    expect(pageEventsAfter('onTicketUpdate', { ticket: { id: 42, changes: { status: [2, 4] } } })).toEqual([{ ticketId: 42, name: 'ticket.propertiesUpdated', data: {} }]);
  });

  it('nothing for a new ticket (no page is open on it), other events, or data without a ticket', () => {
    expect(pageEventsAfter('onTicketCreate', { ticket: { id: 42 } })).toEqual([]);
    expect(pageEventsAfter('onScheduledEvent', {})).toEqual([]);
    expect(pageEventsAfter('onTicketUpdate', { ticket: { id: 42 } })).toEqual([]);
    expect(pageEventsAfter('onConversationCreate', { conversation: { ticket_id: 'x' } })).toEqual([]);
  });
});
