/**
 * The simulator's fake Freshdesk (devkit/simulator/desk/): its API answers as createFreshdeskFake's do (it
 * repeats that service's request pipeline around a store it can reach), and its inbound side writes tickets,
 * replies and agent updates the way Freshdesk would.
 */
import { ADMIN_KEY, AGENT_KEY, createFreshdeskFake, minimalAccount, type FreshdeskAccount } from '../../devkit/fakes/freshdesk';
import type { FakeRequest, FakeService } from '../../devkit/fakes/kit';
import { agentUpdate, receiveReply, receiveTicket, textToHtml } from '../../devkit/simulator/desk/inbound';
import { createDeskService } from '../../devkit/simulator/desk/service';
import { SimulatorError } from '../../devkit/simulator/errors';
import { attributeByRequestId } from '../../devkit/simulator/fakes';

const NOW = Date.UTC(2026, 10, 25, 9, 0, 30);
const clock = { now: () => NOW };
const DANA = 73004500211;

function request(method: string, path: string, opts: { key?: string; body?: unknown; query?: string; headers?: Record<string, string> } = {}): FakeRequest {
  const auth = opts.key === undefined ? {} : { authorization: `Basic ${Buffer.from(`${opts.key}:X`).toString('base64')}` };
  return {
    method,
    path,
    query: new URLSearchParams(opts.query ?? ''),
    headers: { ...auth, ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}), ...opts.headers },
    rawBody: opts.body === undefined ? '' : JSON.stringify(opts.body),
  };
}

/** The answer without the per-request random X-Request-Id. */
async function answer(service: FakeService, req: FakeRequest) {
  const res = await service.handle(req);
  const { 'X-Request-Id': _id, ...headers } = res.headers ?? {};
  return { ...res, headers };
}

describe('the desk answers the API like createFreshdeskFake', () => {
  it('gives the same answers, headers and state for the same requests', async () => {
    const account: FreshdeskAccount = { ...minimalAccount(), rateLimitPerMinute: 12 };
    const real = createFreshdeskFake(account, { clock });
    const desk = createDeskService(account, { clock });
    const script: FakeRequest[] = [
      request('GET', '/api/v2/tickets/1042', { key: ADMIN_KEY, query: 'include=requester,stats' }),
      request('GET', '/api/v2/tickets/1042'),
      request('GET', '/api/v2/tickets/999', { key: ADMIN_KEY }),
      request('DELETE', '/api/v2/tickets/1042', { key: ADMIN_KEY }),
      request('PUT', '/api/v2/tickets/1042', { key: ADMIN_KEY, body: { priority: 3, tags: ['vip'], custom_fields: { cf_ai_urgency: 'high' } } }),
      request('PUT', '/api/v2/tickets/1043', { key: ADMIN_KEY, body: { status: 4, type: null } }),
      request('POST', '/api/v2/tickets/1042/notes', { key: ADMIN_KEY, body: { body: '<p>Draft</p>' } }),
      request('GET', '/api/v2/tickets/1042/conversations', { key: ADMIN_KEY }),
      request('POST', '/api/v2/contact_fields', { key: AGENT_KEY, body: { label: 'X', type: 'custom_text' } }),
      request('PUT', `/api/v2/contacts/${DANA}`, { key: ADMIN_KEY, body: { custom_fields: { sentiment_score: 'negative' } } }),
      request('GET', '/api/v2/nowhere', { key: ADMIN_KEY }),
      request('GET', '/api/v2/groups', { key: ADMIN_KEY }),
      request('GET', '/api/v2/groups', { key: ADMIN_KEY }), // 14 credits asked of 12: the bucket is dry by now
    ];
    const statuses: number[] = [];
    for (const req of script) {
      const mine = await answer(desk, req);
      expect(mine).toEqual(await answer(real, req));
      statuses.push(mine.status);
    }
    expect(statuses).toEqual(expect.arrayContaining([200, 201, 401, 404, 405, 403, 400, 429]));
    expect(desk.state()).toEqual(real.state());
    expect(desk.rateLimit()).toEqual(real.state().rateLimit);
    for (const req of script) expect(desk.endpointOf(req)).toBe(real.endpointOf(req));
    expect(desk.ticketIdOf?.(script[0] as FakeRequest)).toBe(1042);
    desk.reset();
    real.reset();
    expect(desk.state()).toEqual(real.state());
  });
});

describe('the inbound side', () => {
  const desk = () => createDeskService(minimalAccount(), { clock });

  it('a new ticket: next id (or the floor), escaped HTML from the text, a portal ticket of the requester', () => {
    const d = desk();
    const t = receiveTicket(d, { subject: ' Help <now> ', text: 'Line 1\nLine 2\n\n<b>bold</b> & "q"', requesterId: DANA, priority: 3 });
    expect(t).toMatchObject({ id: 1044, subject: 'Help <now>', requester_id: DANA, priority: 3, status: 2, source: 2, created_at: '2026-11-25T09:00:30Z' });
    expect(t.description).toBe('<div>Line 1<br>Line 2</div><div>&lt;b&gt;bold&lt;/b&gt; &amp; &quot;q&quot;</div>');
    expect(t.description_text).toBe('Line 1\nLine 2\n\n<b>bold</b> & "q"');
    expect(d.store.conversations.get(1044)).toEqual([]);
    expect(receiveTicket(d, { subject: 's', text: 't', requesterId: DANA }, 5000).id).toBe(5000);
    expect(receiveTicket(d, { subject: 's', text: 't', requesterId: DANA }, 10).id).toBe(5001);
  });

  it('refuses what Freshdesk would not create', () => {
    const d = desk();
    const refused = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof SimulatorError ? e.status : e;
      }
      return 'accepted';
    };
    expect(refused(() => receiveTicket(d, { subject: ' ', text: 't', requesterId: DANA }))).toBe(400);
    expect(refused(() => receiveTicket(d, { subject: 's', text: 't', requesterId: 1 }))).toBe(400);
    expect(refused(() => receiveTicket(d, { subject: 's', text: 't', requesterId: DANA, priority: 7 }))).toBe(400);
    expect(refused(() => receiveReply(d, 999, 'hi'))).toBe(404);
  });

  it("a customer reply: public, incoming, source 0, from the requester; ids above the floor and the store's own", () => {
    const d = desk();
    const c = receiveReply(d, 1042, 'Still broken', 73015560000);
    expect(c).toMatchObject({ id: 73015560000, ticket_id: 1042, incoming: true, private: false, source: 0, category: 1, user_id: DANA, from_email: 'dana.whitfield@example.org', body: '<div>Still broken</div>' });
    expect(d.store.conversations.get(1042)?.at(-1)).toEqual(c);
    expect(d.store.tickets.get(1042)?.stats.requester_responded_at).toBe('2026-11-25T09:00:30Z');
    // A note the app posts next gets a later id, never the reply's.
    const note = d.handle(request('POST', '/api/v2/tickets/1042/notes', { key: ADMIN_KEY, body: { body: 'n' } })) as { body: { id: number } };
    expect(note.body.id).toBeGreaterThan(c.id);
  });

  it("an agent update runs the fake's own PUT: applied when valid, refused as the API would", () => {
    const d = desk();
    expect(agentUpdate(d, 1043, { status: 4 })).toMatchObject({ status: 200, body: { status: 4 } }); // 1043 has a type
    const refused = agentUpdate(d, 1042, { status: 4 }); // minimalAccount requires a type to close; 1042 has none
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ description: 'Validation failed' });
    expect(d.store.tickets.get(1042)?.status).toBe(2);
  });

  it('textToHtml keeps paragraphs and escapes everything', () => {
    expect(textToHtml("a'b\r\nc")).toBe('<div>a&#39;b<br>c</div>');
  });
});

describe('attributeByRequestId', () => {
  it("finds the ticket in the app's X-Request-ID when the service cannot", () => {
    const bare: FakeService = {
      name: 'bare',
      endpointOf: (req) => `${req.method} ${req.path}`,
      handle: () => ({ status: 200 }),
      unauthorized: () => ({ status: 401 }),
    };
    const wrapped = attributeByRequestId(bare);
    expect(wrapped.ticketIdOf?.(request('POST', '/classify', { headers: { 'x-request-id': 'fd-1042-classify-abc' } }))).toBe(1042);
    expect(wrapped.ticketIdOf?.(request('POST', '/classify', { headers: { 'x-request-id': 'other' } }))).toBeUndefined();
    const own = attributeByRequestId({ ...bare, ticketIdOf: () => 7 });
    expect(own.ticketIdOf?.(request('POST', '/x', { headers: { 'x-request-id': 'fd-1042-x-1' } }))).toBe(7);
  });
});
