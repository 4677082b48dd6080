/**
 * demoAccount(): the Freshdesk account `npm start`, the tests and the bench run on: acme.freshdesk.com, a Pro
 * plan (400 calls/min), an admin who already created the Simpli Freshdesk guide's AI fields, 17 customers, 28 tickets
 * and a 42-article knowledge base. Every call returns a new deep copy, so callers may change it freely.
 */
import type { FreshdeskAccount } from '../fakes/freshdesk/account';
import { aiTicketFields, customerTierField, deviceField, orderNumberField, sentimentContactFields, TICKET_TYPES } from './fields';
import { AGENT, agents, companies, contacts, emailConfigs, groups } from './people';
import { demoSolutions } from './solutions';
import { demoTickets, WAITING_ON_CARRIER } from './tickets';

export const DEMO_SUBDOMAIN = 'acme';
/** Priya Raman's key (admin): what the app is installed with. */
export const DEMO_ADMIN_API_KEY = 'acmeDemoAdminKey9001';
/** Marcus Webb's key (agent, not admin): /admin/* answers 403 access_denied. */
export const DEMO_AGENT_API_KEY = 'acmeDemoAgentKey9002';
/** Every timestamp the seed does not give, and "now" for a store whose clock starts at the seed. */
export const DEMO_SEEDED_AT = '2026-11-25T09:00:00Z';

export function demoAccount(): FreshdeskAccount {
  return structuredClone({
    domain: DEMO_SUBDOMAIN,
    rateLimitPerMinute: 400,
    apiKeys: [
      { key: DEMO_ADMIN_API_KEY, agent_id: AGENT.priya, admin: true },
      { key: DEMO_AGENT_API_KEY, agent_id: AGENT.marcus, admin: false },
    ],
    ticketTypes: TICKET_TYPES,
    customStatuses: [{ id: WAITING_ON_CARRIER, name: 'Waiting on Carrier', customer_name: 'Awaiting delivery update' }],
    ticketFields: [orderNumberField, deviceField, ...aiTicketFields],
    contactFields: [customerTierField, ...sentimentContactFields],
    groups,
    agents,
    companies,
    emailConfigs,
    contacts,
    tickets: demoTickets(),
    solutions: demoSolutions(),
    solutionSubfolders: true,
    seededAt: DEMO_SEEDED_AT,
  } satisfies FreshdeskAccount);
}
