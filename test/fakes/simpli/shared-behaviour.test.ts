/**
 * docs/simpli.md "Shared behaviour (create_app)": what every create_app() service does, checked on all five fakes over
 * real HTTP.
 */
import { startSimpli, stopSimpli, type SimpliFakes, type SimpliServiceName } from '../../../devkit/fakes/simpli';
import { client, get, postJson, postRaw, send, UUID4 } from './helpers';

const KEY = 'sk-simpli-test';

/** One POST endpoint per service with a body it accepts. */
const ENDPOINTS: ReadonlyArray<[SimpliServiceName, string, unknown]> = [
  ['triage', '/classify', { subject: 'Invoice wrong', body: 'I was charged twice' }],
  ['reply', '/api/v1/draft', { ticket_id: '42', conversation: [{ role: 'customer', content: 'Where is my parcel?' }] }],
  ['sentiment', '/analyze', { customer_id: 'C-001', text: 'thanks' }],
  ['qa', '/evaluate', { conversation_id: '42', agent_id: '7', messages: [{ role: 'agent', content: 'Hello!' }] }],
  ['kb', '/search', { query: 'password reset' }],
];

const UNAUTHORIZED = '{"error_code":"AUTHENTICATION_ERROR","detail":"Invalid or missing API key"}';

let keyed: SimpliFakes;
let open: SimpliFakes;

beforeAll(async () => {
  keyed = await startSimpli({ apiKey: KEY });
  open = await startSimpli();
});
afterAll(async () => {
  await stopSimpli(keyed);
  await stopSimpli(open);
});

describe.each(ENDPOINTS)('%s (%s)', (name, path, body) => {
  const keyedHttp = () => client(keyed[name].url);
  const openHttp = () => client(open[name].url);

  describe('API key (docs/simpli.md "Request headers")', () => {
    it.each([
      ['missing', {}],
      ['empty', { 'X-API-Key': '' }],
      ['wrong', { 'X-API-Key': `${KEY}x` }],
    ])('%s key ⇒ 401 with core body, no request_id, no X-Request-ID header', async (_label, headers) => {
      const res = await postJson(keyedHttp(), path, body, { ...headers, 'X-Request-ID': 'fd-1-test' });
      expect(res.status).toBe(401);
      expect(res.text).toBe(UNAUTHORIZED);
      expect(res.headers['x-request-id']).toBeUndefined();
    });

    it('the right key passes', async () => {
      const res = await postJson(keyedHttp(), path, body, { 'X-API-Key': KEY });
      expect(res.status).toBeLessThan(300);
    });

    it.each(['/health', '/docs', '/redoc', '/openapi.json'])('%s is exempt', async (exempt) => {
      const res = await get(keyedHttp(), exempt);
      expect(res.status).toBe(200);
      expect(res.headers['x-request-id']).toMatch(UUID4);
    });

    it('exempt paths are exact: /health/ needs the key', async () => {
      expect((await get(keyedHttp(), '/health/')).text).toBe(UNAUTHORIZED);
    });

    it('unknown paths need the key too (401 before 404)', async () => {
      expect((await get(keyedHttp(), '/nope')).status).toBe(401);
    });

    it('without a configured key the header is ignored', async () => {
      const res = await postJson(openHttp(), path, body, { 'X-API-Key': 'anything' });
      expect(res.status).toBeLessThan(300);
    });
  });

  describe('X-Request-ID (docs/simpli.md "Request headers")', () => {
    it('is echoed verbatim, any string', async () => {
      const id = 'fd-42-ticket_created-Ä b';
      const res = await postJson(openHttp(), path, body, { 'X-Request-ID': encodeURI(id) });
      expect(res.headers['x-request-id']).toBe(encodeURI(id));
    });

    it('an empty one is echoed as empty', async () => {
      const res = await postJson(openHttp(), path, body, { 'X-Request-ID': '' });
      expect(res.headers['x-request-id']).toBe('');
    });

    it('is generated (uuid4) when absent, fresh per request', async () => {
      const a = await postJson(openHttp(), path, body);
      const b = await postJson(openHttp(), path, body);
      expect(a.headers['x-request-id']).toMatch(UUID4);
      expect(b.headers['x-request-id']).toMatch(UUID4);
      expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
    });
  });

  describe('errors (docs/simpli.md "Error responses")', () => {
    it('no body ⇒ 422 at "body", request_id null though the header carries a generated id', async () => {
      const res = await postRaw(openHttp(), path, '');
      expect(res.status).toBe(422);
      expect(res.text).toBe(
        '{"error_code":"VALIDATION_ERROR","detail":"Request validation failed","request_id":null,' +
          '"errors":[{"field":"body","message":"Field required"}]}',
      );
      expect(res.headers['x-request-id']).toMatch(UUID4);
    });

    it('invalid JSON ⇒ 422 "body -> <offset>" JSON decode error, request_id = the incoming header', async () => {
      const res = await postRaw(openHttp(), path, 'not json', { 'Content-Type': 'application/json', 'X-Request-ID': 'req-7' });
      expect(res.status).toBe(422);
      expect(res.text).toBe(
        '{"error_code":"VALIDATION_ERROR","detail":"Request validation failed","request_id":"req-7",' +
          '"errors":[{"field":"body -> 0","message":"JSON decode error"}]}',
      );
      expect(res.headers['x-request-id']).toBe('req-7');
    });

    it('the JSON error offset is Python\'s, in code points', async () => {
      // The "]" is code point 15 (UTF-16 index 16, the emoji being two units): "Expecting ',' delimiter" at 15.
      const res = await postRaw(openHttp(), path, '{"a":"😀","b":1 ]', { 'Content-Type': 'application/json' });
      expect(res.json).toMatchObject({ errors: [{ field: 'body -> 15', message: 'JSON decode error' }] });
      const trailingComma = await postRaw(openHttp(), path, '{"a":1,}', { 'Content-Type': 'application/json' });
      expect(trailingComma.json).toMatchObject({ errors: [{ field: 'body -> 7' }] });
    });

    it('a non-JSON content type is not parsed: the model gets bytes', async () => {
      const res = await postRaw(openHttp(), path, JSON.stringify(body), { 'Content-Type': 'text/plain' });
      expect(res.status).toBe(422);
      expect(res.json).toEqual({
        error_code: 'VALIDATION_ERROR',
        detail: 'Request validation failed',
        request_id: null,
        errors: [{ field: 'body', message: 'Input should be a valid dictionary or object to extract fields from' }],
      });
    });

    it('a JSON array body fails the same way', async () => {
      const res = await postJson(openHttp(), path, [body]);
      expect(res.json).toMatchObject({ errors: [{ field: 'body', message: 'Input should be a valid dictionary or object to extract fields from' }] });
    });

    it('application/*+json is JSON', async () => {
      const res = await postRaw(openHttp(), path, JSON.stringify(body), { 'Content-Type': 'application/vnd.api+json' });
      expect(res.status).toBeLessThan(300);
    });

    it('unknown path ⇒ 404 {"detail":"Not Found"} with X-Request-ID', async () => {
      const res = await get(openHttp(), '/definitely/not/here');
      expect(res.status).toBe(404);
      expect(res.text).toBe('{"detail":"Not Found"}');
      expect(res.headers['x-request-id']).toMatch(UUID4);
    });

    it('wrong method ⇒ 405 {"detail":"Method Not Allowed"} with Allow', async () => {
      const res = await get(openHttp(), path);
      expect(res.status).toBe(405);
      expect(res.text).toBe('{"detail":"Method Not Allowed"}');
      expect(res.headers.allow).toBe('POST');
      expect(res.headers['x-request-id']).toMatch(UUID4);
    });

    it('HEAD on a GET route is 405 too (FastAPI routes do not add HEAD)', async () => {
      const res = await send(openHttp(), 'HEAD', '/health');
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('GET');
    });

    it('a trailing slash is redirected (307), not 404', async () => {
      const res = await postJson(openHttp(), `${path}/`, body);
      expect(res.status).toBe(307);
      expect(res.headers.location).toBe(`${open[name].url}${path}`);
    });
  });

  it('GET /health ⇒ {"status":"ok"}', async () => {
    const res = await get(openHttp(), '/health');
    expect(res.status).toBe(200);
    expect(res.text).toBe('{"status":"ok"}');
    expect(res.headers['content-type']).toBe('application/json');
  });

  describe('CORS (docs/simpli.md "Shared behaviour (create_app)")', () => {
    const preflight = { Origin: 'https://acme.freshdesk.com', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-api-key' };

    it('a preflight is answered when no key is configured', async () => {
      const res = await client(open[name].url).options(path, { headers: preflight });
      expect(res.status).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['access-control-allow-headers']).toBe('x-api-key');
    });

    it('a preflight is 401 when a key is configured (browsers send no custom headers on it)', async () => {
      const res = await client(keyed[name].url).options(path, { headers: preflight });
      expect(res.status).toBe(401);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('a simple cross-origin request gets Access-Control-Allow-Origin', async () => {
      const res = await postJson(openHttp(), path, body, { Origin: 'https://acme.freshdesk.com' });
      expect(res.headers['access-control-allow-origin']).toBe('*');
    });
  });
});

it('only Sentiment has GET /usage (it passes a CostTracker), and /usage is not exempt', async () => {
  expect((await get(client(open.sentiment.url), '/usage')).text).toBe('{"models":{},"total_cost":"0","total_tokens":0}');
  expect((await get(client(keyed.sentiment.url), '/usage')).status).toBe(401);
  expect((await get(client(open.triage.url), '/usage')).status).toBe(404);
});

it('the five services listen on five different loopback ports', () => {
  const ports = new Set(Object.values(open).map((f) => f.port));
  expect(ports.size).toBe(5);
  for (const f of Object.values(open)) expect(f.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});
