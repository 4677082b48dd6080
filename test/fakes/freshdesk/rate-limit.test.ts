/** The per-account, per-minute bucket on an injected clock (docs/freshdesk.md "Rate limits"). */
import { AGENT_KEY } from '../../../devkit/fakes/freshdesk';
import { client, startFreshdesk, TICKET, type TestFreshdesk } from './helpers';

let fd: TestFreshdesk;
beforeEach(async () => {
  fd = await startFreshdesk((a) => {
    a.rateLimitPerMinute = 5;
  });
});
afterEach(() => fd.close());

const url = `/api/v2/tickets/${TICKET}`;
const rl = (h: Record<string, unknown>) => [h['x-ratelimit-total'], h['x-ratelimit-remaining'], h['x-ratelimit-used-currentrequest']];

it('counts every request, failures included, across keys, then answers 429 with Retry-After only', async () => {
  expect(rl((await fd.api.get(url)).headers)).toEqual(['5', '4', '1']);
  expect(rl((await fd.as(AGENT_KEY).get('/api/v2/nope')).headers)).toEqual(['5', '3', '1']); // 404, other key
  expect(rl((await fd.api.put(url, { priority: 9 })).headers)).toEqual(['5', '2', '1']); // 400
  expect((await client(fd.fake.url, 'wrong').get(url)).status).toBe(401); // counted too
  const last = await fd.api.get(url);
  expect(last.status).toBe(200);
  expect(rl(last.headers)).toEqual(['5', '0', '1']);

  const limited = await fd.api.get(url);
  expect(limited.status).toBe(429);
  // The clock is 30 s into its minute.
  expect(limited.headers['retry-after']).toBe('30');
  expect(limited.headers['x-ratelimit-total']).toBeUndefined();
  expect(limited.headers['x-ratelimit-remaining']).toBeUndefined();
  expect(limited.headers['x-ratelimit-used-currentrequest']).toBeUndefined();
  expect(limited.headers['content-type']).toMatch(/^application\/json/);
  expect(limited.data).toEqual({ message: 'You have exceeded the limit of requests per hour' });
  expect(fd.service.state().rateLimit).toEqual({ limit: 5, used: 5, remaining: 0 });
});

it('recovers once the clock moves into the next minute', async () => {
  for (let i = 0; i < 5; i++) await fd.api.get(url);
  expect((await fd.api.get(url)).status).toBe(429);
  fd.clock.advance(29_000);
  const stillLimited = await fd.api.get(url);
  expect(stillLimited.status).toBe(429);
  expect(stillLimited.headers['retry-after']).toBe('1');
  fd.clock.advance(1_000);
  const ok = await fd.api.get(url);
  expect(ok.status).toBe(200);
  expect(rl(ok.headers)).toEqual(['5', '4', '1']);
});

it('charges one credit per include on a single-ticket GET, Remaining floored at 0', async () => {
  expect(rl((await fd.api.get(url, { params: { include: 'requester,stats,conversations' } })).headers)).toEqual(['5', '1', '4']);
  expect(rl((await fd.api.get(url, { params: { include: 'requester,stats' } })).headers)).toEqual(['5', '0', '3']);
  expect((await fd.api.get(url)).status).toBe(429);
});

it('starts a fresh bucket on reset', async () => {
  for (let i = 0; i < 5; i++) await fd.api.get(url);
  fd.fake.reset();
  expect((await fd.api.get(url)).status).toBe(200);
});
