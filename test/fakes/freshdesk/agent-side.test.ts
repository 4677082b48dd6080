/**
 * More of Freshdesk's own side: an agent replying or adding a note in the ticket editor
 * (FreshdeskFake.addAgentConversation), and the account kept across a restart (snapshot / restore). What they add is
 * served by the API like any seeded record, and none of it is a request.
 */
import { ADMIN_KEY, createFreshdeskFake, isFreshdeskSnapshot, minimalAccount } from '../../../devkit/fakes/freshdesk';
import { iso } from '../../../devkit/fakes/freshdesk/text';
import { startFreshdesk, TestClock, TICKET, type TestFreshdesk } from './helpers';

let fd: TestFreshdesk;
beforeEach(async () => {
  fd = await startFreshdesk();
});
afterEach(() => fd.close());

const SAM = 73000000007;
const DANA = 73004500211;
const conversations = `/api/v2/tickets/${TICKET}/conversations`;

describe('addAgentConversation', () => {
  it('a reply: public and outgoing, listed after the earlier ones; the agent-response stats and updated_at move', async () => {
    fd.clock.advance(60_000);
    const now = iso(fd.clock.now());
    const reply = fd.service.addAgentConversation(TICKET, { id: 73015560000, body: '<p>Refunded <b>today</b>.</p>', user_id: SAM, incoming: true });
    expect(reply).toMatchObject({ id: 73015560000, ticket_id: TICKET, incoming: false, private: false, source: 0, category: 3, user_id: SAM, body_text: 'Refunded today.', created_at: now });
    const list = (await fd.api.get(conversations)).data as Array<{ id: number }>;
    expect(list.at(-1)).toEqual(reply);
    const ticket = (await fd.api.get(`/api/v2/tickets/${TICKET}`, { params: { include: 'stats' } })).data;
    expect(ticket.updated_at).toBe(now);
    expect(ticket.stats).toMatchObject({ agent_responded_at: now, first_responded_at: now });
    expect(fd.service.rateLimit().used).toBe(3); // the two GETs (stats is an include: 2), nothing for the reply
    expect(fd.fake.log().map((e) => e.method)).toEqual(['GET', 'GET']);
  });

  it('a note: private, source 2, no response stats; the first response stays the first', async () => {
    fd.service.addAgentConversation(TICKET, { id: 73015560001, body: 'first', user_id: SAM });
    const first = fd.service.records.tickets.get(TICKET)?.stats.first_responded_at;
    fd.clock.advance(60_000);
    const note = fd.service.addAgentConversation(TICKET, { id: 73015560002, body: '<div>Checked Stripe.</div>', user_id: SAM, note: true });
    expect(note).toMatchObject({ private: true, incoming: false, source: 2, category: 2, body_text: 'Checked Stripe.' });
    const stats = fd.service.records.tickets.get(TICKET)?.stats;
    expect(stats?.agent_responded_at).not.toBe(iso(fd.clock.now()));
    expect(stats?.first_responded_at).toBe(first);
    expect(fd.service.records.tickets.get(TICKET)?.updated_at).toBe(iso(fd.clock.now()));
  });

  it('refuses an unknown ticket, a taken id and an author who is not an agent', () => {
    expect(() => fd.service.addAgentConversation(999, { id: 1, body: 'x', user_id: SAM })).toThrow(/no ticket 999/);
    expect(() => fd.service.addAgentConversation(TICKET, { id: 73015550002, body: 'x', user_id: SAM })).toThrow(/exists already/);
    expect(() => fd.service.addAgentConversation(TICKET, { id: 5, body: 'x', user_id: DANA })).toThrow(/not an agent/);
    expect(fd.service.records.conversations.get(TICKET)).toHaveLength(2);
  });
});

describe('snapshot and restore', () => {
  it('carry every record and the id sequences to a new fake; reset still goes back to the seed', async () => {
    const seedTags = fd.service.records.tickets.get(TICKET)?.tags;
    expect((await fd.api.put(`/api/v2/tickets/${TICKET}`, { tags: ['vip'], custom_fields: { cf_ai_urgency: 'high' } })).status).toBe(200);
    const note = (await fd.api.post(`/api/v2/tickets/${TICKET}/notes`, { body: 'n' })).data as { id: number };
    fd.service.receiveTicket({ id: 1050, subject: 'New', description: 'd', requester_id: DANA });
    expect((await fd.as(ADMIN_KEY).post('/api/v2/contact_fields', { label: 'Tier', label_for_customers: 'Tier', type: 'custom_text' })).status).toBe(201);
    const snapshot = JSON.parse(JSON.stringify(fd.service.snapshot())) as unknown; // as it goes to disk and back
    expect(isFreshdeskSnapshot(snapshot)).toBe(true);

    const clock = new TestClock();
    const again = createFreshdeskFake(minimalAccount(), { clock });
    again.restore(snapshot as ReturnType<typeof fd.service.snapshot>);
    expect(again.state().tickets).toEqual(fd.service.state().tickets);
    expect(again.records.tickets.get(TICKET)?.tags).toEqual(['vip']);
    expect(again.state().conversations).toEqual(fd.service.state().conversations);
    expect(again.state().notes).toEqual([expect.objectContaining({ id: note.id })]);
    expect(again.records.contactFields.map((f) => f.name)).toContain('tier');
    expect(again.records.lastConversationId).toBe(note.id);
    expect(again.rateLimit().used).toBe(0);

    again.reset();
    expect(again.records.tickets.has(1050)).toBe(false);
    expect(again.records.tickets.get(TICKET)?.tags).toEqual(seedTags);
    expect(again.records.tickets.get(TICKET)?.custom).toEqual({});
  });

  it('refuses what is not a snapshot, and leaves the records alone', () => {
    const before = fd.service.state();
    for (const bad of [null, {}, { v: 2 }, { ...fd.service.snapshot(), tickets: 'x' }, { ...fd.service.snapshot(), counters: { conversation: 1 } }]) {
      expect(isFreshdeskSnapshot(bad)).toBe(false);
      expect(() => fd.service.restore(bad as never)).toThrow(/Not a Freshdesk snapshot/);
    }
    expect(fd.service.state()).toEqual(before);
  });
});
