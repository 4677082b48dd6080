/**
 * Who is in the demo account "acme": Acme Home sells smart thermostats, cameras, doorbells and plugs online,
 * with an "Acme Plus" subscription. Groups, agents, companies and customers, with stable readable ids
 * (groups 2001…, contacts 5001…, companies 6001…, email configs 7001…, agents 9001…).
 */
import type { SeedAgent, SeedContact, SeedGroup, SeedNamed } from '../fakes/freshdesk/account';

/** The support mailbox every email ticket arrives at. */
export const SUPPORT_EMAIL = 'support@acme.example';
export const BILLING_EMAIL = 'billing@acme.example';

export const GROUP = {
  billing: 2001,
  technical: 2002,
  accounts: 2003,
  shipping: 2004,
  escalations: 2005,
  productFeedback: 2006,
} as const;

export const AGENT = {
  priya: 9001,
  marcus: 9002,
  sofia: 9003,
  tomas: 9004,
  hannah: 9005,
  julien: 9006,
  aisha: 9007,
} as const;

export const COMPANY = { harborView: 6001, brightside: 6002 } as const;
export const EMAIL_CONFIG = { support: 7001, billing: 7002 } as const;

export const groups: SeedGroup[] = [
  { id: GROUP.billing, name: 'Billing', description: 'Invoices, charges, payment methods and Acme Plus plans.', escalate_to: AGENT.sofia, unassigned_for: '30m', created_at: '2025-01-14T10:00:00Z' },
  { id: GROUP.technical, name: 'Technical Support', description: 'Device setup, connectivity, firmware and the Acme app.', escalate_to: AGENT.marcus, unassigned_for: '30m', created_at: '2025-01-14T10:00:00Z' },
  { id: GROUP.accounts, name: 'Accounts', description: 'Sign-in, two-factor authentication, household members and data requests.', escalate_to: AGENT.hannah, unassigned_for: '1h', created_at: '2025-01-14T10:00:00Z' },
  { id: GROUP.shipping, name: 'Shipping', description: 'Orders, deliveries, carriers and damaged parcels.', escalate_to: AGENT.tomas, unassigned_for: '1h', created_at: '2025-01-14T10:00:00Z' },
  { id: GROUP.escalations, name: 'Escalations', description: 'Unhappy customers, legal threats and anything a lead must see today.', escalate_to: AGENT.priya, unassigned_for: '15m', created_at: '2025-02-03T08:30:00Z' },
  { id: GROUP.productFeedback, name: 'Product Feedback', description: 'Feature requests and ideas, reviewed weekly with the product team.', created_at: '2025-06-20T12:00:00Z' },
];

export const agents: SeedAgent[] = [
  { id: AGENT.priya, name: 'Priya Raman', email: 'priya.raman@acme.example', group_ids: [GROUP.escalations, GROUP.billing] },
  { id: AGENT.marcus, name: 'Marcus Webb', email: 'marcus.webb@acme.example', group_ids: [GROUP.technical, GROUP.escalations] },
  { id: AGENT.sofia, name: 'Sofia Lindqvist', email: 'sofia.lindqvist@acme.example', group_ids: [GROUP.billing, GROUP.accounts] },
  { id: AGENT.tomas, name: 'Tomás Herrera', email: 'tomas.herrera@acme.example', group_ids: [GROUP.shipping, GROUP.billing] },
  { id: AGENT.hannah, name: 'Hannah Keller', email: 'hannah.keller@acme.example', group_ids: [GROUP.technical, GROUP.accounts] },
  { id: AGENT.julien, name: 'Julien Moreau', email: 'julien.moreau@acme.example', group_ids: [GROUP.shipping, GROUP.billing] },
  { id: AGENT.aisha, name: 'Aisha Bello', email: 'aisha.bello@acme.example', group_ids: [GROUP.productFeedback, GROUP.technical] },
];

export const companies: SeedNamed[] = [
  { id: COMPANY.harborView, name: 'Harbor View Property Management' },
  { id: COMPANY.brightside, name: 'Brightside Dental Clinics' },
];

export const emailConfigs: SeedNamed[] = [
  { id: EMAIL_CONFIG.support, name: `Acme Home Support (${SUPPORT_EMAIL})` },
  { id: EMAIL_CONFIG.billing, name: `Acme Home Billing (${BILLING_EMAIL})` },
];

export const CONTACT = {
  dana: 5001,
  raj: 5002,
  emily: 5003,
  lukas: 5004,
  camille: 5005,
  javier: 5006,
  olivia: 5007,
  theo: 5008,
  grace: 5009,
  ahmed: 5010,
  zoe: 5011,
  sam: 5012,
  nora: 5013,
  ben: 5014,
  isabelle: 5015,
  carmen: 5016,
  margaret: 5017,
} as const;

/**
 * Customers. A few carry Sentiment values from the account's earlier middleware integration (the Simpli Freshdesk
 * guide's automation), the rest have never been scored: custom fields not given read as null.
 */
export const contacts: SeedContact[] = [
  {
    id: CONTACT.dana, name: 'Dana Whitfield', email: 'dana.whitfield@example.org', phone: '+44 20 7946 0321',
    language: 'en', time_zone: 'London', address: '14 Elm Row, London N1 7GU', tags: ['acme-plus'],
    custom_fields: { customer_tier: 'premium', sentiment_score: 'neutral', escalation_risk: '0.15' }, created_at: '2025-03-14T13:26:01Z',
  },
  {
    id: CONTACT.raj, name: 'Raj Patel', email: 'raj.patel@example.com', mobile: '+1 415 555 0142',
    language: 'en', time_zone: 'Pacific Time (US & Canada)', tags: ['acme-plus', 'early-adopter'],
    custom_fields: { customer_tier: 'premium', sentiment_score: 'negative', escalation_risk: '0.65' }, created_at: '2025-05-02T18:40:12Z',
  },
  {
    id: CONTACT.emily, name: 'Emily Chen', email: 'emily.chen@example.net', language: 'en',
    time_zone: 'Eastern Time (US & Canada)', job_title: 'Architect', custom_fields: { customer_tier: 'basic' }, created_at: '2025-08-21T09:12:44Z',
  },
  {
    id: CONTACT.lukas, name: 'Lukas Becker', email: 'lukas.becker@example.de', phone: '+49 30 901820',
    language: 'de', time_zone: 'Berlin', address: 'Greifswalder Str. 88, 10405 Berlin', custom_fields: { customer_tier: 'basic' }, created_at: '2025-10-05T07:55:00Z',
  },
  {
    id: CONTACT.camille, name: 'Camille Dubois', email: 'camille.dubois@example.fr', language: 'fr',
    time_zone: 'Paris', address: '7 rue des Lilas, 69003 Lyon', custom_fields: { customer_tier: 'free' }, created_at: '2026-02-11T15:03:27Z',
  },
  {
    id: CONTACT.javier, name: 'Javier Morales', email: 'javier.morales@example.es', mobile: '+34 612 345 678',
    language: 'es', time_zone: 'Madrid', custom_fields: { customer_tier: 'basic' }, created_at: '2026-01-19T11:20:00Z',
  },
  {
    id: CONTACT.olivia, name: 'Olivia Brooks', email: 'olivia.brooks@example.com', mobile: '+1 312 555 0199',
    language: 'en', time_zone: 'Central Time (US & Canada)', custom_fields: { customer_tier: 'premium', sentiment_score: 'positive', escalation_risk: '0.0' }, created_at: '2025-04-30T22:10:09Z',
  },
  {
    id: CONTACT.theo, name: 'Theo Nakamura', email: 'theo.nakamura@harborview.example', phone: '+1 206 555 0123',
    language: 'en', time_zone: 'Pacific Time (US & Canada)', job_title: 'Facilities Manager', company_id: COMPANY.harborView,
    tags: ['b2b', 'bulk'], custom_fields: { customer_tier: 'enterprise', sentiment_score: 'positive', escalation_risk: '0.0' }, created_at: '2025-07-08T16:45:00Z',
  },
  {
    id: CONTACT.grace, name: "Grace O'Connor", email: 'grace.oconnor@example.ie', phone: '+353 1 555 0187',
    language: 'en', time_zone: 'Dublin', custom_fields: { customer_tier: 'premium', sentiment_score: 'negative', escalation_risk: '0.3' }, created_at: '2025-11-27T12:00:00Z',
  },
  {
    id: CONTACT.ahmed, name: 'Ahmed Hassan', email: 'ahmed.hassan@brightside-dental.example', language: 'en',
    time_zone: 'Eastern Time (US & Canada)', job_title: 'Practice Manager', company_id: COMPANY.brightside,
    custom_fields: { customer_tier: 'enterprise' }, created_at: '2026-03-03T14:31:50Z',
  },
  {
    id: CONTACT.zoe, name: 'Zoë Faßbender', email: 'zoe.fassbender@example.de', language: 'de',
    time_zone: 'Vienna', address: 'Mariahilfer Straße 101, 1060 Wien', custom_fields: { customer_tier: 'basic' }, created_at: '2026-06-17T19:05:00Z',
  },
  {
    id: CONTACT.sam, name: 'Sam Rivera', email: 'sam.rivera@example.com', language: 'en',
    time_zone: 'Mountain Time (US & Canada)', job_title: 'Web Developer', custom_fields: { customer_tier: 'free' }, created_at: '2026-09-09T09:09:09Z',
  },
  {
    id: CONTACT.nora, name: 'Nora Lindgren', email: 'nora.lindgren@example.se', language: 'en',
    time_zone: 'Stockholm', custom_fields: { customer_tier: 'basic' }, created_at: '2026-04-22T06:48:13Z',
  },
  {
    id: CONTACT.ben, name: 'Ben Carter', email: 'ben.carter@example.co.uk', mobile: '+44 7700 900461',
    language: 'en', time_zone: 'Edinburgh', custom_fields: { customer_tier: 'premium', sentiment_score: 'positive', escalation_risk: '0.0' }, created_at: '2025-12-01T10:30:00Z',
  },
  {
    id: CONTACT.isabelle, name: 'Isabelle Laurent', email: 'isabelle.laurent@example.fr', language: 'fr',
    time_zone: 'Paris', custom_fields: { customer_tier: 'premium' }, created_at: '2026-05-30T08:00:00Z',
  },
  {
    id: CONTACT.carmen, name: 'Carmen Ruiz', email: 'carmen.ruiz@example.mx', mobile: '+52 55 5555 0134',
    language: 'es', time_zone: 'Mexico City', custom_fields: { customer_tier: 'free' }, created_at: '2026-08-14T21:15:00Z',
  },
  {
    id: CONTACT.margaret, name: 'Margaret Holloway', email: 'margaret.holloway@example.com', phone: '+1 617 555 0110',
    language: 'en', time_zone: 'Eastern Time (US & Canada)', custom_fields: { customer_tier: 'premium' }, created_at: '2025-02-26T17:22:41Z',
  },
];

/** A contact by id; throws on an unknown id, so a typo in the demo data fails at once. */
export function contactById(id: number): SeedContact {
  const c = contacts.find((x) => x.id === id);
  if (!c) throw new Error(`demo data: no contact ${id}`);
  return c;
}
