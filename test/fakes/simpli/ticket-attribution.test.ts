/**
 * Which ticket a Simpli request concerns, for the kit's per-ticket request counts: the ticket the body names
 * (Triage /route, Reply, QA), else the `fd-<ticket>-` prefix of the app's X-Request-ID (server/fdk/request-id.ts)
 * — on every service, so /classify, /analyze and KB calls count against their ticket too.
 */
import type { FakeRequest } from '../../../devkit/fakes/kit';
import { createSimpliServices, SIMPLI_SERVICES, startSimpli, stopSimpli, type SimpliFakes, type SimpliServiceName } from '../../../devkit/fakes/simpli';
import { client, get, postJson } from './helpers';

/** One request per service that names no ticket: a POST with its body, or a GET. */
const UNNAMED: ReadonlyArray<[SimpliServiceName, string, unknown]> = [
  ['triage', '/classify', { subject: 'Invoice wrong', body: 'I was charged twice' }],
  ['reply', '/api/v1/styles', undefined],
  ['sentiment', '/analyze', { customer_id: 'C-001', text: 'thanks' }],
  ['qa', '/evaluate', { agent_id: '7', messages: [{ role: 'agent', content: 'Hello!' }] }],
  ['kb', '/search', { query: 'password reset' }],
];

function request(body: unknown, requestId?: string): FakeRequest {
  return {
    method: 'POST',
    path: '/x',
    query: new URLSearchParams(),
    headers: { 'content-type': 'application/json', ...(requestId !== undefined ? { 'x-request-id': requestId } : {}) },
    rawBody: JSON.stringify(body),
  };
}

describe('ticketIdOf', () => {
  const services = createSimpliServices();

  it.each(SIMPLI_SERVICES)("%s falls back to the app's X-Request-ID when the body names no ticket", (name) => {
    const ticketIdOf = (req: FakeRequest) => services[name].ticketIdOf?.(req);
    expect(ticketIdOf(request({}, 'fd-1042-classify-m3x9'))).toBe(1042);
    expect(ticketIdOf(request({}, 'fd-1042-'))).toBe(1042);
    expect(ticketIdOf(request({}))).toBeUndefined();
    for (const other of ['other', 'fd-abc-step-1', 'fd-1042', 'x-fd-1042-step', 'fd-1234567890123456-step', '']) {
      expect(ticketIdOf(request({}, other))).toBeUndefined();
    }
  });

  it('takes the ticket the body names before the header', () => {
    const header = 'fd-7-step-1';
    expect(services.triage.ticketIdOf?.(request({ ticket_id: '4711' }, header))).toBe(4711);
    expect(services.reply.ticketIdOf?.(request({ ticket_id: '4711' }, header))).toBe(4711);
    expect(services.qa.ticketIdOf?.(request({ conversation_id: '4242' }, header))).toBe(4242);
    expect(services.sentiment.ticketIdOf?.(request({ customer_id: '4711' }, header))).toBe(7);
  });
});

describe('the request log', () => {
  let fakes: SimpliFakes;
  beforeAll(async () => {
    fakes = await startSimpli();
  });
  afterAll(() => stopSimpli(fakes));

  it.each(UNNAMED)('%s %s counts against the ticket of X-Request-ID', async (name, path, body) => {
    fakes[name].clearLog();
    const send = (requestId: string) => {
      const http = client(fakes[name].url);
      return body === undefined ? get(http, path, { 'X-Request-ID': requestId }) : postJson(http, path, body, { 'X-Request-ID': requestId });
    };
    expect((await send('fd-1042-step-m3x9')).status).toBe(200);
    await send('not-the-app');
    expect(fakes[name].log().map((e) => e.ticketId)).toEqual([1042, undefined]);
  });
});
