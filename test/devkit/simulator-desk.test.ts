/**
 * The simulator's desk (devkit/simulator/desk/inbound.ts): what it adds to the fake Freshdesk's own
 * receiveTicket / receiveCustomerReply / updateTicketAsAgent — the simulator's input checks, the records' content
 * (escaped HTML, a portal ticket, a public incoming reply from the requester), ids above the floors, the agent it
 * acts as. The fake's side of it is tested in test/fakes/freshdesk/inbound.test.ts.
 */
import { ADMIN_KEY, createFreshdeskFake, minimalAccount } from '../../devkit/fakes/freshdesk';
import type { FakeRequest } from '../../devkit/fakes/kit';
import { agentUpdate, receiveReply, receiveTicket, textToHtml } from '../../devkit/simulator/desk/inbound';
import { SimulatorError } from '../../devkit/simulator/errors';

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

/** The SimulatorError status a desk call is refused with, or 'accepted'. */
function refusal(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e instanceof SimulatorError ? e.status : e;
  }
  return 'accepted';
}

describe('the inbound side', () => {
  const desk = () => createFreshdeskFake(minimalAccount(), { clock });

  it('a new ticket: next id (or the floor), escaped HTML from the text, a portal ticket of the requester', () => {
    const d = desk();
    const t = receiveTicket(d, { subject: ' Help <now> ', text: 'Line 1\nLine 2\n\n<b>bold</b> & "q"', requesterId: DANA, priority: 3 });
    expect(t).toMatchObject({ id: 1044, subject: 'Help <now>', requester_id: DANA, priority: 3, status: 2, source: 2, created_at: '2026-11-25T09:00:30Z' });
    expect(t.description).toBe('<div>Line 1<br>Line 2</div><div>&lt;b&gt;bold&lt;/b&gt; &amp; &quot;q&quot;</div>');
    expect(t.description_text).toBe('Line 1\nLine 2\n\n<b>bold</b> & "q"');
    expect(d.records.conversations.get(1044)).toEqual([]);
    expect(receiveTicket(d, { subject: 's', text: 't', requesterId: DANA }, 5000).id).toBe(5000);
    expect(receiveTicket(d, { subject: 's', text: 't', requesterId: DANA }, 10).id).toBe(5001);
  });

  it('refuses what Freshdesk would not create', () => {
    const d = desk();
    expect(refusal(() => receiveTicket(d, { subject: ' ', text: 't', requesterId: DANA }))).toBe(400);
    expect(refusal(() => receiveTicket(d, { subject: 's', text: 't', requesterId: 1 }))).toBe(400);
    expect(refusal(() => receiveTicket(d, { subject: 's', text: 't', requesterId: DANA, priority: 7 }))).toBe(400);
    expect(refusal(() => receiveReply(d, 999, 'hi'))).toBe(404);
  });

  it("a customer reply: public, incoming, source 0, from the requester; ids above the floor and the store's own", () => {
    const d = desk();
    const c = receiveReply(d, 1042, 'Still broken', 73015560000);
    expect(c).toMatchObject({ id: 73015560000, ticket_id: 1042, incoming: true, private: false, source: 0, category: 1, user_id: DANA, from_email: 'dana.whitfield@example.org', body: '<div>Still broken</div>' });
    expect(d.records.conversations.get(1042)?.at(-1)).toEqual(c);
    expect(d.records.tickets.get(1042)?.stats.requester_responded_at).toBe('2026-11-25T09:00:30Z');
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
    expect(d.records.tickets.get(1042)?.status).toBe(2);
  });

  it("without a floor a reply takes the account's next conversation id, above the notes before it", () => {
    const d = desk();
    const note = d.handle(request('POST', '/api/v2/tickets/1042/notes', { key: ADMIN_KEY, body: { body: 'n' } })) as { body: { id: number } };
    expect(receiveReply(d, 1042, 'one').id).toBe(note.body.id + 1);
    expect(receiveReply(d, 1042, 'two', 5).id).toBe(note.body.id + 2);
  });

  it('none of it is an API call: the account spends no API credit', () => {
    const d = desk();
    const t = receiveTicket(d, { subject: 's', text: 't', requesterId: DANA });
    receiveReply(d, t.id, 'hello');
    agentUpdate(d, 1043, { status: 4 });
    expect(d.rateLimit()).toMatchObject({ used: 0 });
  });

  it('resolving refuses an unknown ticket (404) and an account without a key to act as (500)', () => {
    expect(refusal(() => agentUpdate(desk(), 999, { status: 4 }))).toBe(404);
    const keyless = createFreshdeskFake({ ...minimalAccount(), apiKeys: [] }, { clock });
    expect(refusal(() => agentUpdate(keyless, 1043, { status: 4 }))).toBe(500);
    expect(keyless.records.tickets.get(1043)?.status).toBe(2);
  });

  it('textToHtml keeps paragraphs and escapes everything', () => {
    expect(textToHtml("a'b\r\nc")).toBe('<div>a&#39;b<br>c</div>');
  });
});
