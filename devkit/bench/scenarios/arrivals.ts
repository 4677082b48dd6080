/**
 * Tickets and events as Freshdesk produces them, without the harness's per-call rendering of the whole account
 * (the bench creates thousands): a demo-like ticket is received by the fake Freshdesk (so it exists there,
 * dated now on the platform clock) and its event data is built from that ticket and its requester.
 */
import type { SeedTicket } from '../../fakes/freshdesk';
import type { PlatformRun } from '../../platform/local-platform';
import type { Json } from '../../harness/events';
import type { Stack } from '../../harness/start-harness';

/** The tags triage writes (ai-category:…, ai-urgency:…) and sentiment's escalation tag. */
const APP_TAG = /^(ai-|escalation-risk:)/;

export interface Arrivals {
  /** The n-th demo-like ticket (0-based) with this id: the demo's open tickets' text and requesters, in turn. */
  seed(n: number, id: number): SeedTicket;
  /** Freshdesk receives the ticket now; answers onTicketCreate's data for it (the ticket as created). */
  receive(seed: SeedTicket): Json;
  /** onTicketCreate with that data. */
  fireCreate(data: Json): Promise<PlatformRun>;
}

export function arrivals(stack: Stack): Arrivals {
  const state = stack.state(); // rendered once: the demo's tickets and contacts as the API shows them
  const templates = state.tickets.filter((t) => t.status === 2);
  const contacts = new Map(state.contacts.map((c) => [Number(c.id), c]));
  if (templates.length === 0) throw new Error('the account has no open ticket to model tickets on');
  return {
    seed(n, id) {
      const t = templates[n % templates.length] as Json;
      return {
        id,
        subject: `${t.subject} (#${id})`,
        description: t.description,
        requester_id: t.requester_id,
        priority: t.priority,
        source: t.source,
        // A customer's new ticket carries none of the app's tags: the demo's tickets show them as if processed.
        tags: (t.tags ?? []).filter((tag: string) => !APP_TAG.test(tag)),
      };
    },
    receive(seed) {
      const ticket = stack.freshdesk.receiveTicket(seed);
      return { ticket, requester: contacts.get(seed.requester_id) };
    },
    fireCreate: (data) => stack.platform.fireEvent('onTicketCreate', data),
  };
}
