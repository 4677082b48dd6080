/**
 * 50 template requests per minute per installation (docs/platform.md "Request templates: limits", "Limits"), front end
 * and server together.
 */
import { ManualClock } from '../../../devkit/platform/clock';
import { createRateLimiter } from '../../../devkit/platform/rate-limiter';
import { REQUESTS_PER_MINUTE } from '../../../devkit/platform/request';
import { json, makeApi, oneTemplate, rejection, startServer, type Loopback } from './loopback';

let server: Loopback;
beforeEach(async () => {
  server = await startServer(json(200, {}));
});
afterEach(() => server.close());

it('is 50 per minute', () => {
  expect(REQUESTS_PER_MINUTE).toBe(50);
});

it('refuses the 51st request in a minute with 429 PLATFORM and Retry-After, without reaching the server', async () => {
  const { api, logs, clock } = makeApi({ hosts: { 'acme.freshdesk.com': server.base } });
  for (let i = 0; i < 50; i += 1) {
    await api.invokeTemplate('freshdeskGetTicket', { context: { ticket_id: i } });
    clock.advance(100);
  }
  const err = await rejection(api.invokeTemplate('freshdeskGetTicket', { context: { ticket_id: 50 } }));
  expect(err).toMatchObject({ status: 429, errorSource: 'PLATFORM', attempts: 0 });
  // The oldest of the 50 was taken 5 s ago: a unit frees up in 55 s.
  expect(err.headers).toEqual({ 'retry-after': '55' });
  expect(server.received).toHaveLength(50);
  expect(logs[50]).toMatchObject({ status: 429, attempts: 0, platformError: 'rate_limited', url: 'https://acme.freshdesk.com/api/v2/tickets/50' });

  clock.advance(60_000);
  await expect(api.invokeTemplate('freshdeskGetTicket', { context: { ticket_id: 51 } })).resolves.toMatchObject({ status: 200 });
  expect(server.received).toHaveLength(51);
  expect(server.received[50]?.url).toBe('/api/v2/tickets/51');
});

it('is shared by the server and the front end of one installation', async () => {
  const clock = new ManualClock();
  const limiter = createRateLimiter(REQUESTS_PER_MINUTE, clock);
  const hosts = { 'acme.freshdesk.com': server.base };
  const backend = makeApi({ hosts, limiter, clock, caller: 'server' }).api;
  const frontend = makeApi({ hosts, limiter, clock, caller: 'frontend' }).api;
  for (let i = 0; i < 25; i += 1) {
    await backend.invokeTemplate('freshdeskGetTicket', { context: { ticket_id: i } });
    await frontend.invokeTemplate('freshdeskGetTicket', { context: { ticket_id: i } });
  }
  await expect(frontend.invokeTemplate('freshdeskGetTicket', { context: { ticket_id: 1 } })).rejects.toMatchObject({ status: 429, errorSource: 'PLATFORM' });
  await expect(backend.invokeTemplate('freshdeskGetTicket', { context: { ticket_id: 1 } })).rejects.toMatchObject({ status: 429, errorSource: 'PLATFORM' });
  expect(server.received).toHaveLength(50);
});

it('counts every retry attempt, and stops retrying when the budget runs out', async () => {
  const failing = await startServer(json(503, {}));
  try {
    const { api, limiter } = makeApi({ templates: oneTemplate({}, { maxAttempts: 3, retryDelay: 0 }), hosts: { 'api.example.com': failing.base } });
    for (let i = 0; i < 48; i += 1) expect(limiter.tryTake()).toBe(true);
    const err = await rejection(api.invokeTemplate('t'));
    // Attempts 1 and 2 use the last two units; attempt 3 is refused by the platform.
    expect(err).toMatchObject({ status: 429, errorSource: 'PLATFORM', attempts: 2 });
    expect(failing.received).toHaveLength(2);
    expect(limiter.used()).toBe(50);
  } finally {
    await failing.close();
  }
});

it('does not charge requests the platform refuses before sending', async () => {
  const { api, limiter } = makeApi({ hosts: { 'acme.freshdesk.com': server.base } });
  await expect(api.invokeTemplate('noSuchTemplate')).rejects.toMatchObject({ status: 400 });
  await expect(api.invokeTemplate('freshdeskCreateNote', { context: { ticket_id: 1 }, body: 'x'.repeat(200_000) })).rejects.toMatchObject({ status: 413 });
  expect(limiter.used()).toBe(0);
});
