/**
 * freshAccount(): a second, smaller account, globex.freshdesk.com (Globex Outdoor, camping gear), that has
 * never seen Simpli: no cf_ai_* ticket fields and no sentiment_score / escalation_risk contact fields, for the
 * install flow that creates them. It is also older and on Growth: 200 calls/min, Freshdesk's four default
 * ticket types, no subfolders in Solutions, and the ticket type required to close a ticket. It has a plain
 * "Category" dropdown (cf_category) that an install looking for "AI Category" must not mistake for its own.
 * Ids: tickets 1101…, contacts 5101…, agents 9101…, groups 2101…, fields 8201…, KB 3201…/4201….
 */
import type { FreshdeskAccount, SeedContact, SeedConversation, SeedTicket } from '../fakes/freshdesk/account';
import { after, html } from './thread';

export const FRESH_SUBDOMAIN = 'globex';
export const FRESH_ADMIN_API_KEY = 'globexAdminKey9101xx';
export const FRESH_AGENT_API_KEY = 'globexAgentKey9102xx';

const SUPPORT = 'help@globex-outdoor.example';

const G = { orders: 2101, product: 2102, warranty: 2103 } as const;
const A = { rosa: 9101, ken: 9102, ines: 9103 } as const;
const C = { paul: 5101, mira: 5102, diego: 5103, hana: 5104, oskar: 5105 } as const;

const contacts: SeedContact[] = [
  { id: C.paul, name: 'Paul Andersen', email: 'paul.andersen@example.com', language: 'en', custom_fields: { loyalty_member: true } },
  { id: C.mira, name: 'Mira Shah', email: 'mira.shah@example.org', language: 'en' },
  { id: C.diego, name: 'Diego Fernández', email: 'diego.fernandez@example.es', language: 'es', time_zone: 'Madrid' },
  { id: C.hana, name: 'Hana Novak', email: 'hana.novak@example.net', language: 'en', custom_fields: { loyalty_member: true } },
  { id: C.oskar, name: 'Oskar Lind', email: 'oskar.lind@example.se', language: 'en', time_zone: 'Stockholm' },
];

/** Globex tickets are few and simple; their conversations are written out here (ids ticketId * 100 + n). */
function globexTicket(t: SeedTicket & { created_at: string }, lines: Array<{ who: 'customer' | number; body: string; after: number }> = []): SeedTicket {
  const requester = contacts.find((c) => c.id === t.requester_id);
  let at = t.created_at;
  const conversations = lines.map((l, i): SeedConversation => {
    at = after(at, l.after);
    const base = { id: t.id * 100 + i + 1, body: l.body, created_at: at, support_email: SUPPORT };
    return l.who === 'customer'
      ? { ...base, user_id: t.requester_id, incoming: true, from_email: requester?.email ? `${requester.name} <${requester.email}>` : null, to_emails: [SUPPORT] }
      : { ...base, user_id: l.who, from_email: `"Globex Outdoor" <${SUPPORT}>`, to_emails: requester?.email ? [requester.email] : [] };
  });
  return { ...t, to_emails: [SUPPORT], updated_at: at, ...(conversations.length ? { conversations } : {}) };
}

const tickets: SeedTicket[] = [
  globexTicket({
    id: 1101,
    subject: 'Tent pole snapped on first trip',
    description: html('Hi, one of the aluminium poles of my Ridgeline 3 tent snapped on the first night, in light wind. Order GX-55102. Can I get a replacement pole?', 'Paul'),
    requester_id: C.paul,
    custom_fields: { cf_reference: 'GX-55102', cf_category: 'Warranty' },
    created_at: '2026-11-24T18:22:00Z',
  }),
  globexTicket({
    id: 1102,
    subject: 'Where is my order? It has been 10 days',
    description: html('I ordered a sleeping bag and a stove 10 days ago (GX-55021) and the tracking still says "label created". This is really frustrating, I need them for a trip on Saturday. If they do not arrive I want a refund.'),
    requester_id: C.mira,
    custom_fields: { cf_reference: 'GX-55021', cf_category: 'Orders' },
    created_at: '2026-11-25T07:10:00Z',
  }),
  globexTicket({
    id: 1103,
    subject: '¿La chaqueta Alpina es impermeable?',
    description: html('Hola, ¿la chaqueta Alpina sirve para lluvia fuerte o solo para llovizna? Quiero usarla en Galicia en invierno. Gracias.'),
    requester_id: C.diego,
    source: 2,
    custom_fields: { cf_category: 'Product question' },
    created_at: '2026-11-25T06:02:00Z',
  }),
  globexTicket(
    {
      id: 1104,
      subject: 'Stove will not light below freezing',
      description: html('My Summit stove will not light when it is below 0 °C. Is the gas canister the problem?'),
      requester_id: C.hana,
      status: 3,
      priority: 2,
      type: 'Question',
      group_id: G.product,
      responder_id: A.ken,
      custom_fields: { cf_category: 'Product question' },
      created_at: '2026-11-22T11:40:00Z',
    },
    [
      { who: A.ken, body: html('Hi Hana, standard butane canisters stop vaporising near freezing. Use a winter blend (isobutane/propane) canister and keep it in your jacket until you cook. Does that help?'), after: 90 },
      { who: 'customer', body: html('Thanks, I will try a winter canister this weekend.'), after: 300 },
      { who: A.ken, body: html('Great, I will leave this open until you have tried it.'), after: 20 },
    ],
  ),
  globexTicket(
    {
      id: 1105,
      subject: 'Wrong size boots delivered',
      description: html('I ordered the Trailhead boots in 43 and received 41. Order GX-54870.'),
      requester_id: C.oskar,
      status: 4,
      priority: 1,
      type: 'Problem',
      group_id: G.orders,
      responder_id: A.rosa,
      custom_fields: { cf_reference: 'GX-54870', cf_category: 'Orders' },
      created_at: '2026-11-15T09:00:00Z',
    },
    [
      { who: A.rosa, body: html('Sorry Oskar! Size 43 is on its way (GX-55099) with a prepaid label for the 41s.'), after: 60 },
      { who: 'customer', body: html('Got them, perfect fit. Thanks!'), after: 2900 },
    ],
  ),
];

export function freshAccount(): FreshdeskAccount {
  return structuredClone({
    domain: FRESH_SUBDOMAIN,
    rateLimitPerMinute: 200,
    apiKeys: [
      { key: FRESH_ADMIN_API_KEY, agent_id: A.rosa, admin: true },
      { key: FRESH_AGENT_API_KEY, agent_id: A.ken, admin: false },
    ],
    ticketTypes: ['Question', 'Incident', 'Problem', 'Feature Request'],
    systemFieldsRequiredForClosure: ['ticket_type'],
    ticketFields: [
      { id: 8201, name: 'cf_reference', label: 'Reference', label_for_customers: 'Order number', type: 'custom_text', displayed_to_customers: true, customers_can_edit: true },
      { id: 8202, name: 'cf_category', label: 'Category', label_for_customers: 'Topic', type: 'custom_dropdown', choices: ['Orders', 'Warranty', 'Product question', 'Other'], displayed_to_customers: true, customers_can_edit: true },
    ],
    contactFields: [{ id: 8211, name: 'loyalty_member', label: 'Loyalty Member', type: 'custom_checkbox' }],
    groups: [
      { id: G.orders, name: 'Orders & Returns' },
      { id: G.product, name: 'Product Advice' },
      { id: G.warranty, name: 'Warranty' },
    ],
    agents: [
      { id: A.rosa, name: 'Rosa Kim', email: 'rosa.kim@globex-outdoor.example', group_ids: [G.orders, G.warranty] },
      { id: A.ken, name: 'Ken Adeyemi', email: 'ken.adeyemi@globex-outdoor.example', group_ids: [G.product] },
      { id: A.ines, name: 'Inès Girard', email: 'ines.girard@globex-outdoor.example', group_ids: [G.orders, G.product] },
    ],
    contacts,
    tickets,
    solutions: [
      {
        id: 3201,
        name: 'Help',
        description: 'Orders, returns and product care.',
        folders: [
          {
            id: 3211,
            name: 'Orders & returns',
            articles: [
              { id: 4201, title: 'Delivery times', description: '<p>Orders ship within 2 working days and arrive 3 to 5 working days later.</p>', tags: ['orders'] },
              { id: 4202, title: 'Returns and exchanges', description: '<p>Unused items can be returned within 60 days. Exchanges for another size ship free.</p>', tags: ['returns'] },
              { id: 4203, title: 'Tracking shows "label created"', description: '<p>The carrier scans the parcel at its first hub, usually within 48 hours of the label being printed.</p>', tags: ['orders', 'tracking'] },
            ],
          },
          {
            id: 3212,
            name: 'Product care',
            articles: [
              { id: 4204, title: 'Cooking with gas below freezing', description: '<p>Use winter-blend canisters and keep them warm until use.</p>', tags: ['stoves'] },
              { id: 4205, title: 'Re-proofing a waterproof jacket', description: '<p>Wash with a technical cleaner, then tumble dry on low to reactivate the coating.</p>', tags: ['jackets'] },
              { id: 4206, title: 'Tent pole repairs', description: '<p>Every tent comes with a repair sleeve. Replacement sections are free under warranty.</p>', tags: ['tents', 'warranty'] },
            ],
          },
        ],
      },
    ],
    solutionSubfolders: false,
    seededAt: '2026-11-25T09:00:00Z',
  } satisfies FreshdeskAccount);
}
