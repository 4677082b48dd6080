/**
 * Entry of the fresh_client.js stand-in (docs/platform.md "Front end: bootstrapping and the frame"): defines the global
 * `app` with `initialized()`, listens for host messages, and fires `app.activated` once, on the first task after
 * initialisation — the sidebar is treated as opened as soon as the page loads (headless there is no icon to click).
 * A page opened for a ticket also follows the ticket's event stream (PATHS.events), the events the Freshdesk ticket
 * page fires into its apps (docs/platform.md "Front end: events the ticket sidebar receives").
 */
import { CLIENT_MESSAGE_SOURCE, HOST_MESSAGE_SOURCE, PATHS, type HostMessage, type PageEvent } from '../protocol';
import { createClient, type ClientDeps, type FdkClient } from './client';
import { createEventBus, type EventBus } from './events';
import { pageTicket, postToParent } from './page';

const events = createEventBus((id, outcome, message) =>
  postToParent({ source: CLIENT_MESSAGE_SOURCE, kind: 'intercept', id, outcome, ...(message === undefined ? {} : { message }) }),
);
const deps: ClientDeps = { events, instanceId: Math.random().toString(36).slice(2, 10), receivers: [] };

function isHostMessage(data: unknown): data is HostMessage {
  return typeof data === 'object' && data !== null && (data as { source?: unknown }).source === HOST_MESSAGE_SOURCE;
}

window.addEventListener('message', (e: MessageEvent) => {
  const m: unknown = e.data;
  if (!isHostMessage(m)) return;
  if (m.kind === 'event' && typeof m.name === 'string') events.emit(m.name, m.data, m.interceptId);
  if (m.kind === 'instance') for (const r of deps.receivers) r({ helper: { getData: () => m.message } });
});

function isPageEvent(x: unknown): x is PageEvent {
  return typeof x === 'object' && x !== null && typeof (x as { name?: unknown }).name === 'string';
}

/** The ticket's event stream into the bus; EventSource reconnects by itself. jsdom has none: no stream there. */
function followTicketEvents(bus: EventBus): void {
  const ticket = pageTicket();
  if (ticket === undefined || typeof EventSource === 'undefined') return;
  const stream = new EventSource(`${PATHS.events}?ticket=${ticket}`);
  stream.onmessage = (e: MessageEvent) => {
    let event: unknown;
    try {
      event = JSON.parse(String(e.data));
    } catch {
      return;
    }
    if (isPageEvent(event)) bus.emit(event.name, event.data);
  };
}

let initialized: Promise<FdkClient> | undefined;

const app = {
  initialized(): Promise<FdkClient> {
    if (!initialized) {
      initialized = Promise.resolve(createClient(deps));
      // A macrotask runs after every .then() callback on `initialized`, so listeners registered there see it.
      setTimeout(() => {
        events.emit('app.activated');
        followTicketEvents(events);
      }, 0);
    }
    return initialized;
  },
};

// Assigned through a cast: the app's own code declares its view of `window.app` (app/src/fdk/client.ts).
(window as unknown as { app: typeof app }).app = app;
