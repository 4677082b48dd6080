/**
 * Request-level behaviour of the fake Freshdesk (docs/freshdesk.md "Authentication", "Error responses",
 * "Response headers"): auth, admin-only routes, content type, bad JSON, empty PUT, unknown ids and routes, wrong verbs,
 * common headers.
 */
import { ADMIN_KEY, AGENT_KEY } from '../../../devkit/fakes/freshdesk';
import { client, startFreshdesk, TICKET, type TestFreshdesk } from './helpers';

let fd: TestFreshdesk;
beforeEach(async () => {
  fd = await startFreshdesk();
});
afterEach(() => fd.close());

/** Sends the text byte for byte (axios would otherwise JSON-encode a string that does not parse). */
const raw = (contentType: string) => ({ headers: { 'Content-Type': contentType }, transformRequest: [(d: unknown) => d] });

const INVALID_CREDENTIALS = { code: 'invalid_credentials', message: 'You have to be logged in to perform this action.' };

describe('auth (docs/freshdesk.md "Authentication", "Error responses")', () => {
  it('accepts the API key as the Basic username with any password', async () => {
    expect((await client(fd.fake.url, ADMIN_KEY, 'X').get(`/api/v2/tickets/${TICKET}`)).status).toBe(200);
    expect((await client(fd.fake.url, ADMIN_KEY, 'anything').get(`/api/v2/tickets/${TICKET}`)).status).toBe(200);
  });

  it('accepts a bare base64 key without ":"', async () => {
    const res = await client(fd.fake.url).get(`/api/v2/tickets/${TICKET}`, {
      headers: { Authorization: `Basic ${Buffer.from(ADMIN_KEY).toString('base64')}` },
    });
    expect(res.status).toBe(200);
  });

  // The app's templates send `Basic <%= encode(iparam.freshdesk_api_key) %>` (the key alone); curl and the
  // public clients send key:X or key:<anything>. Freshdesk reads the user name only (docs/freshdesk.md
  // "Authentication").
  it.each([
    ['the key alone (what the app sends)', ADMIN_KEY],
    ['key:X', `${ADMIN_KEY}:X`],
    ['key: with an empty password', `${ADMIN_KEY}:`],
    ['a password that has colons itself', `${ADMIN_KEY}:a:b:c`],
    ['a long random password', `${ADMIN_KEY}:${'z'.repeat(200)}`],
  ])('accepts %s as the same agent, on reads and writes', async (_what, credentials) => {
    const authorization = `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}`;
    const read = await client(fd.fake.url).get(`/api/v2/tickets/${TICKET}`, { headers: { Authorization: authorization } });
    expect(read.status).toBe(200);
    const write = await client(fd.fake.url).put(`/api/v2/tickets/${TICKET}`, { priority: 3 }, { headers: { Authorization: authorization } });
    expect(write.status).toBe(200);
    expect(write.data).toMatchObject({ id: TICKET, priority: 3 });
  });

  it('refuses an empty key, with or without a password', async () => {
    for (const credentials of ['', ':X']) {
      const res = await client(fd.fake.url).get(`/api/v2/tickets/${TICKET}`, {
        headers: { Authorization: `Basic ${Buffer.from(credentials).toString('base64')}` },
      });
      expect([credentials, res.status]).toEqual([credentials, 401]);
    }
  });

  it('refuses a wrong key however it is sent', async () => {
    for (const credentials of ['nope', 'nope:X', `nope:${ADMIN_KEY}`]) {
      const res = await client(fd.fake.url).get(`/api/v2/tickets/${TICKET}`, {
        headers: { Authorization: `Basic ${Buffer.from(credentials).toString('base64')}` },
      });
      expect([credentials, res.status]).toEqual([credentials, 401]);
    }
  });

  it.each([
    ['no header', undefined],
    ['a wrong key', `Basic ${Buffer.from('nope:X').toString('base64')}`],
    ['an email login', `Basic ${Buffer.from('sam@acme-shop.example:secret').toString('base64')}`],
    ['a Bearer token', `Bearer ${ADMIN_KEY}`],
  ])('answers 401 invalid_credentials for %s', async (_what, authorization) => {
    const res = await client(fd.fake.url).get(`/api/v2/tickets/${TICKET}`, {
      headers: authorization ? { Authorization: authorization } : {},
    });
    expect(res.status).toBe(401);
    expect(res.data).toEqual(INVALID_CREDENTIALS);
  });

  it('gives a non-admin key 403 access_denied on /admin/* but not elsewhere', async () => {
    const agent = fd.as(AGENT_KEY);
    const res = await agent.post('/api/v2/admin/ticket_fields', { label: 'X', label_for_customers: 'X', type: 'custom_text' });
    expect(res.status).toBe(403);
    expect(res.data).toEqual({ code: 'access_denied', message: 'You are not authorized to perform this action.' });
    expect((await agent.get('/api/v2/admin/ticket_fields')).status).toBe(403);
    expect((await agent.post('/api/v2/contact_fields', {})).status).toBe(403);
    expect((await agent.get('/api/v2/ticket_fields')).status).toBe(200);
  });
});

describe('bodies (docs/freshdesk.md "Base URL and transport", "Error responses")', () => {
  it('answers 415 to a POST/PUT that is not application/json', async () => {
    const res = await fd.api.put(`/api/v2/tickets/${TICKET}`, 'priority=3', raw('text/plain'));
    expect(res.status).toBe(415);
    expect(res.data).toEqual({
      code: 'invalid_content_type',
      message: 'Content-Type header is set to text/plain. It should be set to application/json',
    });
    const note = await fd.api.post(`/api/v2/tickets/${TICKET}/notes`, 'body=x', raw('application/x-www-form-urlencoded'));
    expect(note.status).toBe(415);
  });

  it('accepts application/json with a charset', async () => {
    const res = await fd.api.put(`/api/v2/tickets/${TICKET}`, '{"priority":3}', raw('application/json; charset=utf-8'));
    expect(res.status).toBe(200);
  });

  it.each(['{"priority":', '[1,2]', '"text"', 'null'])('answers 400 invalid_json to %s', async (text) => {
    const res = await fd.api.put(`/api/v2/tickets/${TICKET}`, text, raw('application/json'));
    expect(res.status).toBe(400);
    expect(res.data).toEqual({ code: 'invalid_json', message: 'Request body has invalid json format' });
  });

  it.each(['', '{}'])('answers 400 missing_params to an empty PUT body %j', async (text) => {
    const res = await fd.api.put(`/api/v2/tickets/${TICKET}`, text, raw('application/json'));
    expect(res.status).toBe(400);
    expect(res.data).toEqual({
      code: 'missing_params',
      message: 'Your update call does not have any parameter. Atleast one parameter is required.',
    });
  });
});

describe('unknown ids, routes and verbs (docs/freshdesk.md "Error responses")', () => {
  it.each([
    ['GET', '/api/v2/tickets/999999'],
    ['PUT', '/api/v2/tickets/999999'],
    ['POST', '/api/v2/tickets/999999/notes'],
    ['GET', '/api/v2/tickets/999999/conversations'],
    ['PUT', '/api/v2/contacts/999999'],
    ['GET', '/api/v2/solutions/articles/999999'],
    ['GET', '/api/v2/solutions/articles'],
    ['GET', '/api/v2/nope'],
    ['GET', '/api/v2/tickets/abc'],
  ])('%s %s → 404 with an empty body', async (method, url) => {
    const res = await fd.api.request({ method, url, data: method === 'GET' ? undefined : { body: 'x', priority: 2 } });
    expect(res.status).toBe(404);
    expect(res.data).toBe('');
    expect(res.headers['x-freshdesk-api-version']).toBeUndefined();
  });

  it('answers a wrong verb on a known path with 405 and Allow', async () => {
    const res = await fd.api.delete(`/api/v2/tickets/${TICKET}`);
    expect(res.status).toBe(405);
    expect(res.headers['allow']).toBe('GET, PUT');
    expect(res.data).toEqual({ message: 'DELETE method is not allowed. It should be one of these method(s): GET, PUT' });
    const put = await fd.api.put('/api/v2/ticket_fields', { x: 1 });
    expect(put.status).toBe(405);
    expect(put.headers['allow']).toBe('GET');
    expect(put.data).toEqual({ message: 'PUT method is not allowed. It should be one of these method(s): GET' });
  });
});

describe('common headers (docs/freshdesk.md "Response headers")', () => {
  it('carries rate-limit, request-id and version headers on success and on errors', async () => {
    for (const res of [await fd.api.get(`/api/v2/tickets/${TICKET}`), await fd.api.put(`/api/v2/tickets/${TICKET}`, { priority: 9 })]) {
      expect(res.headers['x-ratelimit-total']).toBe('200');
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers['x-freshdesk-api-version']).toBe('latest=v2; requested=v2');
      expect(res.headers['content-type']).toMatch(/^application\/json/);
    }
  });
});
