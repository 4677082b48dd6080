/**
 * The simulator's desk (devkit/simulator/desk/inbound.ts): what it adds to the fake Freshdesk's own
 * receiveTicket / receiveCustomerReply / addAgentConversation / updateTicketAsAgent — the simulator's input checks,
 * the records' content (escaped HTML, a portal ticket, a public incoming reply from the requester, the agent's reply
 * or note with its HTML kept to formatting), the next ids, the agent it acts as. The fake's side of it is tested in
 * test/fakes/freshdesk/inbound.test.ts and agent-side.test.ts.
 */
import { ADMIN_KEY, createFreshdeskFake, minimalAccount } from '../../devkit/fakes/freshdesk';
import type { FakeRequest } from '../../devkit/fakes/kit';
import { cleanEditorHtml, safeHref } from '../../devkit/simulator/desk/editor-html';
import { agentUpdate, agentWrites, receiveReply, receiveTicket, textToHtml } from '../../devkit/simulator/desk/inbound';
import { SimulatorError } from '../../devkit/simulator/errors';

const NOW = Date.UTC(2026, 10, 25, 9, 0, 30);
const clock = { now: () => NOW };
const DANA = 73004500211;
const SAM = 73000000007; // the admin key's agent: who the simulator acts as

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

  it('a new ticket: the next id, escaped HTML from the text, a portal ticket of the requester', () => {
    const d = desk();
    const t = receiveTicket(d, { subject: ' Help <now> ', text: 'Line 1\nLine 2\n\n<b>bold</b> & "q"', requesterId: DANA, priority: 3 });
    expect(t).toMatchObject({ id: 1044, subject: 'Help <now>', requester_id: DANA, priority: 3, status: 2, source: 2, created_at: '2026-11-25T09:00:30Z' });
    expect(t.description).toBe('<div>Line 1<br>Line 2</div><div>&lt;b&gt;bold&lt;/b&gt; &amp; &quot;q&quot;</div>');
    expect(t.description_text).toBe('Line 1\nLine 2\n\n<b>bold</b> & "q"');
    expect(d.records.conversations.get(1044)).toEqual([]);
    expect(receiveTicket(d, { subject: 's', text: 't', requesterId: DANA }).id).toBe(1045);
  });

  it('refuses what Freshdesk would not create', () => {
    const d = desk();
    expect(refusal(() => receiveTicket(d, { subject: ' ', text: 't', requesterId: DANA }))).toBe(400);
    expect(refusal(() => receiveTicket(d, { subject: 's', text: 't', requesterId: 1 }))).toBe(400);
    expect(refusal(() => receiveTicket(d, { subject: 's', text: 't', requesterId: DANA, priority: 7 }))).toBe(400);
    expect(refusal(() => receiveReply(d, 999, 'hi'))).toBe(404);
  });

  it("a customer reply: public, incoming, source 0, from the requester, with the account's next conversation id", () => {
    const d = desk();
    const c = receiveReply(d, 1042, 'Still broken');
    expect(c).toMatchObject({ id: 73015550003, ticket_id: 1042, incoming: true, private: false, source: 0, category: 1, user_id: DANA, from_email: 'dana.whitfield@example.org', body: '<div>Still broken</div>' });
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

  it("a reply takes the account's next conversation id, above the notes the app posted before it", () => {
    const d = desk();
    const note = d.handle(request('POST', '/api/v2/tickets/1042/notes', { key: ADMIN_KEY, body: { body: 'n' } })) as { body: { id: number } };
    expect(receiveReply(d, 1042, 'one').id).toBe(note.body.id + 1);
    expect(agentWrites(d, 1042, 'two', 'reply').id).toBe(note.body.id + 2);
  });

  it("the agent's reply: public, outgoing, source 0, by the acting agent, to the requester, its HTML kept to formatting", () => {
    const d = desk();
    const c = agentWrites(d, 1042, '<p onclick="x()">Refunded <b>today</b>.<img src=x onerror=alert(1)><script>alert(2)</script></p>', 'reply');
    expect(c).toMatchObject({ ticket_id: 1042, incoming: false, private: false, source: 0, user_id: SAM, to_emails: ['dana.whitfield@example.org'] });
    expect(c.body).toBe('<p>Refunded <b>today</b>.</p>');
    expect(c.body_text).toBe('Refunded today.');
    expect(d.records.conversations.get(1042)?.at(-1)).toEqual(c);
    expect(d.records.tickets.get(1042)?.stats.agent_responded_at).toBe('2026-11-25T09:00:30Z');
  });

  it("the agent's note: private, source 2, by the acting agent", () => {
    const d = desk();
    const c = agentWrites(d, 1042, '<div>Checked <a href="https://stripe.example/p/1" onclick="x()">Stripe</a>.</div>', 'note');
    expect(c).toMatchObject({ private: true, incoming: false, source: 2, user_id: SAM, body_text: 'Checked Stripe.' });
    expect(c.body).toBe('<div>Checked <a href="https://stripe.example/p/1" rel="noopener noreferrer">Stripe</a>.</div>');
  });

  it('refuses an empty reply or note (markup with nothing to read) and an unknown ticket', () => {
    const d = desk();
    expect(refusal(() => agentWrites(d, 1042, '<p><br></p>&nbsp;', 'reply'))).toBe(400);
    expect(refusal(() => agentWrites(d, 1042, '<img src=x><script>alert(1)</script>', 'note'))).toBe(400);
    expect(refusal(() => agentWrites(d, 999, 'hi', 'reply'))).toBe(404);
    expect(d.records.conversations.get(1042)).toHaveLength(2);
  });

  it('none of it is an API call: the account spends no API credit', () => {
    const d = desk();
    const t = receiveTicket(d, { subject: 's', text: 't', requesterId: DANA });
    receiveReply(d, t.id, 'hello');
    agentWrites(d, t.id, 'hi', 'reply');
    agentWrites(d, t.id, 'noted', 'note');
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

describe("the editor's HTML, kept to formatting on the server (editor-html.ts)", () => {
  it('keeps formatting tags bare and drops every attribute', () => {
    expect(cleanEditorHtml('<P class="x" style="color:red">a<BR/>b</P><ul><li data-x=1>c</li></ul>')).toBe('<p>a<br>b</p><ul><li>c</li></ul>');
  });

  it('drops what runs, loads or embeds, and a script or style with its content', () => {
    const hostile = '<img src=x onerror="alert(1)"><svg onload=alert(2)><script>alert(3)</script><style>*{}</style><iframe src="https://e.example"></iframe><b>ok</b>';
    expect(cleanEditorHtml(hostile)).toBe('<b>ok</b>');
  });

  it('keeps links to http(s) and mailto only', () => {
    expect(cleanEditorHtml('<a href="javascript:alert(1)">x</a>')).toBe('<a>x</a>');
    expect(cleanEditorHtml('<a href=" data:text/html,hi">x</a>')).toBe('<a>x</a>');
    expect(cleanEditorHtml('<a href="/relative">x</a>')).toBe('<a>x</a>');
    expect(cleanEditorHtml("<a href='mailto:help@acme.example'>x</a>")).toBe('<a href="mailto:help@acme.example" rel="noopener noreferrer">x</a>');
    expect(safeHref('https://acme.example/a?b=1&amp;c=2')).toBe('https://acme.example/a?b=1&amp;c=2');
    expect(safeHref('https://acme.example/"onmouseover=x')).toBeUndefined();
  });

  it('escapes text and a tag that never closes, and keeps entities', () => {
    expect(cleanEditorHtml('a < b && c > d &amp; &nbsp; "q"')).toBe('a &lt; b &amp;&amp; c &gt; d &amp; &nbsp; &quot;q&quot;');
    expect(cleanEditorHtml('x<img src=x onerror=alert(1)')).toBe('x&lt;img src=x onerror=alert(1)');
    expect(cleanEditorHtml('<!-- note --><p>y</p>')).toBe('<p>y</p>');
  });
});
