/**
 * What the remote answer becomes (docs/platform.md "Request templates: schema and options" content types,
 * docs/platform.md "Request templates: invoking and results" result shapes, "Request templates: limits" timeout).
 */
import { DEFAULT_REQUEST_TIMEOUT_MS } from '../../../devkit/platform/request';
import { json, makeApi, oneTemplate, rejection, startServer, type Handler, type Loopback } from './loopback';

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function callWith(handler: Handler, timeoutMs?: number) {
  server = await startServer(handler);
  const { api, logs } = makeApi({
    templates: oneTemplate({ method: 'POST', path: '/x' }),
    hosts: { 'api.example.com': server.base },
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
  });
  return { promise: api.invokeTemplate('t', { body: '{}' }), logs };
}

describe('successful answers', () => {
  it('resolves status, lower-cased headers, the body as a string and attempts', async () => {
    const { promise } = await callWith(json(201, { id: 5 }, { 'X-Trace': 'abc' }));
    await expect(promise).resolves.toEqual({
      status: 201,
      headers: expect.objectContaining({ 'content-type': 'application/json', 'x-trace': 'abc' }),
      response: '{"id":5}',
      attempts: 1,
    });
  });

  it('accepts an empty body without a content type (e.g. 204)', async () => {
    const { promise } = await callWith((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    await expect(promise).resolves.toMatchObject({ status: 204, response: '' });
  });

  it('accepts an allowed media type with parameters', async () => {
    const { promise } = await callWith((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('hello');
    });
    await expect(promise).resolves.toMatchObject({ status: 200, response: 'hello' });
  });

  it('does not follow redirects: a 3xx resolves as it came', async () => {
    const { promise } = await callWith((_req, res) => {
      res.writeHead(302, { Location: 'https://elsewhere.example.com/' });
      res.end();
    });
    await expect(promise).resolves.toMatchObject({ status: 302, headers: expect.objectContaining({ location: 'https://elsewhere.example.com/' }) });
    expect(server?.received).toHaveLength(1);
  });
});

describe('remote errors reject with errorSource APP and keep the remote answer', () => {
  it.each([404, 500, 503])('%i', async (status) => {
    const { promise, logs } = await callWith(json(status, { message: `remote ${status}` }, { 'X-Req': 'r' }));
    const err = await rejection(promise);
    expect(err).toEqual({
      status,
      headers: expect.objectContaining({ 'content-type': 'application/json', 'x-req': 'r' }),
      response: JSON.stringify({ message: `remote ${status}` }),
      errorSource: 'APP',
      attempts: 1,
    });
    expect(logs[0]).toMatchObject({ status, attempts: 1 });
    expect(logs[0]?.platformError).toBeUndefined();
  });

  it('429 keeps Retry-After', async () => {
    const { promise } = await callWith(json(429, { message: 'slow down' }, { 'Retry-After': '30' }));
    const err = await rejection(promise);
    expect(err).toMatchObject({ status: 429, errorSource: 'APP', response: '{"message":"slow down"}' });
    expect(err.headers['retry-after']).toBe('30');
  });
});

describe('platform failures reject with errorSource PLATFORM', () => {
  it('a host missing from the host map is a 502 connection error, and nothing is sent anywhere', async () => {
    server = await startServer(json(200, {}));
    const { api, logs } = makeApi({ templates: oneTemplate({}), hosts: { 'other.example.com': server.base } });
    const err = await rejection(api.invokeTemplate('t'));
    expect(err).toEqual({ status: 502, headers: {}, response: 'Error in establishing connection', errorSource: 'PLATFORM', attempts: 1 });
    expect(server.received).toHaveLength(0);
    expect(logs[0]).toMatchObject({ status: 502, platformError: 'connection', url: 'https://api.example.com/' });
  });

  it('a refused connection is 502', async () => {
    const closed = await startServer(json(200, {}));
    await closed.close();
    const { api } = makeApi({ templates: oneTemplate({}), hosts: { 'api.example.com': closed.base } });
    await expect(api.invokeTemplate('t')).rejects.toEqual({
      status: 502,
      headers: {},
      response: 'Error in establishing connection',
      errorSource: 'PLATFORM',
      attempts: 1,
    });
  });

  it('a socket dropped before any answer is 502', async () => {
    const { promise, logs } = await callWith((_req, res) => {
      res.socket?.destroy();
    });
    await expect(promise).rejects.toMatchObject({ status: 502, errorSource: 'PLATFORM', response: 'Error in establishing connection' });
    expect(server?.received).toHaveLength(1);
    expect(logs[0]?.platformError).toBe('connection');
  });

  it('a socket dropped in the middle of the body is 502', async () => {
    const { promise } = await callWith((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' });
      res.write('{"partial":');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    await expect(promise).rejects.toMatchObject({ status: 502, errorSource: 'PLATFORM' });
  });

  it('no complete answer within timeoutMs is 504', async () => {
    const started = Date.now();
    const { promise, logs } = await callWith((_req, res) => {
      const timer = setTimeout(() => res.end('late'), 2_000);
      res.on('close', () => clearTimeout(timer));
    }, 150);
    const err = await rejection(promise);
    expect(err).toEqual({ status: 504, headers: {}, response: 'Timeout error while processing the request', errorSource: 'PLATFORM', attempts: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(logs[0]?.platformError).toBe('timeout');
  });

  it('an answer that arrives before timeoutMs is not a timeout', async () => {
    const { promise } = await callWith((_req, res) => {
      setTimeout(() => json(200, { ok: 1 })(_req, res), 50);
    }, 1_000);
    await expect(promise).resolves.toMatchObject({ status: 200 });
  });

  it('the default timeout is 15 s (docs/platform.md "Request templates: limits")', () => {
    expect(DEFAULT_REQUEST_TIMEOUT_MS).toBe(15_000);
  });

  it.each(['text/css', 'image/png', 'application/octet-stream', 'multipart/form-data'])('content type %s is 415', async (type) => {
    const { promise, logs } = await callWith((_req, res) => {
      res.writeHead(200, { 'Content-Type': type });
      res.end('x');
    });
    await expect(promise).rejects.toEqual({ status: 415, headers: {}, response: 'Unsupported content type', errorSource: 'PLATFORM', attempts: 1 });
    expect(logs[0]?.platformError).toBe('unsupported_content_type');
  });

  it('the content type is checked on error answers too', async () => {
    const { promise } = await callWith((_req, res) => {
      res.writeHead(404, { 'Content-Type': 'image/png' });
      res.end('x');
    });
    await expect(promise).rejects.toMatchObject({ status: 415, errorSource: 'PLATFORM' });
  });

  it.each(['application/xml', 'text/html', 'text/xml', 'application/jsonp', 'text/javascript', 'application/vnd.api+json'])(
    'content type %s is allowed',
    async (type) => {
      const { promise } = await callWith((_req, res) => {
        res.writeHead(200, { 'Content-Type': type });
        res.end('x');
      });
      await expect(promise).resolves.toMatchObject({ status: 200, response: 'x' });
    },
  );
});
