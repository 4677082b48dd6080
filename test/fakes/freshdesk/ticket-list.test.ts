/**
 * GET /api/v2/tickets over real HTTP, against the public "List all tickets" reference
 * (https://developers.freshdesk.com/api/#list_all_tickets; docs/platform.md "Freshdesk: listing tickets"): the
 * 30-day default window, updated_since, ordering, paging with Link up to the 300-page cap, per_page, auth, the
 * list sub-limit and the account bucket, faults and the request log.
 */
import type { AxiosInstance } from 'axios';
import { AGENT_KEY, type SeedTicket } from '../../../devkit/fakes/freshdesk';
import { iso } from '../../../devkit/fakes/freshdesk/text';
import { client, startFreshdesk, type TestFreshdesk } from './helpers';

const DAY = 24 * 60 * 60 * 1000;
const REQUESTER = 73004500211;
/** The helpers' clock: 2026-11-25T09:00:30Z. */
const NOW = Date.UTC(2026, 10, 25, 9, 0, 30);

function ticket(id: number, createdAgoMs: number, extra: Partial<SeedTicket> = {}): SeedTicket {
  const created = iso(NOW - createdAgoMs);
  return { id, subject: `Ticket ${id}`, description: `<div>Body ${id}</div>`, requester_id: REQUESTER, created_at: created, updated_at: created, ...extra };
}

let fd: TestFreshdesk;
async function start(tickets: SeedTicket[], change?: Parameters<typeof startFreshdesk>[0]): Promise<void> {
  fd = await startFreshdesk((a) => {
    a.tickets = tickets;
    change?.(a);
  });
}
afterEach(() => fd.close());

const ids = (data: unknown): number[] => (data as { id: number }[]).map((t) => t.id);
const failed = (...errors: { field: string; message: string; code: string }[]) => ({ description: 'Validation failed', errors });

describe('which tickets are listed', () => {
  it('without updated_since: only tickets created in the past 30 days, never deleted or spam ones', async () => {
    await start([
      ticket(1, 29 * DAY),
      ticket(2, 30 * DAY), // exactly on the edge: still inside
      ticket(3, 30 * DAY + 1000),
      ticket(4, 400 * DAY, { updated_at: iso(NOW - 1000) }), // old, but touched a second ago
      ticket(5, DAY, { deleted: true }),
      ticket(6, DAY, { spam: true }),
      ticket(7, 0),
    ]);
    const res = await fd.api.get('/api/v2/tickets');
    expect(res.status).toBe(200);
    expect(ids(res.data)).toEqual([7, 1, 2]);
  });

  it('the window follows the fake clock', async () => {
    await start([ticket(1, 29 * DAY)]);
    expect(ids((await fd.api.get('/api/v2/tickets')).data)).toEqual([1]);
    fd.clock.advance(DAY + 1000);
    expect(ids((await fd.api.get('/api/v2/tickets')).data)).toEqual([]);
  });

  it('updated_since lists every ticket updated at or after it, however old, and no deleted or spam one', async () => {
    const since = iso(NOW - 60_000);
    await start([
      ticket(1, 400 * DAY, { updated_at: since }), // exactly at updated_since
      ticket(2, 400 * DAY, { updated_at: iso(NOW - 61_000) }),
      ticket(3, 2 * DAY, { updated_at: iso(NOW - 2 * DAY) }), // in the default window, not updated since
      ticket(4, 500 * DAY, { updated_at: iso(NOW - 1000), deleted: true }),
      ticket(5, 500 * DAY, { updated_at: iso(NOW - 1000), spam: true }),
    ]);
    const res = await fd.api.get('/api/v2/tickets', { params: { updated_since: since } });
    expect(res.status).toBe(200);
    expect(ids(res.data)).toEqual([1]);
  });

  it('a PUT, a note and a customer reply move updated_at, so each ticket shows up in the next pass', async () => {
    const old = (id: number) => ticket(id, 100 * DAY);
    await start([old(1), old(2), old(3), old(4)]);
    const since = iso(NOW);
    const pass = async () => ids((await fd.api.get('/api/v2/tickets', { params: { updated_since: since, order_type: 'asc', order_by: 'updated_at' } })).data);
    expect(await pass()).toEqual([]);

    fd.clock.advance(1000);
    expect((await fd.api.put('/api/v2/tickets/1', { priority: 3 })).status).toBe(200);
    fd.clock.advance(1000);
    expect((await fd.api.post('/api/v2/tickets/2/notes', { body: 'internal' })).status).toBe(201);
    fd.clock.advance(1000);
    fd.service.receiveCustomerReply(3, { id: 73015559999, body: '<div>any news?</div>', user_id: REQUESTER });

    expect(await pass()).toEqual([1, 2, 3]);
    const listed = (await fd.api.get('/api/v2/tickets', { params: { updated_since: since } })).data as { id: number; updated_at: string; created_at: string }[];
    expect(listed.map((t) => [t.id, t.updated_at])).toEqual([
      [3, iso(NOW + 3000)],
      [2, iso(NOW + 2000)],
      [1, iso(NOW + 1000)],
    ]);
    expect(listed.every((t) => t.created_at === iso(NOW - 100 * DAY))).toBe(true);
  });

  it('list items are tickets without description and description_text', async () => {
    await start([ticket(1, DAY, { tags: ['billing'], priority: 3 })]);
    const [item] = (await fd.api.get('/api/v2/tickets')).data as Record<string, unknown>[];
    expect(item).toMatchObject({ id: 1, subject: 'Ticket 1', tags: ['billing'], priority: 3, status: 2, created_at: iso(NOW - DAY) });
    expect(item).not.toHaveProperty('description');
    expect(item).not.toHaveProperty('description_text');
    expect(item).toHaveProperty('custom_fields');
  });
});

describe('ordering', () => {
  const tickets = [
    ticket(1, 5 * DAY, { updated_at: iso(NOW - DAY), status: 3, due_by: iso(NOW + 2 * DAY) }),
    ticket(2, 4 * DAY, { updated_at: iso(NOW - 3 * DAY), status: 2, due_by: null }),
    ticket(3, 6 * DAY, { updated_at: iso(NOW - 2 * DAY), status: 4, due_by: iso(NOW + DAY) }),
    ticket(4, 4 * DAY, { updated_at: iso(NOW - 4 * DAY), status: 2, due_by: iso(NOW + 3 * DAY) }), // same created_at as 2
  ];
  beforeEach(() => start(tickets));
  const order = async (params: Record<string, string>) => ids((await fd.api.get('/api/v2/tickets', { params })).data);

  it('defaults to created_at descending; ties go by id in the same direction', async () => {
    expect(await order({})).toEqual([4, 2, 1, 3]);
    expect(await order({ order_by: 'created_at', order_type: 'desc' })).toEqual([4, 2, 1, 3]);
    expect(await order({ order_type: 'asc' })).toEqual([3, 1, 2, 4]);
  });

  it('orders by updated_at, status and due_by both ways (a null due_by sorts lowest)', async () => {
    expect(await order({ order_by: 'updated_at', order_type: 'asc' })).toEqual([4, 2, 3, 1]);
    expect(await order({ order_by: 'updated_at' })).toEqual([1, 3, 2, 4]);
    expect(await order({ order_by: 'status', order_type: 'asc' })).toEqual([2, 4, 1, 3]);
    expect(await order({ order_by: 'status', order_type: 'desc' })).toEqual([3, 1, 4, 2]);
    expect(await order({ order_by: 'due_by', order_type: 'asc' })).toEqual([2, 3, 1, 4]);
    expect(await order({ order_by: 'due_by', order_type: 'desc' })).toEqual([4, 1, 3, 2]);
  });

  it('refuses another order_by, order_type or an unreadable updated_since in Freshdesk error format', async () => {
    const bad = await fd.api.get('/api/v2/tickets', { params: { order_by: 'priority', order_type: 'up', updated_since: 'yesterday' } });
    expect(bad.status).toBe(400);
    expect(bad.data).toEqual(
      failed(
        { field: 'order_by', message: "It should be one of these values: 'created_at,due_by,updated_at,status'", code: 'invalid_value' },
        { field: 'order_type', message: "It should be one of these values: 'asc,desc'", code: 'invalid_value' },
        { field: 'updated_since', message: "It should be a valid date in the 'combined date and time ISO8601' format", code: 'invalid_value' },
      ),
    );
  });

  it('refuses parameters the fake does not serve, as invalid_field', async () => {
    const res = await fd.api.get('/api/v2/tickets', { params: { requester_id: 1, order_by: 'nope' } });
    expect(res.status).toBe(400);
    expect(res.data).toEqual(failed({ field: 'requester_id', message: 'Unexpected/invalid field in request', code: 'invalid_field' }));
  });

  it('embeds the description only with include=description, for 2 more credits; another include is refused', async () => {
    const plain = await fd.api.get('/api/v2/tickets', { params: { updated_since: iso(NOW - DAY) } });
    expect(plain.status).toBe(200);
    expect(plain.data[0]).not.toHaveProperty('description');
    expect(plain.headers['x-ratelimit-used-currentrequest']).toBe('1');
    const full = await fd.api.get('/api/v2/tickets', { params: { updated_since: iso(NOW - DAY), include: 'description' } });
    expect(full.status).toBe(200);
    expect(full.data[0]).toMatchObject({ description: '<div>Body 1</div>', description_text: 'Body 1' });
    expect(full.headers['x-ratelimit-used-currentrequest']).toBe('3');
    const other = await fd.api.get('/api/v2/tickets', { params: { include: 'stats' } });
    expect(other.status).toBe(400);
    expect(other.data).toEqual(failed({ field: 'include', message: "It should be one of these values: 'description'", code: 'invalid_value' }));
  });
});

describe('paging', () => {
  /** Follows Link headers from `path` (the real host swapped for the fake's), answering every page. */
  async function follow(api: AxiosInstance, path: string): Promise<{ pages: number[][]; links: (string | undefined)[] }> {
    const pages: number[][] = [];
    const links: (string | undefined)[] = [];
    let next: string | undefined = path;
    while (next !== undefined) {
      const res = await api.get(next);
      expect(res.status).toBe(200);
      pages.push(ids(res.data));
      const link = res.headers.link as string | undefined;
      links.push(link);
      const m = link === undefined ? null : /^<https:\/\/acme-shop\.freshdesk\.com(\/api\/v2\/tickets\?[^>]+)>; rel="next"$/.exec(link);
      if (link !== undefined) expect(m).not.toBeNull();
      next = m?.[1];
    }
    return { pages, links };
  }

  it('pages 30 at a time with Link: rel="next" repeating the query, until the last page carries none', async () => {
    await start(Array.from({ length: 75 }, (_, i) => ticket(i + 1, (i + 1) * 60_000)));
    const since = iso(NOW - DAY);
    const { pages, links } = await follow(fd.api, `/api/v2/tickets?updated_since=${encodeURIComponent(since)}&order_by=created_at&order_type=asc`);
    expect(pages.map((p) => p.length)).toEqual([30, 30, 15]);
    expect(pages.flat()).toEqual(Array.from({ length: 75 }, (_, i) => 75 - i)); // oldest first, no gaps, no repeats
    expect(links[0]).toBe(
      `<https://acme-shop.freshdesk.com/api/v2/tickets?updated_since=${encodeURIComponent(since)}&order_by=created_at&order_type=asc&page=2>; rel="next"`,
    );
    expect(links[2]).toBeUndefined();
  });

  it('per_page 100 is the most; 101 is a validation error', async () => {
    await start(Array.from({ length: 150 }, (_, i) => ticket(i + 1, (i + 1) * 60_000)));
    const { pages } = await follow(fd.api, '/api/v2/tickets?per_page=100');
    expect(pages.map((p) => p.length)).toEqual([100, 50]);
    const bad = await fd.api.get('/api/v2/tickets', { params: { per_page: 101 } });
    expect(bad.status).toBe(400);
    expect(bad.data).toEqual(
      failed({ field: 'per_page', message: 'It should be a Positive Integer less than or equal to 100', code: 'datatype_mismatch' }),
    );
  });

  it('serves at most 300 pages: page 300 has no Link even when more tickets match, page 301 is refused', async () => {
    await start(Array.from({ length: 301 }, (_, i) => ticket(i + 1, (i + 1) * 60_000)));
    const p299 = await fd.api.get('/api/v2/tickets', { params: { per_page: 1, page: 299 } });
    expect(p299.headers.link).toMatch(/page=300>; rel="next"$/);
    const p300 = await fd.api.get('/api/v2/tickets', { params: { per_page: 1, page: 300 } });
    expect(ids(p300.data)).toEqual([300]);
    expect(p300.headers.link).toBeUndefined();
    const p301 = await fd.api.get('/api/v2/tickets', { params: { per_page: 1, page: 301 } });
    expect(p301.status).toBe(400);
    expect(p301.data).toEqual(
      failed({ field: 'page', message: 'You cannot access tickets beyond the 300th page. Please provide a smaller page number.', code: 'invalid_value' }),
    );
  });
});

describe('auth, rate limits, faults and the log', () => {
  it('needs a valid key (401 otherwise); any agent may list', async () => {
    await start([ticket(1, DAY)]);
    expect((await client(fd.fake.url).get('/api/v2/tickets')).status).toBe(401);
    expect((await client(fd.fake.url, 'wrong-key').get('/api/v2/tickets')).data).toEqual({
      code: 'invalid_credentials',
      message: 'You have to be logged in to perform this action.',
    });
    expect(ids((await fd.as(AGENT_KEY).get('/api/v2/tickets')).data)).toEqual([1]);
  });

  it('only GET: another verb is 405 with Allow', async () => {
    await start([]);
    const res = await fd.api.post('/api/v2/tickets', { subject: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET');
  });

  it('list calls spend the account bucket and their own sub-limit: 429 with Retry-After once the slice is used', async () => {
    await start([ticket(1, DAY)], (a) => {
      a.ticketListRateLimitPerMinute = 3;
    });
    for (let i = 0; i < 3; i++) expect((await fd.api.get('/api/v2/tickets')).status).toBe(200);
    const limited = await fd.api.get('/api/v2/tickets');
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('30'); // the clock is 30 s into its minute
    expect(limited.headers['x-ratelimit-remaining']).toBeUndefined();
    // The rest of the account's budget is untouched by the slice: a single-ticket read still passes.
    const other = await fd.api.get('/api/v2/tickets/1');
    expect(other.status).toBe(200);
    expect(other.headers['x-ratelimit-remaining']).toBe('195'); // 200 − 4 list calls (the refused one too) − 1
    fd.clock.advance(30_000);
    expect((await fd.api.get('/api/v2/tickets')).status).toBe(200);
  });

  it('the default slice follows the plan table (Growth 200 → 20 list calls a minute)', async () => {
    await start([]);
    for (let i = 0; i < 20; i++) expect((await fd.api.get('/api/v2/tickets')).status).toBe(200);
    expect((await fd.api.get('/api/v2/tickets')).status).toBe(429);
  });

  it('the account bucket refuses a list call too', async () => {
    await start([], (a) => {
      a.rateLimitPerMinute = 2;
    });
    expect((await fd.api.get('/api/v2/tickets/1')).status).toBe(404);
    expect((await fd.api.get('/api/v2/tickets')).status).toBe(200);
    expect((await fd.api.get('/api/v2/tickets')).status).toBe(429);
  });

  it('faults and the log name the route "GET /api/v2/tickets"', async () => {
    await start([ticket(1, DAY)]);
    fd.fake.setFaults([{ endpoint: 'GET /api/v2/tickets', fault: { kind: 'status', status: 500 }, times: 1 }]);
    const faulted = await fd.api.get('/api/v2/tickets', { params: { per_page: 5 } });
    expect(faulted.status).toBe(500);
    expect(faulted.data).toEqual({ message: "We're sorry, but something went wrong." });
    expect((await fd.api.get('/api/v2/tickets')).status).toBe(200);
    expect(fd.fake.log().map(({ endpoint, status, ticketId, fault }) => ({ endpoint, status, ticketId, fault }))).toEqual([
      { endpoint: 'GET /api/v2/tickets', status: 500, ticketId: undefined, fault: 'status' },
      { endpoint: 'GET /api/v2/tickets', status: 200, ticketId: undefined, fault: undefined },
    ]);
  });
});
