/**
 * options.maxAttempts / retryDelay (docs/platform.md "Request templates: schema and options"): retry on network error,
 * 429 and 5xx.
 */
import { json, makeApi, oneTemplate, rejection, startServer, type Handler, type Loopback } from './loopback';

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Answers with the handlers in turn (the last one repeats). */
function sequence(...handlers: Handler[]): Handler {
  let i = 0;
  return (req, res) => {
    const h = handlers[Math.min(i, handlers.length - 1)];
    i += 1;
    h?.(req, res);
  };
}

async function callWith(handler: Handler, options: Record<string, unknown>, timeoutMs?: number) {
  server = await startServer(handler);
  const h = makeApi({
    templates: oneTemplate({ method: 'POST', path: '/x' }, options),
    hosts: { 'api.example.com': server.base },
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
  });
  return { ...h, promise: h.api.invokeTemplate('t', { body: '{"n":1}' }) };
}

const drop: Handler = (_req, res) => res.socket?.destroy();

it('retries 5xx and then succeeds, reporting the attempts', async () => {
  const { promise, logs, limiter } = await callWith(sequence(json(503, {}), json(500, {}), json(200, { ok: true })), { maxAttempts: 3, retryDelay: 10 });
  await expect(promise).resolves.toEqual({ status: 200, headers: expect.any(Object), response: '{"ok":true}', attempts: 3 });
  expect(server?.received.map((r) => r.body)).toEqual(['{"n":1}', '{"n":1}', '{"n":1}']);
  expect(logs).toEqual([expect.objectContaining({ status: 200, attempts: 3 })]);
  expect(limiter.used()).toBe(3);
});

it('gives up after maxAttempts with the last remote answer', async () => {
  const { promise } = await callWith(json(502, { bad: 'gateway' }), { maxAttempts: 2, retryDelay: 0 });
  const err = await rejection(promise);
  expect(err).toMatchObject({ status: 502, errorSource: 'APP', response: '{"bad":"gateway"}', attempts: 2 });
  expect(server?.received).toHaveLength(2);
});

it('retries a remote 429', async () => {
  const { promise } = await callWith(sequence(json(429, {}, { 'Retry-After': '1' }), json(200, {})), { maxAttempts: 2, retryDelay: 0 });
  await expect(promise).resolves.toMatchObject({ status: 200, attempts: 2 });
});

it.each([400, 401, 404, 409])('does not retry %i', async (status) => {
  const { promise } = await callWith(json(status, {}), { maxAttempts: 5, retryDelay: 0 });
  await expect(promise).rejects.toMatchObject({ status, errorSource: 'APP', attempts: 1 });
  expect(server?.received).toHaveLength(1);
});

it('retries a dropped connection', async () => {
  const { promise } = await callWith(sequence(drop, json(200, { ok: 1 })), { maxAttempts: 2, retryDelay: 0 });
  await expect(promise).resolves.toMatchObject({ status: 200, attempts: 2 });
});

it('retries a timeout', async () => {
  const slow: Handler = (_req, res) => {
    const t = setTimeout(() => res.end(), 1_000);
    res.on('close', () => clearTimeout(t));
  };
  const { promise } = await callWith(sequence(slow, json(200, {})), { maxAttempts: 2, retryDelay: 0 }, 100);
  await expect(promise).resolves.toMatchObject({ status: 200, attempts: 2 });
});

it('waits retryDelay between attempts', async () => {
  const started = Date.now();
  const { promise } = await callWith(json(500, {}), { maxAttempts: 3, retryDelay: 120 });
  await expect(promise).rejects.toMatchObject({ attempts: 3 });
  expect(Date.now() - started).toBeGreaterThanOrEqual(230);
});

it('makes one attempt by default', async () => {
  const { promise } = await callWith(json(500, {}), {});
  await expect(promise).rejects.toMatchObject({ status: 500, attempts: 1 });
  expect(server?.received).toHaveLength(1);
});

it('retries an unmapped host as a network error, still without sending anything', async () => {
  server = await startServer(json(200, {}));
  const { api, limiter } = makeApi({ templates: oneTemplate({}, { maxAttempts: 3, retryDelay: 0 }), hosts: {} });
  await expect(api.invokeTemplate('t')).rejects.toMatchObject({ status: 502, errorSource: 'PLATFORM', attempts: 3 });
  expect(server.received).toHaveLength(0);
  expect(limiter.used()).toBe(3);
});
