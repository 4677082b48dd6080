/**
 * POST /tickets/{id}/notes and GET /tickets/{id}/conversations (docs/freshdesk.md "Notes",
 * "Conversations and pagination"), including pagination across pages by following the Link header.
 */
import { AGENT_KEY } from '../../../devkit/fakes/freshdesk';
import { iso } from '../../../devkit/fakes/freshdesk/text';
import { startFreshdesk, TICKET, type TestFreshdesk } from './helpers';

let fd: TestFreshdesk;
beforeEach(async () => {
  fd = await startFreshdesk();
});
afterEach(() => fd.close());

const notes = `/api/v2/tickets/${TICKET}/notes`;
const conversations = `/api/v2/tickets/${TICKET}/conversations`;

describe('POST /api/v2/tickets/{id}/notes (docs/freshdesk.md "Notes")', () => {
  it('creates a private note by default: 201, Location, source 2, author = the key’s agent', async () => {
    const body = '<div>Simpli triage: category <b>Billing</b> (0.93) &amp; low risk.</div>';
    const res = await fd.as(AGENT_KEY).post(notes, { body });
    expect(res.status).toBe(201);
    expect(res.headers['location']).toBe(`https://acme-shop.freshdesk.com/api/v2/conversations/${res.data.id}`);
    expect(res.data).toMatchObject({
      body,
      body_text: 'Simpli triage: category Billing (0.93) & low risk.',
      incoming: false,
      private: true,
      user_id: 73000000008,
      support_email: null,
      source: 2,
      ticket_id: TICKET,
      to_emails: [],
      attachments: [],
      created_at: iso(fd.clock.now()),
    });
    expect(res.data.id).toBeGreaterThan(73015550002);
  });

  it('makes a public note with private: false and lists notify_emails in to_emails', async () => {
    const res = await fd.api.post(notes, { body: 'hi', private: false, notify_emails: ['riley@acme-shop.example'] });
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({ private: false, to_emails: ['riley@acme-shop.example'], category: 3 });
  });

  it('appends the note to the conversations and moves the ticket’s updated_at', async () => {
    fd.clock.advance(60_000);
    const created = (await fd.api.post(notes, { body: 'note', private: true })).data;
    const list = (await fd.api.get(conversations)).data;
    expect(list.map((c: { id: number }) => c.id)).toEqual([73015550001, 73015550002, created.id]);
    expect(list[2]).toMatchObject({ source: 2, private: true, body: 'note' });
    expect((await fd.api.get(`/api/v2/tickets/${TICKET}`)).data.updated_at).toBe(iso(fd.clock.now()));
    expect(fd.service.state().notes).toEqual([expect.objectContaining({ id: created.id, ticket_id: TICKET })]);
  });

  it('requires body and checks types and unknown keys', async () => {
    expect((await fd.api.post(notes, { private: true })).data).toEqual({
      description: 'Validation failed',
      errors: [{ field: 'body', message: 'It should be a/an String', code: 'missing_field' }],
    });
    expect((await fd.api.post(notes, { body: 5, private: 'yes' })).data.errors).toEqual([
      { field: 'body', message: 'It should be a/an String', code: 'datatype_mismatch' },
      { field: 'private', message: 'It should be a/an Boolean', code: 'datatype_mismatch' },
    ]);
    expect((await fd.api.post(notes, { body: 'x', public: true })).data.errors).toEqual([
      { field: 'public', message: 'Unexpected/invalid field in request', code: 'invalid_field' },
    ]);
    expect((await fd.api.post(notes, { body: 'x', user_id: 42 })).data.errors).toEqual([
      { field: 'user_id', message: 'There is no user matching the given user_id', code: 'invalid_value' },
    ]);
  });
});

describe('GET /api/v2/tickets/{id}/conversations (docs/freshdesk.md "Conversations and pagination")', () => {
  it('answers a bare array of full conversation objects, no Link on the last page', async () => {
    const res = await fd.api.get(conversations);
    expect(res.status).toBe(200);
    expect(res.headers['link']).toBeUndefined();
    expect(Object.keys(res.data[0])).toEqual([
      'body', 'body_text', 'id', 'incoming', 'private', 'user_id', 'support_email', 'source', 'category', 'ticket_id',
      'to_emails', 'from_email', 'cc_emails', 'bcc_emails', 'email_failure_count', 'outgoing_failures', 'created_at',
      'updated_at', 'attachments', 'source_additional_info',
    ]);
    expect(res.data[1]).toMatchObject({ incoming: true, private: false, source: 0, category: 1, user_id: 73004500211 });
  });

  it('pages 30 at a time with Link rel="next" only while more pages exist', async () => {
    for (let i = 0; i < 63; i++) await fd.api.post(notes, { body: `note ${i}` });
    // 2 seeded + 63 notes = 65: pages of 30, 30, 5.
    const seen: number[] = [];
    let next: string | undefined = `${fd.fake.url}${conversations}`;
    const links: (string | undefined)[] = [];
    while (next) {
      const res = await fd.api.get(next);
      expect(res.status).toBe(200);
      seen.push(...res.data.map((c: { id: number }) => c.id));
      const link = res.headers['link'] as string | undefined;
      links.push(link);
      // The Link names the real host; a client maps it back to where it sent the request.
      next = link ? link.replace(/^<https:\/\/acme-shop\.freshdesk\.com(.*)>; rel="next"$/, `${fd.fake.url}$1`) : undefined;
    }
    expect(links).toEqual([
      `<https://acme-shop.freshdesk.com${conversations}?page=2>; rel="next"`,
      `<https://acme-shop.freshdesk.com${conversations}?page=3>; rel="next"`,
      undefined,
    ]);
    expect(seen).toHaveLength(65);
    expect(new Set(seen).size).toBe(65);
  });

  it('keeps the request’s query in the Link and honours per_page', async () => {
    for (let i = 0; i < 3; i++) await fd.api.post(notes, { body: `n${i}` });
    const first = await fd.api.get(conversations, { params: { per_page: 2 } });
    expect(first.data).toHaveLength(2);
    expect(first.headers['link']).toBe(`<https://acme-shop.freshdesk.com${conversations}?per_page=2&page=2>; rel="next"`);
    const last = await fd.api.get(conversations, { params: { per_page: 2, page: 3 } });
    expect(last.data).toHaveLength(1);
    expect(last.headers['link']).toBeUndefined();
    expect((await fd.api.get(conversations, { params: { page: 9 } })).data).toEqual([]);
  });

  it('rejects per_page over 100, a bad page and unknown query keys', async () => {
    expect((await fd.api.get(conversations, { params: { per_page: 101 } })).data).toEqual({
      description: 'Validation failed',
      errors: [{ field: 'per_page', message: 'It should be a Positive Integer less than or equal to 100', code: 'datatype_mismatch' }],
    });
    expect((await fd.api.get(conversations, { params: { page: 0 } })).data.errors[0]).toMatchObject({ field: 'page', code: 'datatype_mismatch' });
    expect((await fd.api.get(conversations, { params: { order: 'desc' } })).data.errors[0]).toMatchObject({ field: 'order', code: 'invalid_field' });
  });
});
