/**
 * Template schema and URL rules (docs/platform.md "Request templates: schema and options") and the request body limit
 * (docs/platform.md "Request templates: limits", "Limits").
 */
import { MAX_REQUEST_BODY_BYTES } from '../../../devkit/platform/request';
import { json, makeApi, oneTemplate, rejection, startServer, type Loopback } from './loopback';

let server: Loopback;
beforeEach(async () => {
  server = await startServer(json(200, {}));
});
afterEach(() => server.close());

function call(schema: Record<string, unknown>, options?: Record<string, unknown>, context: Record<string, unknown> = {}) {
  const { api, logs } = makeApi({
    templates: oneTemplate(schema, options),
    installation: { iparams: { host: 'https://acme.example.com' }, secureKeys: new Set() },
    hosts: { 'api.example.com': server.base, 'acme.example.com': server.base },
  });
  return { promise: api.invokeTemplate('t', { context }), logs };
}

async function expectRejected(schema: Record<string, unknown>, response: string | RegExp, options?: Record<string, unknown>, context?: Record<string, unknown>) {
  const sentBefore = server.received.length;
  const { promise, logs } = call(schema, options, context);
  const err = await rejection(promise);
  expect(err).toMatchObject({ status: 400, errorSource: 'PLATFORM', attempts: 0 });
  expect(err.response).toMatch(response);
  expect(logs).toHaveLength(1);
  expect(server.received).toHaveLength(sentBefore);
}

describe('host must be a bare FQDN after rendering', () => {
  it.each([
    ['a protocol', 'https://api.example.com', /Must be FQDN/],
    ['a path', 'api.example.com/v1', /must not have path/],
    ['a trailing slash', 'api.example.com/', /must not have path/],
    ['a port', 'api.example.com:8443', /Must be FQDN/],
    ['an IPv4 address', '127.0.0.1', /IP is disallowed/],
    ['an IPv6 address', '[::1]', /IP is disallowed/],
    ['URL-encoded characters', 'api%2Eexample.com', /Must be FQDN/],
    ['a single label', 'localhost', /Must be FQDN/],
    ['a numeric TLD', 'api.example.123', /Must be FQDN/],
    ['a label starting with a dash', '-api.example.com', /Must be FQDN/],
    ['whitespace', 'api.example.com ', /Must be FQDN/],
  ])('rejects a host with %s', async (_what, host, message) => {
    await expectRejected({ host }, message);
  });

  it('checks the rendered value, not only the template text', async () => {
    await expectRejected({ host: '<%= iparam.host %>' }, /Must be FQDN/);
    await expectRejected({ host: '<%= context.sub %>.example.com' }, /Must be FQDN/, undefined, {});
  });

  it('accepts an upper-case host and maps it case-insensitively', async () => {
    const { promise } = call({ host: 'API.Example.com' });
    await expect(promise).resolves.toMatchObject({ status: 200 });
  });
});

describe('path', () => {
  it("must start with '/'", async () => {
    await expectRejected({ path: 'api/v2' }, "Request template schema/path must start with '/'");
    await expectRejected({ path: '<%= context.p %>' }, /must start with/, undefined, { p: 'x/y' });
  });

  it("defaults to '/'", async () => {
    await call({}).promise;
    expect(server.received[0]?.url).toBe('/');
  });

  it('stays a path on the template host even when it looks protocol-relative', async () => {
    await call({ path: '//evil.example.org/x' }).promise;
    expect(server.received[0]?.url).toBe('//evil.example.org/x');
    expect(server.received[0]?.headers['host']).toBe('api.example.com');
  });
});

describe('schema', () => {
  it('must not contain a body', async () => {
    await expectRejected({ method: 'POST', body: '{"a":1}' }, "Request template schema must NOT have additional properties 'body'");
  });

  it.each(['formData', 'file', 'url'])('must not contain %s', async (key) => {
    await expectRejected({ [key]: {} }, new RegExp(`additional properties '${key}'`));
  });

  it.each(['HEAD', 'OPTIONS', 'get', undefined])('rejects method %s', async (method) => {
    await expectRejected({ method }, 'Request template schema/method must be one of GET, POST, PUT, DELETE, PATCH');
  });

  it.each(['GET', 'POST', 'PUT', 'DELETE', 'PATCH'])('sends method %s', async (method) => {
    await call({ method }).promise;
    expect(server.received[0]?.method).toBe(method);
  });

  it('requires https, tolerates http, refuses anything else', async () => {
    await expect(call({ protocol: 'https' }).promise).resolves.toMatchObject({ status: 200 });
    await expect(call({ protocol: 'http' }).promise).resolves.toMatchObject({ status: 200 });
    await expectRejected({ protocol: 'ftp' }, 'Invalid URL - Must be HTTPS');
  });

  it('requires a host', async () => {
    await expectRejected({ host: undefined }, /host is required/);
  });

  it('refuses header values that would inject a header line', async () => {
    await expectRejected({ headers: { 'X-A': '<%= context.v %>' } }, /Invalid value for header 'X-A'/, undefined, { v: 'a\r\nX-Evil: 1' });
  });

  it.each([
    [{ maxAttempts: 0 }, /maxAttempts must be an integer from 1 to 5/],
    [{ maxAttempts: 6 }, /maxAttempts/],
    [{ maxAttempts: 1.5 }, /maxAttempts/],
    [{ retryDelay: 1501 }, /retryDelay must be an integer from 0 to 1500/],
    [{ retryDelay: -1 }, /retryDelay/],
  ])('rejects options %j', async (options, message) => {
    await expectRejected({}, message, options);
  });
});

describe('request body ≤ 100 KB (docs/platform.md "Request templates: limits")', () => {
  it('is 102400 bytes', () => {
    expect(MAX_REQUEST_BODY_BYTES).toBe(102_400);
  });

  it('sends a body of exactly 100 KB', async () => {
    const body = 'a'.repeat(MAX_REQUEST_BODY_BYTES);
    const { api } = makeApi({ templates: oneTemplate({ method: 'POST' }), hosts: { 'api.example.com': server.base } });
    await api.invokeTemplate('t', { body });
    expect(server.received[0]?.body).toHaveLength(MAX_REQUEST_BODY_BYTES);
  });

  it('rejects one byte more with 413 PLATFORM before sending, counting UTF-8 bytes', async () => {
    const { api, logs, limiter } = makeApi({ templates: oneTemplate({ method: 'POST' }), hosts: { 'api.example.com': server.base } });
    // 51 200 two-byte characters: 102 400 chars would pass a length check, the bytes do not.
    const body = 'é'.repeat(MAX_REQUEST_BODY_BYTES / 2) + 'a';
    const err = await rejection(api.invokeTemplate('t', { body }));
    expect(err).toEqual({ status: 413, headers: {}, response: 'Request body exceeds the 100 KB limit', errorSource: 'PLATFORM', attempts: 0 });
    expect(server.received).toHaveLength(0);
    expect(limiter.used()).toBe(0);
    expect(logs[0]).toMatchObject({ status: 413, platformError: 'payload_too_large', url: 'https://api.example.com/' });
  });
});
