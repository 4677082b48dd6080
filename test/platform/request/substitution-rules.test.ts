/** Where iparams and context may be substituted (docs/platform.md "Request templates: substitution"). */
import type { Caller } from '../../../devkit/platform/types';
import { json, makeApi, oneTemplate, realSecureKeys, rejection, startServer, type Loopback } from './loopback';

let server: Loopback;
beforeEach(async () => {
  server = await startServer(json(200, {}));
});
afterEach(() => server.close());

const installation = { iparams: { sub: 'acme', plain: 'p', key: 'secret-key' }, secureKeys: new Set(['key']) };
const hostsFor = (): Record<string, string> => ({ 'api.example.com': server.base, 'acme.example.com': server.base, 'p.example.com': server.base });

function apiWith(schema: Record<string, unknown>, caller: Caller = 'server') {
  return makeApi({ templates: oneTemplate(schema), installation, caller, hosts: hostsFor() });
}

it('the installation page marks both API keys secure (the rules below depend on it)', () => {
  expect([...realSecureKeys].sort()).toEqual(['freshdesk_api_key', 'simpli_api_key']);
});

describe('secure iparams are allowed only in headers', () => {
  it.each([
    ['host', { host: '<%= iparam.key %>.example.com' }],
    ['path', { path: '/x/<%= iparam.key %>' }],
    ['path, inside encode()', { path: '/x/<%= encode(iparam.key) %>' }],
    ['query', { query: { k: '<%= iparam.key %>' } }],
    ['query, as the whole iparam object', { query: { k: '<%= iparam %>' } }],
  ])('rejects a secure iparam in %s with 400 PLATFORM "Invalid iparam substitution"', async (_where, schema) => {
    for (const caller of ['server', 'frontend'] as const) {
      const { api, logs } = apiWith(schema, caller);
      const err = await rejection(api.invokeTemplate('t'));
      expect(err).toEqual({ status: 400, headers: {}, response: 'Invalid iparam substitution', errorSource: 'PLATFORM', attempts: 0 });
      expect(logs[0]?.platformError).toBe('invalid_substitution');
    }
    expect(server.received).toHaveLength(0);
  });

  it('rejects even when the secure value would render empty', async () => {
    const { api } = makeApi({
      templates: oneTemplate({ path: '/<%= iparam.key %>' }),
      installation: { iparams: {}, secureKeys: new Set(['key']) },
      hosts: hostsFor(),
    });
    await expect(api.invokeTemplate('t')).rejects.toMatchObject({ status: 400, response: 'Invalid iparam substitution' });
  });

  it('allows a secure iparam in headers, for the server and the front end', async () => {
    for (const caller of ['server', 'frontend'] as const) {
      const { api } = apiWith({ headers: { Authorization: 'Basic <%= encode(iparam.key) %>', 'X-Key': '<%= iparam.key %>' } }, caller);
      await api.invokeTemplate('t');
    }
    expect(server.received.map((r) => r.headers['x-key'])).toEqual(['secret-key', 'secret-key']);
    expect(server.received[0]?.headers['authorization']).toBe(`Basic ${Buffer.from('secret-key').toString('base64')}`);
  });

  it('allows non-secure iparams in host, path and query', async () => {
    const { api } = apiWith({ host: '<%= iparam.plain %>.example.com', path: '/<%= iparam.sub %>', query: { s: '<%= iparam.sub %>' } }, 'frontend');
    await api.invokeTemplate('t');
    expect(server.received[0]?.url).toBe('/acme?s=acme');
    expect(server.received[0]?.headers['host']).toBe('p.example.com');
  });
});

describe('context: path and query always; host and headers only for the server', () => {
  it('rejects context in headers for the front end but sends it for the server', async () => {
    const schema = { headers: { 'X-Request-ID': '<%= context.id %>' } };
    const front = await rejection(apiWith(schema, 'frontend').api.invokeTemplate('t', { context: { id: 'r1' } }));
    expect(front).toMatchObject({ status: 400, errorSource: 'PLATFORM', attempts: 0 });
    expect(front.response).toMatch(/^Invalid context substitution/);
    expect(server.received).toHaveLength(0);

    await apiWith(schema, 'server').api.invokeTemplate('t', { context: { id: 'r1' } });
    expect(server.received[0]?.headers['x-request-id']).toBe('r1');
  });

  it('rejects context in host for the front end but uses it for the server', async () => {
    const schema = { host: '<%= context.sub %>.example.com' };
    await expect(apiWith(schema, 'frontend').api.invokeTemplate('t', { context: { sub: 'acme' } })).rejects.toMatchObject({
      status: 400,
      errorSource: 'PLATFORM',
    });
    await apiWith(schema, 'server').api.invokeTemplate('t', { context: { sub: 'acme' } });
    expect(server.received.map((r) => r.headers['host'])).toEqual(['acme.example.com']);
  });

  it('lets the front end use context in path and query', async () => {
    const { api } = apiWith({ path: '/tickets/<%= context.id %>', query: { q: '<%= context.q %>' } }, 'frontend');
    await api.invokeTemplate('t', { context: { id: 7, q: 'x' } });
    expect(server.received[0]?.url).toBe('/tickets/7?q=x');
  });

  it('our Simpli templates put context.request_id in a header, so they are server-only', async () => {
    const { api } = makeApi({ caller: 'frontend', hosts: { 'triage.simpli.example.com': server.base } });
    await expect(api.invokeTemplate('simpliClassify', { context: { request_id: 'r' } })).rejects.toMatchObject({ status: 400, errorSource: 'PLATFORM' });
    // The Freshdesk templates only use context in the path, so the front end could call them.
    const fd = makeApi({ caller: 'frontend', hosts: { 'acme.freshdesk.com': server.base } });
    await expect(fd.api.invokeTemplate('freshdeskGetTicket', { context: { ticket_id: 1 } })).resolves.toMatchObject({ status: 200 });
  });
});
