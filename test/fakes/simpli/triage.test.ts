/**
 * The Triage fake (docs/simpli.md "Triage"): /classify (+ /api/v1/classify), /route, /rules. Expected answers are
 * worked out by hand from the fake's keyword lists (devkit/fakes/simpli/triage/taxonomy.ts).
 */
import { startSimpli, stopSimpli, type SimpliFakes } from '../../../devkit/fakes/simpli';
import { client, get, postJson } from './helpers';

let fakes: SimpliFakes;
let withGroups: SimpliFakes;
beforeAll(async () => {
  fakes = await startSimpli();
  withGroups = await startSimpli({ groupIds: { billing: 5000123 } });
});
afterAll(async () => {
  await stopSimpli(fakes);
  await stopSimpli(withGroups);
});
beforeEach(() => fakes.triage.reset());

const http = () => client(fakes.triage.url);
const classify = (subject: string, body: string, path = '/classify') => postJson(http(), path, { subject, body });

describe('POST /classify', () => {
  it("answers the docs' example with the four fields the seed reads, in order", async () => {
    // billing: "payment" in the subject (2) + "pay" in the body (1) = 3; technical: "error", "500" = 2.
    // confidence 0.45 + 0.35 × (3 − 2) / 3 + 0.05 × 3 = 0.7166… → 0.72; "can't" ⇒ high; no sentiment keyword.
    const res = await classify("Can't process payment", "I've been trying to pay for 2 hours and keep getting error 500");
    expect(res.status).toBe(200);
    expect(res.text).toBe('{"category":"billing","urgency":"high","sentiment":"neutral","confidence":0.72}');
  });

  it('serves the [CLIENT] path /api/v1/classify with the same answer', async () => {
    const a = await classify('Charged twice', 'My invoice shows two charges.');
    const b = await classify('Charged twice', 'My invoice shows two charges.', '/api/v1/classify');
    expect(b.text).toBe(a.text);
  });

  it('is deterministic', async () => {
    const a = await classify('App crashes', 'The app crashes on login since the update');
    const b = await classify('App crashes', 'The app crashes on login since the update');
    expect(b.text).toBe(a.text);
  });

  it.each([
    ['Site is down', 'Production outage, nobody can work', 'technical', 'critical'],
    ['Where is my order?', 'My package has not arrived, the tracking shows nothing', 'shipping', 'medium'],
    ['Feature idea', 'It would be great to have dark mode', 'feature_request', 'low'],
    ['Password', 'I forgot my password and my account is locked, please help asap', 'account', 'high'],
    ['Hello', 'Just saying hi', 'general', 'low'],
    ['Invoice', 'I was charged twice, this is terrible', 'billing', 'medium'],
  ])('%s / %s ⇒ %s, %s', async (subject, body, category, urgency) => {
    expect((await classify(subject, body)).json).toMatchObject({ category, urgency });
  });

  it('sentiment comes from the Sentiment keyword analyzer', async () => {
    expect((await classify('Thanks', 'Great and helpful support')).json).toMatchObject({ sentiment: 'positive' });
    expect((await classify('Invoice', 'This is terrible and unacceptable')).json).toMatchObject({ sentiment: 'negative' });
  });

  it('confidence grows with the evidence: 0.4 without any, 0.97 at most', async () => {
    expect((await classify('Hello', 'Just saying hi')).json).toMatchObject({ confidence: 0.4 });
    // shipping: "order" (subject, 2) + package, arrived, tracking (3) = 5, nothing else: 0.45 + 0.35 + 0.2 → 0.97.
    expect((await classify('Where is my order?', 'My package has not arrived, the tracking shows nothing')).json).toMatchObject({ confidence: 0.97 });
  });

  it('shouting raises the urgency one level, never to critical', async () => {
    expect((await classify('Feature idea', 'Please add dark mode!!')).json).toMatchObject({ urgency: 'medium' });
    expect((await classify('Refund', 'I want my refund immediately!!!')).json).toMatchObject({ urgency: 'high' });
  });

  it.each([
    [{ body: 'x' }, [{ field: 'body -> subject', message: 'Field required' }]],
    [{ subject: 'x', body: 42 }, [{ field: 'body -> body', message: 'Input should be a valid string' }]],
    [{ subject: 'x', body: 'y', metadata: [1] }, [{ field: 'body -> metadata', message: 'Input should be a valid dictionary' }]],
  ])('validates %j', async (body, errors) => {
    const res = await postJson(http(), '/classify', body);
    expect(res.status).toBe(422);
    expect(res.json).toEqual({ error_code: 'VALIDATION_ERROR', detail: 'Request validation failed', request_id: null, errors });
  });

  it('accepts metadata and records what it classified', async () => {
    await postJson(http(), '/classify', { subject: 'Refund', body: 'Please refund me', metadata: { account_type: 'premium' } });
    // "refund" in the subject (2) and the body (1) = 3, no runner-up: 0.45 + 0.35 + 0.05 × 3 = 0.95.
    expect(fakes.triage.service.state().classifications).toEqual([
      { subject: 'Refund', category: 'billing', urgency: 'medium', sentiment: 'neutral', confidence: 0.95 },
    ]);
  });
});

describe('POST /route', () => {
  const route = (body: unknown, url = fakes.triage.url) => postJson(client(url), '/route', body);

  it("answers the docs' example exactly: {team, agent, reason}, no group_id", async () => {
    const res = await route({ ticket_id: '1001', category: 'billing', urgency: 'high', sentiment: 'neutral' });
    expect(res.text).toBe('{"team":"billing","agent":"A-012","reason":"High urgency billing issue routed to specialist"}');
  });

  it('takes the classification spread in (extra keys ignored) and mentions negative sentiment', async () => {
    const res = await route({ ticket_id: '1002', category: 'technical', urgency: 'critical', sentiment: 'negative', confidence: 0.9 });
    expect(res.json).toEqual({
      team: 'technical',
      agent: 'A-021',
      reason: 'Critical urgency technical issue routed to specialist (customer sentiment negative)',
    });
  });

  it("core's 'urgent' goes to the specialist like 'critical'", async () => {
    expect((await route({ ticket_id: '1', category: 'account', urgency: 'urgent', sentiment: 'neutral' })).json).toMatchObject({ team: 'accounts', agent: 'A-031' });
  });

  it('low/medium tickets go to the team queue, the agent fixed per ticket id', async () => {
    const a = await route({ ticket_id: '2001', category: 'shipping', urgency: 'low', sentiment: 'neutral' });
    const again = await route({ ticket_id: '2001', category: 'shipping', urgency: 'low', sentiment: 'neutral' });
    expect(again.text).toBe(a.text);
    expect(a.json).toMatchObject({ team: 'logistics', reason: 'Low urgency shipping issue routed to team queue' });
    expect(['A-041', 'A-042']).toContain((a.json as { agent: string }).agent);
    const teams = await Promise.all(['feature_request', 'general', 'something_new'].map(async (category) =>
      ((await route({ ticket_id: '3', category, urgency: 'low', sentiment: 'neutral' })).json as { team: string }).team));
    expect(teams).toEqual(['product', 'general', 'general']);
  });

  it('adds a numeric group_id when the fake was given a team → group table', async () => {
    const res = await route({ ticket_id: '1001', category: 'billing', urgency: 'high', sentiment: 'neutral' }, withGroups.triage.url);
    expect(res.text).toBe('{"team":"billing","agent":"A-012","reason":"High urgency billing issue routed to specialist","group_id":5000123}');
    const other = await route({ ticket_id: '1001', category: 'technical', urgency: 'high', sentiment: 'neutral' }, withGroups.triage.url);
    expect(other.json).not.toHaveProperty('group_id');
  });

  it('wants the ticket id as a string (the seed sends str(ticket_id))', async () => {
    const res = await route({ ticket_id: 1001, category: 'billing', urgency: 'high' });
    expect(res.status).toBe(422);
    expect((res.json as { errors: unknown }).errors).toEqual([{ field: 'body -> ticket_id', message: 'Input should be a valid string' }]);
    const missing = await route({ ticket_id: '1' });
    expect((missing.json as { errors: unknown }).errors).toEqual([
      { field: 'body -> category', message: 'Field required' },
      { field: 'body -> urgency', message: 'Field required' },
    ]);
  });

  it('the request log knows which ticket a /route call was about', async () => {
    fakes.triage.clearLog();
    await route({ ticket_id: '4711', category: 'billing', urgency: 'low', sentiment: 'neutral' });
    expect(fakes.triage.log()).toEqual([expect.objectContaining({ endpoint: 'POST /route', status: 200, ticketId: 4711 })]);
  });
});

it('GET /rules lists the routing table', async () => {
  const res = await get(http(), '/rules');
  expect((res.json as { rules: unknown[] }).rules).toContainEqual({ category: 'billing', team: 'billing', specialist: 'A-012', agents: ['A-012', 'A-014', 'A-015'] });
});
