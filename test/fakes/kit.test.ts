/**
 * The fake kit over real loopback HTTP: every fault kind, `times`, the request log and the control endpoints.
 * The service here is a tiny echo/counter service, so what is proven is the kit, not any fake built on it.
 */
import axios, { type AxiosInstance } from 'axios';
import { fakeControl, startFake, type FakeRequest, type FakeService, type RunningFake } from '../../devkit/fakes/kit';

function counterService(): FakeService & { hits: number } {
  const svc = {
    name: 'counter',
    hits: 0,
    endpointOf: (req: FakeRequest) => `${req.method} ${req.path.replace(/\/\d+(?=\/|$)/g, '/:id')}`,
    ticketIdOf: (req: FakeRequest) => {
      const m = /^\/tickets\/(\d+)/.exec(req.path);
      return m ? Number(m[1]) : undefined;
    },
    handle: (req: FakeRequest) => {
      svc.hits += 1;
      return {
        status: 200,
        body: { id: 7, name: 'seven', ok: true, tags: ['a', 'b'], nested: { n: 1, s: '2' }, none: null, echo: req.rawBody },
      };
    },
    unauthorized: () => ({ status: 401, body: { error: 'bad key' } }),
    state: () => ({ hits: svc.hits }),
    reset: () => {
      svc.hits = 0;
    },
  };
  return svc;
}

let svc: ReturnType<typeof counterService>;
let fake: RunningFake;
let http: AxiosInstance;

beforeEach(async () => {
  svc = counterService();
  fake = await startFake(svc);
  // validateStatus: every status is an answer to inspect; transformResponse: keep the raw text.
  http = axios.create({ baseURL: fake.url, validateStatus: () => true, transformResponse: (d: unknown) => d });
});
afterEach(() => fake.close());

const parse = (text: unknown): unknown => JSON.parse(String(text));

describe('startFake', () => {
  it('listens on a free loopback port and answers with the service', async () => {
    expect(fake.url).toBe(`http://127.0.0.1:${fake.port}`);
    expect(fake.port).toBeGreaterThan(0);
    const res = await http.post('/tickets/42', '{"x":1}', { headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(parse(res.data)).toMatchObject({ id: 7, echo: '{"x":1}' });
  });

  it('logs every request with endpoint, status and ticket id', async () => {
    await http.get('/tickets/42');
    await http.get('/other?x=1');
    expect(fake.log()).toEqual([
      expect.objectContaining({ service: 'counter', method: 'GET', path: '/tickets/42', endpoint: 'GET /tickets/:id', status: 200, ticketId: 42 }),
      expect.objectContaining({ path: '/other', endpoint: 'GET /other', status: 200 }),
    ]);
    expect(fake.log()[1]).not.toHaveProperty('ticketId');
    expect(fake.log()[0]).not.toHaveProperty('fault');
  });

  it('answers 500 with the message when the service throws', async () => {
    svc.handle = () => {
      throw new Error('boom');
    };
    const res = await http.get('/x');
    expect(res.status).toBe(500);
    expect(parse(res.data)).toMatchObject({ message: 'boom' });
  });
});

describe('faults', () => {
  it('latency delays, then answers normally', async () => {
    fake.setFaults([{ endpoint: 'GET /slow', fault: { kind: 'latency', ms: 300 } }]);
    const t0 = Date.now();
    const res = await http.get('/slow');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(280);
    expect(res.status).toBe(200);
    expect(parse(res.data)).toMatchObject({ id: 7 });
    expect(fake.log()[0]).toMatchObject({ status: 200, fault: 'latency' });
    const t1 = Date.now();
    await http.get('/fast');
    expect(Date.now() - t1).toBeLessThan(250);
  });

  it('lost_answer runs the service at once and holds its answer: the write lands before a short timeout gives up', async () => {
    fake.setFaults([{ endpoint: 'GET /slow', fault: { kind: 'lost_answer', ms: 300 } }]);
    const t0 = Date.now();
    const pending = http.get('/slow');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(svc.hits).toBe(1); // the write has landed; no answer yet
    const res = await pending;
    expect(Date.now() - t0).toBeGreaterThanOrEqual(280);
    expect(res.status).toBe(200);
    expect(fake.log()[0]).toMatchObject({ status: 200, fault: 'lost_answer' });
  });

  it('status sends the status with the given body, or a default, without running the service', async () => {
    fake.setFaults([
      { endpoint: 'GET /a', fault: { kind: 'status', status: 503, body: { detail: 'down' } } },
      { endpoint: 'GET /b', fault: { kind: 'status', status: 502 } },
    ]);
    const a = await http.get('/a');
    expect(a.status).toBe(503);
    expect(parse(a.data)).toEqual({ detail: 'down' });
    const b = await http.get('/b');
    expect(b.status).toBe(502);
    expect(parse(b.data)).toEqual({ error: 'Bad Gateway' });
    expect(svc.hits).toBe(0);
  });

  it('malformed is a 200 whose body is not JSON', async () => {
    fake.setFaults([{ endpoint: '*', fault: { kind: 'malformed' } }]);
    const res = await http.get('/x');
    expect(res.status).toBe(200);
    expect(() => parse(res.data)).toThrow();
  });

  it('truncated is the real JSON cut in half, which does not parse', async () => {
    const real = String((await http.get('/x')).data);
    fake.setFaults([{ endpoint: '*', fault: { kind: 'truncated' } }]);
    const res = await http.get('/x');
    expect(res.status).toBe(200);
    expect(String(res.data)).toBe(real.slice(0, Math.floor(real.length / 2)));
    expect(() => parse(res.data)).toThrow();
  });

  it('wrong_types keeps the keys but swaps every value type', async () => {
    fake.setFaults([{ endpoint: '*', fault: { kind: 'wrong_types' } }]);
    const res = await http.get('/x');
    expect(res.status).toBe(200);
    expect(parse(res.data)).toEqual({
      id: '7',
      name: 5,
      ok: 'true',
      tags: { '0': 1, '1': 1 },
      nested: { n: '1', s: 2 },
      none: null,
      echo: 0,
    });
  });

  it('rate_limit is a 429 with Retry-After only when given', async () => {
    fake.setFaults([
      { endpoint: 'GET /with', fault: { kind: 'rate_limit', retryAfterSeconds: 7 } },
      { endpoint: 'GET /without', fault: { kind: 'rate_limit' } },
    ]);
    const withIt = await http.get('/with');
    expect(withIt.status).toBe(429);
    expect(withIt.headers['retry-after']).toBe('7');
    const without = await http.get('/without');
    expect(without.status).toBe(429);
    expect(without.headers['retry-after']).toBeUndefined();
  });

  it('drop destroys the socket: the client sees a connection error, the log status 0', async () => {
    fake.setFaults([{ endpoint: 'GET /x', fault: { kind: 'drop' }, times: 1 }]);
    await expect(http.get('/x')).rejects.toMatchObject({ code: expect.stringMatching(/ECONNRESET|ERR_BAD_RESPONSE|ECONNABORTED/) });
    expect(fake.log()[0]).toMatchObject({ status: 0, fault: 'drop' });
    expect((await http.get('/x')).status).toBe(200);
  });

  it("reject_key answers with the service's own 401", async () => {
    fake.setFaults([{ endpoint: '*', fault: { kind: 'reject_key' } }]);
    const res = await http.get('/x');
    expect(res.status).toBe(401);
    expect(parse(res.data)).toEqual({ error: 'bad key' });
  });

  it('honours times, first matching rule wins, and a bare path matches every method', async () => {
    fake.setFaults([
      { endpoint: '/tickets/:id', fault: { kind: 'status', status: 500 }, times: 2 },
      { endpoint: '*', fault: { kind: 'status', status: 503 }, times: 1 },
    ]);
    expect((await http.put('/tickets/1')).status).toBe(500);
    expect(fake.faults()).toEqual([expect.objectContaining({ times: 1 }), expect.objectContaining({ times: 1 })]);
    expect((await http.get('/tickets/2')).status).toBe(500);
    expect((await http.get('/tickets/3')).status).toBe(503);
    expect((await http.get('/tickets/4')).status).toBe(200);
    expect(fake.faults()).toEqual([]);
    expect(fake.log().map((e) => [e.status, e.fault ?? null, e.ticketId])).toEqual([
      [500, 'status', 1],
      [500, 'status', 2],
      [503, 'status', 3],
      [200, null, 4],
    ]);
  });

  it('rejects an invalid rule loudly', () => {
    expect(() => fake.setFaults([{ endpoint: '*', fault: { kind: 'nope' } as never }])).toThrow(/Invalid fault rule/);
    expect(() => fake.setFaults([{ endpoint: '*', fault: { kind: 'drop' }, times: 0 }])).toThrow(/times/);
  });
});

describe('control endpoints', () => {
  it('are served over HTTP, never logged and never faulted', async () => {
    const ctl = fakeControl(fake.url);
    await ctl.setFaults([{ endpoint: '*', fault: { kind: 'drop' } }]);
    expect(await ctl.faults()).toHaveLength(1);
    // A "*" drop rule does not reach the control endpoints.
    expect(await ctl.log()).toEqual([]);
    expect(await ctl.state()).toEqual({ hits: 0 });
    await ctl.clearFaults();
    await http.get('/tickets/9');
    const log = await ctl.log();
    expect(log).toEqual([expect.objectContaining({ path: '/tickets/9', ticketId: 9 })]);
    expect(await ctl.state()).toEqual({ hits: 1 });
    await ctl.clearLog();
    expect(await ctl.log()).toEqual([]);
  });

  it('reset restores the service, clears the log and the faults', async () => {
    const ctl = fakeControl(`${fake.url}/`);
    await http.get('/x');
    await ctl.setFaults([{ endpoint: 'GET /y', fault: { kind: 'malformed' } }]);
    await ctl.reset();
    expect(svc.hits).toBe(0);
    expect(await ctl.log()).toEqual([]);
    expect(await ctl.faults()).toEqual([]);
  });

  it('refuse bad rules with 400, unknown paths with 404 and wrong verbs with 405', async () => {
    const bad = await http.put('/__control/faults', '[{"endpoint":"*","fault":{"kind":"oops"}}]');
    expect(bad.status).toBe(400);
    expect((await http.get('/__control/nope')).status).toBe(404);
    const wrong = await http.post('/__control/log');
    expect(wrong.status).toBe(405);
    expect(wrong.headers['allow']).toBe('GET, DELETE');
    expect(fake.log()).toEqual([]);
  });

  it('state is null for a service that keeps none', async () => {
    const bare = await startFake({ name: 'bare', endpointOf: () => '*', handle: () => ({ status: 204 }), unauthorized: () => ({ status: 401 }) });
    try {
      expect(await fakeControl(bare.url).state()).toBeNull();
      const res = await axios.get(`${bare.url}/anything`);
      expect(res.status).toBe(204);
      expect(res.data).toBe('');
    } finally {
      await bare.close();
    }
  });
});
