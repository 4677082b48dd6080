/**
 * Freshdesk's own side (FreshdeskFake.receiveTicket / receiveCustomerReply / updateTicketAsAgent): a customer
 * writes in, an agent saves a ticket in the UI. What they add is served by the API like any seeded record, and
 * none of it is a request (no rate-limit credit, no log entry). Also `records`, the live read-only view.
 */
import { ADMIN_KEY } from '../../../devkit/fakes/freshdesk';
import { iso } from '../../../devkit/fakes/freshdesk/text';
import { OTHER_TICKET, startFreshdesk, TICKET, type TestFreshdesk } from './helpers';

let fd: TestFreshdesk;
beforeEach(async () => {
  fd = await startFreshdesk();
});
afterEach(() => fd.close());

const DANA = 73004500211;
const LEE = 73004500212;

describe('receiveTicket', () => {
  it('adds a ticket that GET /api/v2/tickets/:id serves with the defaults filled in, dated now', async () => {
    fd.clock.advance(60_000);
    const json = fd.service.receiveTicket({ id: 1050, subject: 'Where is my parcel?', description: '<div>Ordered <b>last week</b>.</div>', requester_id: LEE });
    const res = await fd.api.get('/api/v2/tickets/1050', { params: { include: 'stats' } });
    expect(res.status).toBe(200);
    const { stats, ...ticket } = res.data;
    expect(ticket).toEqual(json);
    const now = iso(fd.clock.now());
    expect(ticket).toMatchObject({
      id: 1050,
      subject: 'Where is my parcel?',
      description_text: 'Ordered last week.',
      requester_id: LEE,
      status: 2,
      priority: 1,
      source: 1,
      type: null,
      group_id: null,
      responder_id: null,
      company_id: null,
      tags: [],
      cc_emails: [],
      spam: false,
      created_at: now,
      updated_at: now,
      custom_fields: { cf_ai_category: null, cf_ai_urgency: null, cf_ai_confidence: null },
    });
    expect(stats).toMatchObject({ status_updated_at: now, resolved_at: null, requester_responded_at: null });
    expect((await fd.api.get('/api/v2/tickets/1050/conversations')).data).toEqual([]);
  });

  it('takes what the seed gives (custom fields, conversations) as the account seed does', async () => {
    fd.service.receiveTicket({
      id: 1051,
      subject: 'Invoice',
      description: '<p>x</p>',
      requester_id: DANA,
      priority: 3,
      source: 2,
      tags: ['vip'],
      custom_fields: { cf_ai_urgency: 'high' },
      created_at: '2026-11-25T08:00:00Z',
      conversations: [{ id: 900, body: '<p>Any news?</p>', user_id: DANA, incoming: true }],
    });
    const ticket = (await fd.api.get('/api/v2/tickets/1051')).data;
    expect(ticket).toMatchObject({ priority: 3, source: 2, tags: ['vip'], created_at: '2026-11-25T08:00:00Z', updated_at: '2026-11-25T08:00:00Z' });
    expect(ticket.custom_fields).toMatchObject({ cf_ai_urgency: 'high', cf_ai_category: null });
    const list = (await fd.api.get('/api/v2/tickets/1051/conversations')).data;
    expect(list).toEqual([expect.objectContaining({ id: 900, body_text: 'Any news?', incoming: true, category: 1, created_at: '2026-11-25T08:00:00Z' })]);
  });

  it('is not a request: no rate-limit credit, no log entry; the seed is copied; reset drops the ticket', async () => {
    const seed = { id: 1052, subject: 's', description: 'd', requester_id: DANA, tags: ['a'] };
    fd.service.receiveTicket(seed);
    seed.tags.push('changed later');
    expect(fd.service.rateLimit().used).toBe(0);
    expect(fd.fake.log()).toEqual([]);
    expect(fd.service.records.tickets.get(1052)?.tags).toEqual(['a']);
    expect(fd.service.state().tickets.map((t) => t.id)).toEqual([TICKET, OTHER_TICKET, 1052]);
    fd.service.reset();
    expect((await fd.api.get('/api/v2/tickets/1052')).status).toBe(404);
  });

  it('refuses an id the account already has', () => {
    expect(() => fd.service.receiveTicket({ id: TICKET, subject: 's', description: 'd', requester_id: DANA })).toThrow(/1042 exists/);
    expect(fd.service.records.tickets.get(TICKET)?.subject).toBe('Charged twice for my March invoice');
  });
});

describe('receiveCustomerReply', () => {
  const conversations = `/api/v2/tickets/${TICKET}/conversations`;

  it('appends an incoming reply that /conversations lists after the earlier ones, and moves the ticket', async () => {
    fd.clock.advance(60_000);
    const reply = fd.service.receiveCustomerReply(TICKET, { id: 73015560000, body: '<div>Still charged twice.</div>', user_id: DANA, from_email: 'dana.whitfield@example.org' });
    const now = iso(fd.clock.now());
    expect(reply).toMatchObject({
      id: 73015560000,
      ticket_id: TICKET,
      body_text: 'Still charged twice.',
      incoming: true,
      private: false,
      source: 0,
      category: 1,
      user_id: DANA,
      from_email: 'dana.whitfield@example.org',
      created_at: now,
      updated_at: now,
    });
    const list = (await fd.api.get(conversations)).data;
    expect(list.map((c: { id: number }) => c.id)).toEqual([73015550001, 73015550002, 73015560000]);
    expect(list[2]).toEqual(reply);
    const ticket = (await fd.api.get(`/api/v2/tickets/${TICKET}`, { params: { include: 'stats' } })).data;
    expect(ticket.updated_at).toBe(now);
    expect(ticket.stats.requester_responded_at).toBe(now);
    expect(fd.service.rateLimit().used).toBe(3); // the three GETs above, nothing for the reply
  });

  it('keeps the order of several replies, and notes created later get higher ids', async () => {
    fd.service.receiveCustomerReply(TICKET, { id: 73015560001, body: 'one', user_id: DANA });
    fd.clock.advance(1_000);
    fd.service.receiveCustomerReply(TICKET, { id: 73015560002, body: 'two', user_id: DANA });
    fd.clock.advance(1_000);
    const note = (await fd.api.post(`/api/v2/tickets/${TICKET}/notes`, { body: 'checking' })).data;
    expect(note.id).toBe(73015560003);
    expect(fd.service.records.lastConversationId).toBe(73015560003);
    const list = (await fd.api.get(conversations)).data;
    expect(list.map((c: { body_text: string }) => c.body_text)).toEqual([
      'Thanks for reaching out, Dana. I have refunded one charge.',
      'Got it, thank you!',
      'one',
      'two',
      'checking',
    ]);
  });

  it('refuses an unknown ticket and an id the account already has', () => {
    expect(() => fd.service.receiveCustomerReply(999, { id: 1, body: 'x', user_id: DANA })).toThrow(/no ticket 999/);
    expect(() => fd.service.receiveCustomerReply(TICKET, { id: 73015550002, body: 'x', user_id: DANA })).toThrow(/73015550002 exists/);
    expect(fd.service.records.conversations.get(TICKET)).toHaveLength(2);
  });
});

describe('updateTicketAsAgent', () => {
  it("runs PUT /tickets/:id's validation and update without a request", async () => {
    fd.clock.advance(60_000);
    expect(fd.service.updateTicketAsAgent(OTHER_TICKET, { status: 4 })).toMatchObject({ status: 200, body: { id: OTHER_TICKET, status: 4 } });
    const refused = fd.service.updateTicketAsAgent(TICKET, { status: 4 }); // closing needs a type; 1042 has none
    expect(refused).toMatchObject({ status: 400, body: { description: 'Validation failed' } });
    expect(fd.service.rateLimit().used).toBe(0);
    expect(fd.fake.log()).toEqual([]);
    const resolved = (await fd.api.get(`/api/v2/tickets/${OTHER_TICKET}`, { params: { include: 'stats' } })).data;
    expect(resolved).toMatchObject({ status: 4, updated_at: iso(fd.clock.now()), stats: { resolved_at: iso(fd.clock.now()) } });
    expect(fd.service.records.tickets.get(TICKET)?.status).toBe(2);
    expect(() => fd.service.updateTicketAsAgent(999, { status: 4 })).toThrow(/no ticket 999/);
  });
});

describe('records', () => {
  it('are the live account: API writes show, and reset goes back to the seed', async () => {
    const { records } = fd.service;
    expect((await fd.api.put(`/api/v2/tickets/${TICKET}`, { custom_fields: { cf_ai_urgency: 'high' } })).status).toBe(200);
    expect((await fd.as(ADMIN_KEY).post('/api/v2/contact_fields', { label: 'Tier', label_for_customers: 'Tier', type: 'custom_text' })).status).toBe(201);
    expect(records.tickets.get(TICKET)?.custom).toMatchObject({ cf_ai_urgency: 'high' });
    expect(records.contactFields.map((f) => f.name)).toContain('tier');
    fd.service.reset();
    expect(records.tickets.get(TICKET)?.custom).toEqual({});
    expect(records.contactFields.map((f) => f.name)).not.toContain('tier');
    expect(records.account.domain).toBe('acme-shop');
  });
});
