/**
 * Sentiment's state (docs/simpli.md "Sentiment: POST /analyze", "Sentiment: customer history and trend",
 * "Sentiment: alerts"): per-customer timelines, the trend exactly as app.py computes it (inverted), and alerts with
 * their exact reason strings.
 */
import { startSimpli, stopSimpli, type SimpliFakes } from '../../../devkit/fakes/simpli';
import { client, get, postJson, UUID4 } from './helpers';

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0); // 2026-11-25T09:00:00Z
let now = T0;
let fakes: SimpliFakes;

beforeAll(async () => {
  fakes = await startSimpli({ clock: { now: () => now } });
});
afterAll(() => stopSimpli(fakes));
beforeEach(() => {
  fakes.sentiment.reset();
  now = T0;
});

const http = () => client(fakes.sentiment.url);
async function analyze(customerId: string, text: string, channel?: string): Promise<void> {
  const res = await postJson(http(), '/analyze', { customer_id: customerId, text, ...(channel ? { channel } : {}) });
  expect(res.status).toBe(200);
}

describe('GET /customers/{id}/sentiment', () => {
  it('a drop from 0.56 to −0.85 reads "improving" (the code inverts the trend)', async () => {
    await analyze('C-7', 'excellent excellent fast ok', 'email'); // 0.5625 → 0.56
    now = T0 + 1500;
    await analyze('C-7', 'awful'); // −0.85
    // avg(0.56, −0.85) = −0.145 > −0.85 + 0.1 = −0.75 ⇒ "improving".
    const res = await get(http(), '/customers/C-7/sentiment');
    expect(res.text).toBe(
      '{"customer_id":"C-7","current_score":-0.85,"trend":"improving","timeline":[' +
        '{"timestamp":"2026-11-25T09:00:00+00:00","score":0.56,"label":"positive","source":"email"},' +
        '{"timestamp":"2026-11-25T09:00:01.500000+00:00","score":-0.85,"label":"negative","source":"api"}]}',
    );
  });

  it('a rise reads "declining"', async () => {
    await analyze('C-8', 'awful');
    await analyze('C-8', 'excellent excellent fast ok');
    // avg −0.145 < 0.56 − 0.1 = 0.46 ⇒ "declining".
    expect((await get(http(), '/customers/C-8/sentiment')).json).toMatchObject({ current_score: 0.56, trend: 'declining' });
  });

  it('the trend uses the last three stored scores only', async () => {
    for (const t of ['awful', 'awful', 'great', 'great', 'great']) await analyze('C-9', t);
    // last three: 0.7, 0.7, 0.7 → avg 0.7 = current ⇒ "stable", whatever came before.
    expect((await get(http(), '/customers/C-9/sentiment')).json).toMatchObject({ current_score: 0.7, trend: 'stable' });
  });

  it('one entry is "stable"; an unknown customer is empty, not 404', async () => {
    await analyze('C-10', 'awful');
    expect((await get(http(), '/customers/C-10/sentiment')).json).toMatchObject({ trend: 'stable' });
    expect((await get(http(), '/customers/nobody/sentiment')).text).toBe(
      '{"customer_id":"nobody","current_score":0.0,"trend":"stable","timeline":[]}',
    );
  });

  it('limit/offset slice the timeline; current_score and trend use the whole history', async () => {
    for (const t of ['great', 'good', 'awful']) await analyze('C-11', t);
    const res = await get(http(), '/customers/C-11/sentiment?limit=1&offset=1');
    expect(res.json).toMatchObject({ current_score: -0.85, trend: 'improving', timeline: [{ score: 0.5, label: 'positive' }] });
    expect((res.json as { timeline: unknown[] }).timeline).toHaveLength(1);
  });

  it('-0.0 is stored and served as -0.0', async () => {
    await analyze('C-12', 'terrible great fine');
    expect((await get(http(), '/customers/C-12/sentiment')).text).toBe(
      '{"customer_id":"C-12","current_score":-0.0,"trend":"stable","timeline":[' +
        '{"timestamp":"2026-11-25T09:00:00+00:00","score":-0.0,"label":"neutral","source":"api"}]}',
    );
  });

  it.each([
    ['limit=0', 'query -> limit', 'Input should be greater than or equal to 1'],
    ['limit=501', 'query -> limit', 'Input should be less than or equal to 500'],
    ['limit=abc', 'query -> limit', 'Input should be a valid integer, unable to parse string as an integer'],
    ['offset=-1', 'query -> offset', 'Input should be greater than or equal to 0'],
  ])('%s ⇒ 422', async (query, field, message) => {
    const res = await get(http(), `/customers/C-1/sentiment?${query}`);
    expect(res.status).toBe(422);
    expect(res.json).toEqual({ error_code: 'VALIDATION_ERROR', detail: 'Request validation failed', request_id: null, errors: [{ field, message }] });
  });

  it.each(['%40invalid!', '%20', 'a'.repeat(65)])('customer id %s ⇒ 400 {"detail":"Invalid customer_id format"} (no error_code)', async (id) => {
    const res = await get(http(), `/customers/${id}/sentiment`);
    expect(res.status).toBe(400);
    expect(res.text).toBe('{"detail":"Invalid customer_id format"}');
  });
});

describe('alerts', () => {
  it('are raised at risk ≥ 0.5 with the exact reason string', async () => {
    await analyze('C-20', 'This is frustrating and terrible'); // risk 0.5, no triggers
    await analyze('C-20', 'great'); // risk 0.0: no alert
    now = T0 + 1;
    await analyze('C-21', 'terrible lawsuit lawyer attorney sue', 'chat'); // risk 1.0
    await analyze('C-22', 'refund refund refund refund'); // triggers only: 0.5

    const res = await get(http(), '/alerts');
    const alerts = res.json as Array<Record<string, string>>;
    expect(alerts.map(({ id: _id, ...rest }) => rest)).toEqual([
      { customer_id: 'C-20', severity: 'medium', reason: 'Escalation risk 0.5 \u2014 triggers: negative sentiment', created_at: '2026-11-25T09:00:00+00:00' },
      { customer_id: 'C-21', severity: 'high', reason: 'Escalation risk 1.0 \u2014 triggers: lawsuit, lawyer, attorney, sue', created_at: '2026-11-25T09:00:00.001000+00:00' },
      { customer_id: 'C-22', severity: 'medium', reason: 'Escalation risk 0.5 \u2014 triggers: refund, refund, refund, refund', created_at: '2026-11-25T09:00:00.001000+00:00' },
    ]);
    for (const a of alerts) expect(a.id).toMatch(UUID4);
    // Keys in the model's order, and the dash is sent as the character, not \u2014.
    expect(res.text).toContain('"severity":"medium","reason":"Escalation risk 0.5 — triggers: negative sentiment","created_at"');
  });

  it('0.65 is written as Python writes it', async () => {
    await analyze('C-23', 'terrible refund'); // 0.5 + 0.15
    expect((await get(http(), '/alerts')).json).toMatchObject([{ severity: 'medium', reason: 'Escalation risk 0.65 \u2014 triggers: refund' }]);
  });

  it('filter by severity and customer, page with limit/offset', async () => {
    await analyze('C-30', 'terrible lawsuit lawyer attorney sue');
    await analyze('C-31', 'This is frustrating and terrible');
    await analyze('C-30', 'refund refund refund refund');
    const ids = async (q: string) => ((await get(http(), `/alerts${q}`)).json as Array<{ customer_id: string; severity: string }>).map((a) => `${a.customer_id}/${a.severity}`);
    expect(await ids('?severity=high')).toEqual(['C-30/high']);
    expect(await ids('?severity=low')).toEqual([]);
    expect(await ids('?customer_id=C-30')).toEqual(['C-30/high', 'C-30/medium']);
    expect(await ids('?customer_id=C-30&limit=1&offset=1')).toEqual(['C-30/medium']);
  });

  it('an empty severity is validated, an empty customer_id filters nothing', async () => {
    await analyze('C-40', 'terrible refund');
    expect((await get(http(), '/alerts?customer_id=')).json).toHaveLength(1);
    expect((await get(http(), '/alerts?severity=')).status).toBe(422);
  });

  it.each([
    ['severity=critical', 'query -> severity', "String should match pattern '^(low|medium|high)$'"],
    [`customer_id=${'x'.repeat(65)}`, 'query -> customer_id', 'String should have at most 64 characters'],
    ['limit=501', 'query -> limit', 'Input should be less than or equal to 500'],
  ])('%s ⇒ 422', async (query, field, message) => {
    const res = await get(http(), `/alerts?${query}`);
    expect(res.status).toBe(422);
    expect((res.json as { errors: unknown }).errors).toEqual([{ field, message }]);
  });
});

it('state() and reset() expose and clear timelines and alerts', async () => {
  await analyze('C-50', 'terrible refund', 'web');
  const state = fakes.sentiment.service.state();
  expect(state.timelines['C-50']).toEqual([{ timestamp: '2026-11-25T09:00:00+00:00', score: -0.9, label: 'negative', source: 'web' }]);
  expect(state.alerts).toHaveLength(1);
  fakes.sentiment.reset();
  expect(fakes.sentiment.service.state()).toEqual({ timelines: {}, alerts: [] });
});
