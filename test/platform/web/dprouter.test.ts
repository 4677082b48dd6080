/**
 * The JSON endpoints behind the client (the local /dprouter, docs/platform.md "fdk run: the local harness"): each
 * resolves `{ value }` and rejects `{ error }` in its API's platform shape — templates docs/platform.md
 * "Request templates: invoking and results", SMI docs/platform.md "Server method invocation (SMI)", db docs/platform.md
 * "Key-value store" — with the HTTP status of the error; secure iparams never leave the server (docs/platform.md
 * "Secure installation parameters").
 */
import { createPlatformWebServer, type PlatformWebServer } from '../../../devkit/platform/web';
import { createFakeFrontendBackend, type FakeFrontendBackend } from './fake-frontend-backend';
import { createFixtureApp, type FixtureApp } from './fixture-app';
import { dprouter, rawRequest } from './http-helpers';

let fixture: FixtureApp;
let backend: FakeFrontendBackend;
let server: PlatformWebServer;

beforeAll(async () => {
  fixture = createFixtureApp();
  backend = createFakeFrontendBackend({ leakSecure: true });
  server = await createPlatformWebServer({ appDir: fixture.appDir, backend });
});
afterAll(async () => {
  await server.close();
  fixture.remove();
});

const templateErrorShape = {
  status: expect.any(Number),
  headers: expect.any(Object),
  response: expect.any(String),
  errorSource: expect.stringMatching(/^(APP|PLATFORM)$/),
  attempts: expect.any(Number),
};

describe('invokeTemplate', () => {
  it('resolves the backend response and passes name and args through', async () => {
    const args = { context: { ticketId: 42 }, body: '{"a":1}', query: { x: 1 } };
    const r = await dprouter(server.url, 'invokeTemplate', { name: 'simpliDraft', args, ticket: 42 });
    expect(r.status).toBe(200);
    expect(r.body.value).toEqual({ status: 200, headers: { 'content-type': 'application/json' }, response: expect.any(String), attempts: 1 });
    expect(backend.calls).toContainEqual({ method: 'invokeTemplate', args: ['simpliDraft', args] });
  });

  it('rejects with the remote error unchanged (APP) and its HTTP status', async () => {
    const r = await dprouter(server.url, 'invokeTemplate', { name: 'freshdeskGetTicket', args: {} });
    expect(r.status).toBe(404);
    expect(r.body.error).toEqual({ status: 404, headers: { 'content-type': 'application/json' }, response: '{"code":"access_denied"}', errorSource: 'APP', attempts: 1 });
  });

  it('keeps platform rejections such as 429', async () => {
    const r = await dprouter(server.url, 'invokeTemplate', { name: 'limited' });
    expect(r.status).toBe(429);
    expect(r.body.error).toMatchObject({ status: 429, errorSource: 'PLATFORM', headers: { 'retry-after': '12' } });
  });

  it('turns a backend bug into a PLATFORM 500 in template shape', async () => {
    const r = await dprouter(server.url, 'invokeTemplate', { name: 'noSuchTemplate' });
    expect(r.status).toBe(500);
    expect(r.body.error).toEqual({ ...templateErrorShape, status: 500, errorSource: 'PLATFORM', attempts: 0 });
  });

  it('rejects a missing name or non-object args with a PLATFORM 400', async () => {
    for (const body of [{}, { name: '' }, { name: 'simpliDraft', args: 'x' }]) {
      const r = await dprouter(server.url, 'invokeTemplate', body);
      expect(r.status).toBe(400);
      expect(r.body.error).toEqual({ ...templateErrorShape, status: 400, errorSource: 'PLATFORM' });
    }
  });
});

describe('invoke (SMI)', () => {
  it('resolves { requestID, response }', async () => {
    const r = await dprouter(server.url, 'invoke', { name: 'regenerateDraft', payload: { ticketId: 42 } });
    expect(r.status).toBe(200);
    expect(r.body.value).toEqual({ requestID: 'req-1', response: { draft: '<p>Draft for 42</p>' } });
  });

  it('rejects { requestID, status, message, errorSource }', async () => {
    const app = await dprouter(server.url, 'invoke', { name: 'sendDraftFeedback', payload: {} });
    expect(app.status).toBe(502);
    expect(app.body.error).toEqual({ requestID: 'req-2', status: 502, message: 'Simpli said no', errorSource: 'APP' });
    const missing = await dprouter(server.url, 'invoke', { name: 'nope' });
    expect(missing.body.error).toEqual({ requestID: 'req-3', status: 404, message: 'Requested function not found or registered', errorSource: 'PLATFORM' });
  });

  it('rejects a bad call in SMI shape', async () => {
    const r = await dprouter(server.url, 'invoke', { name: 'regenerateDraft', payload: [1] });
    expect(r.status).toBe(400);
    expect(r.body.error).toEqual({ requestID: expect.any(String), status: 400, message: expect.any(String), errorSource: 'PLATFORM' });
  });
});

describe('db', () => {
  it('set / get / update / delete round trip', async () => {
    expect((await dprouter(server.url, 'db/set', { key: 'draft:42', value: { n: 1 }, options: { ttl: 60 } })).body).toEqual({ value: { Created: true } });
    expect((await dprouter(server.url, 'db/get', { key: 'draft:42' })).body).toEqual({ value: { n: 1 } });
    expect((await dprouter(server.url, 'db/update', { key: 'draft:42', action: 'set', attributes: { m: 2 } })).body).toEqual({ value: { Updated: true } });
    expect((await dprouter(server.url, 'db/get', { key: 'draft:42' })).body).toEqual({ value: { n: 1, m: 2 } });
    expect((await dprouter(server.url, 'db/delete', { key: 'draft:42' })).body).toEqual({ value: { Deleted: true } });
    expect(backend.calls).toContainEqual({ method: 'db.set', args: ['draft:42', { n: 1 }] });
  });

  it('rejects { status, message } from the store, with that HTTP status', async () => {
    const r = await dprouter(server.url, 'db/get', { key: 'absent' });
    expect(r.status).toBe(404);
    expect(r.body.error).toEqual({ status: 404, message: 'Record not found' });
    const long = await dprouter(server.url, 'db/set', { key: 'k'.repeat(61), value: { a: 1 } });
    expect(long.body.error).toEqual({ status: 400, message: 'Key length should not exceed 60 characters' });
  });

  it('rejects a non-string key or an unknown update action before reaching the store', async () => {
    expect((await dprouter(server.url, 'db/get', { key: 5 })).body.error).toEqual({ status: 400, message: 'key must be a string' });
    const r = await dprouter(server.url, 'db/update', { key: 'a', action: 'merge', attributes: {} });
    expect(r.status).toBe(400);
    expect(r.body.error).toEqual({ status: 400, message: expect.stringContaining('set, remove, increment, append') });
  });
});

describe('iparams: secure values never reach the browser', () => {
  it('get() returns non-secure iparams only, even when the backend leaks one', async () => {
    const r = await dprouter(server.url, 'iparams', {});
    expect(r.body.value).toEqual({ simpli_triage_host: 'triage.simpli.test', auto_triage: true });
    expect(JSON.stringify(r.body)).not.toContain('LEAKED');
  });

  it('get(key) wraps the value; secure keys 403, unknown keys 404', async () => {
    expect((await dprouter(server.url, 'iparams', { key: 'simpli_triage_host' })).body.value).toEqual({ simpli_triage_host: 'triage.simpli.test' });
    const secure = await dprouter(server.url, 'iparams', { key: 'simpli_api_key' });
    expect(secure.status).toBe(403);
    expect(secure.body.error).toEqual({ status: 403, message: expect.stringContaining('secure') });
    expect(JSON.stringify(secure.body)).not.toContain('LEAKED');
    expect((await dprouter(server.url, 'iparams', { key: 'nope' })).body.error).toEqual({ status: 404, message: expect.any(String) });
  });

  it('no served page, script or log ever contains a secure value', async () => {
    for (const path of ['/app/index.html?ticket=42', '/fdk/fresh_client.js', '/host?ticket=42', '/devkit/interface-log']) {
      expect(await (await fetch(server.url + path)).text()).not.toContain('LEAKED');
    }
  });
});

describe('data', () => {
  it('resolves the backend data for the page ticket', async () => {
    const r = await dprouter(server.url, 'data', { name: 'ticket', ticket: 42 });
    expect(r.body.value).toEqual({ ticket: { id: 42, subject: 'Refund for order 1001' } });
    expect(backend.calls).toContainEqual({ method: 'productData', args: ['ticket', 42] });
  });

  it('passes an unknown name to the backend and keeps its { status, message } rejection', async () => {
    const r = await dprouter(server.url, 'data', { name: 'domainName', ticket: 42 });
    expect(r.status).toBe(400);
    expect(r.body.error).toEqual({ status: 400, message: 'Unknown data name domainName' });
  });

  it('treats a non-integer ticket as no ticket', async () => {
    await dprouter(server.url, 'data', { name: 'ticket', ticket: '42' });
    expect(backend.calls).toContainEqual({ method: 'productData', args: ['ticket', undefined] });
  });
});

describe('transport rules', () => {
  it('refuses a POST that is not application/json (no cross-site simple requests)', async () => {
    const res = await rawRequest(server.url, '/dprouter/db/get', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"key":"a"}' });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.text)).toEqual({ error: { status: 403, message: expect.stringContaining('application/json') } });
  });

  it('refuses a foreign Origin, in the op family shape', async () => {
    const res = await rawRequest(server.url, '/dprouter/invokeTemplate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
      body: '{"name":"simpliDraft"}',
    });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.text).error).toEqual({ ...templateErrorShape, status: 403, errorSource: 'PLATFORM' });
  });

  it('accepts its own origin', async () => {
    const res = await rawRequest(server.url, '/dprouter/data', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: server.url },
      body: '{"name":"currentHost"}',
    });
    expect(res.status).toBe(200);
  });

  it('answers invalid JSON and non-object bodies with 400 in the op shape', async () => {
    const bad = await rawRequest(server.url, '/dprouter/invoke', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{nope' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).error).toMatchObject({ status: 400, errorSource: 'PLATFORM', requestID: expect.any(String) });
    expect((await dprouter(server.url, 'db/get', [1])).body.error).toEqual({ status: 400, message: 'Request body must be a JSON object' });
  });

  it('refuses oversized bodies with 413', async () => {
    const body = JSON.stringify({ key: 'a', value: { big: 'x'.repeat(3 * 1024 * 1024) } });
    const res = await rawRequest(server.url, '/dprouter/db/set', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text).error).toEqual({ status: 413, message: expect.stringContaining('exceeds') });
    expect(backend.calls.some((c) => c.method === 'db.set' && c.args[0] === 'a')).toBe(false);
  });

  it('answers 404 for an unknown op', async () => {
    const r = await dprouter(server.url, 'db/list', {});
    expect(r.status).toBe(404);
  });
});
