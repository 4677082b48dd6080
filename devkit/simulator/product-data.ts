/**
 * `client.data.get(name)` for the sidebar (docs/platform.md "Front end: the data method"), answered from the desk's
 * live records, so the sidebar shows what the fake Freshdesk holds right now (AI fields the app just wrote included).
 * Each answer is wrapped under the requested name: `{ ticket: {…} }`.
 */
import { renderContact } from '../fakes/freshdesk/contacts';
import type { FreshdeskFake } from '../fakes/freshdesk/service';
import { renderTicket } from '../fakes/freshdesk/tickets';
import type { FrontendBackend } from '../platform/types';
import { actingAgentId } from './desk/inbound';

const reject = (status: number, message: string) => ({ status, message });

/** `currentHost` comes from the platform (the installation's account and modules), like every event's envelope. */
export function productData(desk: FreshdeskFake, currentHost: () => unknown): FrontendBackend['productData'] {
  const { records } = desk;

  const loggedInUser = () => {
    const a = records.account.agents.find((x) => x.id === actingAgentId(records));
    if (!a) throw reject(404, 'The account has no agent to log in as');
    return {
      id: a.id,
      available: true,
      occasional: false,
      signature: null,
      group_ids: a.group_ids ?? [],
      role_ids: [],
      contact: { name: a.name, email: a.email, active: true, language: 'en' },
    };
  };

  const ticketScoped = (name: string, ticketId: number | undefined): unknown => {
    const t = ticketId === undefined ? undefined : records.tickets.get(ticketId);
    if (!t) throw reject(404, `No ticket is open on this page, so "${name}" is not available`);
    switch (name) {
      case 'ticket':
        return renderTicket(records, t);
      case 'contact':
      case 'requester': {
        const c = records.contacts.get(t.requester_id);
        if (!c) throw reject(404, `Contact ${t.requester_id} not found`);
        return renderContact(records, c);
      }
      case 'group': {
        const g = records.account.groups.find((x) => x.id === t.group_id);
        return g ? { id: g.id, name: g.name } : null;
      }
      default:
        // Options lists, company, time_entry …: not used by the app; refused so a new use is noticed.
        throw reject(404, `The local simulator does not provide "${name}"`);
    }
  };

  return async (name, ticketId) => {
    if (name === 'loggedInUser') return { loggedInUser: loggedInUser() };
    if (name === 'currentHost') return { currentHost: currentHost() };
    return { [name]: ticketScoped(name, ticketId) };
  };
}
