/**
 * Faults on the Simpli fakes speak Simpli's error format (docs/simpli.md "Error responses",
 * "What the app and the fakes do", fakes item 3): the kit's fault rules, with the bodies and headers a real Simpli
 * service would send.
 */
import { startSimpli, stopSimpli, type SimpliFakes } from '../../../devkit/fakes/simpli';
import { fakeControl } from '../../../devkit/fakes/kit/control';
import { client, get, postJson, UUID4 } from './helpers';

let fakes: SimpliFakes;
beforeAll(async () => {
  fakes = await startSimpli({ apiKey: 'k' });
});
afterAll(() => stopSimpli(fakes));
afterEach(() => {
  for (const f of Object.values(fakes)) f.reset();
});

const http = () => client(fakes.triage.url, { 'X-API-Key': 'k' });
const classify = (headers: Record<string, string> = {}) => postJson(http(), '/classify', { subject: 's', body: 'b' }, headers);

it('429 is RATE_LIMITED in core shape, without Retry-After unless the rule gives one', async () => {
  fakes.triage.setFaults([{ endpoint: 'POST /classify', fault: { kind: 'rate_limit' }, times: 1 }]);
  const res = await classify({ 'X-Request-ID': 'r-429' });
  expect(res.status).toBe(429);
  expect(res.text).toBe('{"error_code":"RATE_LIMITED","detail":"Rate limit exceeded","request_id":"r-429"}');
  expect(res.headers['retry-after']).toBeUndefined();
  expect(res.headers['x-request-id']).toBe('r-429');
  expect((await classify()).status).toBe(200); // times: 1

  fakes.triage.setFaults([{ endpoint: 'POST /classify', fault: { kind: 'rate_limit', retryAfterSeconds: 7 } }]);
  expect((await classify()).headers['retry-after']).toBe('7');
});

it('500 is an unhandled error: INTERNAL_ERROR, no X-Request-ID header', async () => {
  fakes.triage.setFaults([{ endpoint: 'POST /classify', fault: { kind: 'status', status: 500 } }]);
  const res = await classify();
  expect(res.text).toBe('{"error_code":"INTERNAL_ERROR","detail":"An internal error occurred","request_id":null}');
  expect(res.headers['x-request-id']).toBeUndefined();
});

it('502 is EXTERNAL_SERVICE_ERROR with X-Request-ID', async () => {
  fakes.triage.setFaults([{ endpoint: 'POST /classify', fault: { kind: 'status', status: 502 } }]);
  const res = await classify();
  expect(res.json).toEqual({ error_code: 'EXTERNAL_SERVICE_ERROR', detail: 'External service error', request_id: null });
  expect(res.headers['x-request-id']).toMatch(UUID4);
});

it('reject_key answers the 401 the API-key middleware sends', async () => {
  fakes.triage.setFaults([{ endpoint: '*', fault: { kind: 'reject_key' } }]);
  const res = await classify();
  expect(res.status).toBe(401);
  expect(res.text).toBe('{"error_code":"AUTHENTICATION_ERROR","detail":"Invalid or missing API key"}');
});

it('rules name the route pattern, path parameters included', async () => {
  const sentiment = client(fakes.sentiment.url, { 'X-API-Key': 'k' });
  fakes.sentiment.setFaults([{ endpoint: 'GET /customers/:customer_id/sentiment', fault: { kind: 'status', status: 503 } }]);
  expect((await get(sentiment, '/customers/C-1/sentiment')).status).toBe(503);
  expect((await postJson(sentiment, '/analyze', { customer_id: 'C-1', text: 'ok' })).status).toBe(200);
  expect(fakes.sentiment.log().map((e) => `${e.endpoint} ${e.status}`)).toEqual([
    'GET /customers/:customer_id/sentiment 503',
    'POST /analyze 200',
  ]);
});

it('state and reset work over HTTP through the kit control endpoints', async () => {
  const sentiment = client(fakes.sentiment.url, { 'X-API-Key': 'k' });
  await postJson(sentiment, '/analyze', { customer_id: 'C-2', text: 'terrible refund' });
  const control = fakeControl(fakes.sentiment.url);
  expect(await control.state()).toMatchObject({ timelines: { 'C-2': [{ score: -0.9, label: 'negative' }] }, alerts: [{ severity: 'medium' }] });
  await control.reset();
  expect(await control.state()).toEqual({ timelines: {}, alerts: [] });
});
