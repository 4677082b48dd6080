/** Every invokeTemplate call leaves exactly one RequestLogEntry, whatever its outcome. */
import { json, makeApi, oneTemplate, startServer, type Loopback } from './loopback';

let server: Loopback;
beforeEach(async () => {
  server = await startServer((req, res) => (req.url === '/missing' ? json(404, {})(req, res) : json(200, {})(req, res)));
});
afterEach(() => server.close());

it('logs one entry per call with the platform time, outcome and attempts', async () => {
  const templates = {
    ok: oneTemplate({ path: '/ok' })['t'],
    missing: oneTemplate({ path: '/missing', method: 'DELETE' })['t'],
    unmapped: oneTemplate({ host: 'nowhere.example.com' })['t'],
    badHost: oneTemplate({ host: '10.0.0.1' })['t'],
  };
  const { api, logs, clock } = makeApi({ templates, caller: 'frontend', hosts: { 'api.example.com': server.base } });
  const t0 = clock.now();
  await api.invokeTemplate('ok');
  clock.advance(1_000);
  await api.invokeTemplate('missing').catch(() => undefined);
  await api.invokeTemplate('unmapped').catch(() => undefined);
  await api.invokeTemplate('badHost').catch(() => undefined);
  await api.invokeTemplate('nope').catch(() => undefined);

  expect(logs).toEqual([
    { at: t0, template: 'ok', caller: 'frontend', method: 'GET', url: 'https://api.example.com/ok', status: 200, attempts: 1 },
    { at: t0 + 1_000, template: 'missing', caller: 'frontend', method: 'DELETE', url: 'https://api.example.com/missing', status: 404, attempts: 1 },
    {
      at: t0 + 1_000,
      template: 'unmapped',
      caller: 'frontend',
      method: 'GET',
      url: 'https://nowhere.example.com/',
      status: 502,
      attempts: 1,
      platformError: 'connection',
    },
    { at: t0 + 1_000, template: 'badHost', caller: 'frontend', method: 'GET', url: '', status: 400, attempts: 0, platformError: 'invalid_template' },
    { at: t0 + 1_000, template: 'nope', caller: 'frontend', method: '', url: '', status: 400, attempts: 0, platformError: 'invalid_template' },
  ]);
});

it('never writes secure iparams into the log', async () => {
  const { api, logs } = makeApi({ hosts: { 'acme.freshdesk.com': server.base } });
  await api.invokeTemplate('freshdeskGetTicket', { context: { ticket_id: 3 }, query: { include: 'stats' } });
  expect(JSON.stringify(logs)).not.toContain('fd-key-123');
  expect(logs[0]?.url).toBe('https://acme.freshdesk.com/api/v2/tickets/3?include=stats');
});
