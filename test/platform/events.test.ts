/**
 * Event dispatch (docs/platform.md "Event payloads" sections): the 3.0 envelope, fixture data and overrides, the 256 KB
 * payload limit, the 20 s execution limit, and failures that are recorded instead of crashing the platform.
 */
import { DEFAULT_EXECUTION_TIMEOUT_MS, EVENT_MAX_PAYLOAD_BYTES, LocalPlatform } from '../../devkit/platform/local-platform';
import { startRecorder } from '../helpers/recorder';
import { IPARAM_VALUES, IPARAMS, loggedJson, probePlatform, slowServer } from './helpers';

type Envelope = {
  account_id: string;
  domain: string;
  event: string;
  region: string;
  timestamp: number;
  currentHost: { subscribed_modules: string[]; endpoint_urls: { freshdesk: string } };
  iparams: Record<string, unknown>;
  data: Record<string, Record<string, unknown>>;
};

describe('the 3.0 event envelope (docs/platform.md "Event payloads: the envelope")', () => {
  it('carries account, domain, event, region, timestamp in seconds, currentHost, the non-secure iparams and the fixture data', async () => {
    const { platform, clock } = probePlatform();
    const payload = loggedJson<Envelope>(await platform.fireEvent('onTicketUpdate'));
    expect(Object.keys(payload)).toEqual(['account_id', 'domain', 'event', 'region', 'timestamp', 'currentHost', 'iparams', 'data']);
    expect(payload).toMatchObject({
      account_id: '900001',
      domain: 'acme.freshdesk.com',
      event: 'onTicketUpdate',
      region: 'US',
      timestamp: clock.now() / 1000,
      currentHost: { subscribed_modules: ['support_ticket'], endpoint_urls: { freshdesk: 'https://acme.freshdesk.com' } },
    });
    // The stored values as the installation page saved them, never `__meta`; secure ones withheld by default
    // (the strict reading of docs/platform.md, "Secure installation parameters").
    const { simpli_api_key: _simpli, freshdesk_api_key: _freshdesk, ...nonSecure } = IPARAM_VALUES;
    expect(payload.iparams).toEqual(nonSecure);
    expect(payload.iparams).not.toHaveProperty('__meta');
    expect(payload.iparams).not.toHaveProperty('simpli_api_key');
    expect(payload.iparams).not.toHaveProperty('freshdesk_api_key');
  });


  // docs/platform.md "Event payloads: onTicketUpdate"
  it('onTicketUpdate carries `changes` inside data.ticket', async () => {
    const { platform } = probePlatform();
    const { data } = loggedJson<Envelope>(await platform.fireEvent('onTicketUpdate'));
    expect(data.ticket?.changes).toEqual({ status: [2, 4] });
    expect(data.ticket?.status).toBe(4);
    expect(Object.keys(data)).toEqual(['ticket', 'requester', 'actor']);
  });

  // docs/platform.md "Event payloads: onTicketCreate"
  it('onTicketCreate carries the ticket with HTML and text descriptions, the requester and the actor', async () => {
    const { platform } = probePlatform();
    const { data } = loggedJson<Envelope>(await platform.fireEvent('onTicketCreate', { probe: 'envelope' }));
    expect(data.ticket).toMatchObject({ id: 1201, status: 2, requester_id: 7001 });
    expect(data.ticket?.description).toMatch(/^<div/);
    expect(data.ticket?.description_text).toContain('charged twice');
    expect(data.requester).toMatchObject({ id: 7001, email: 'dana.whitfield@example.org' });
    expect(data.actor).toMatchObject({ type: 'contact' });
  });

  // docs/platform.md "Event payloads: onConversationCreate"
  it('onConversationCreate carries an incoming public customer reply', async () => {
    const { platform } = probePlatform();
    const { data } = loggedJson<Envelope>(await platform.fireEvent('onConversationCreate'));
    expect(data.conversation).toMatchObject({ ticket_id: 1201, incoming: true, private: false, source: 0 });
    expect(typeof data.conversation?.body_text).toBe('string');
    expect(data.actor).toMatchObject({ type: 'contact' });
  });

  // docs/platform.md "Event payloads: app set-up, external and scheduled events"
  it('app set-up events carry a millisecond timestamp and no data', async () => {
    const { platform, clock } = probePlatform();
    const run = await platform.fireEvent('onAppInstall');
    const payload = loggedJson<Envelope>(run);
    expect(payload.timestamp).toBe(clock.now());
    expect(payload.data).toEqual({});
    expect(run.ok).toBe(true);
  });

  it('replaces top-level data keys with the overrides, keeping the rest of the fixture', async () => {
    const { platform } = probePlatform();
    const ticket = { id: 77, status: 5, subject: 'Other', changes: { priority: [1, 4] } };
    const { data } = loggedJson<Envelope>(await platform.fireEvent('onTicketUpdate', { ticket }));
    expect(data.ticket).toEqual(ticket);
    expect(data.requester).toMatchObject({ id: 7001 });
  });

  it('takes the account from options and the domain from the freshdesk_subdomain iparam', async () => {
    const { platform } = probePlatform({ iparams: { ...IPARAMS, freshdesk_subdomain: 'globex' }, account: { id: '42', region: 'EUC' } });
    const payload = loggedJson<Envelope>(await platform.fireEvent('onTicketUpdate'));
    expect(payload).toMatchObject({
      account_id: '42',
      region: 'EUC',
      domain: 'globex.freshdesk.com',
      currentHost: { endpoint_urls: { freshdesk: 'https://globex.freshdesk.com' } },
    });
  });
});

// docs/platform.md "Secure installation parameters": unsettled, so the strict reading is the default
describe('secure iparams in payloads', () => {
  const SECURE = ['simpli_api_key', 'freshdesk_api_key'];

  it('withholds them from product and app set-up events by default; the rest are all there', async () => {
    const { platform } = probePlatform();
    const runs = [
      await platform.fireEvent('onTicketCreate', { probe: 'envelope' }),
      await platform.fireEvent('onTicketUpdate'),
      await platform.fireEvent('onConversationCreate'),
      await platform.fireEvent('onAppInstall'),
    ];
    for (const run of runs) {
      const { iparams } = loggedJson<Envelope>(run);
      for (const key of SECURE) expect([run.event, key in iparams]).toEqual([run.event, false]);
      expect(iparams).toMatchObject({ simpli_triage_host: IPARAMS.simpli_triage_host, freshdesk_subdomain: 'acme' });
    }
  });

  it('withholds them from SMI payloads too, and from an `iparams` key the front end forged', async () => {
    const { platform } = probePlatform();
    const result = await platform.invokeSmi('regenerateDraft', { mode: 'echo', iparams: { simpli_api_key: 'forged' } });
    const { iparams } = (result.response as { got: { iparams: Record<string, unknown> } }).got;
    expect(iparams).not.toHaveProperty('simpli_api_key');
    expect(iparams).not.toHaveProperty('freshdesk_api_key');
    expect(iparams.freshdesk_subdomain).toBe('acme');
  });

  it('secureIparamsInPayloads: true gives the other reading: events and SMI carry them', async () => {
    const { platform } = probePlatform({ secureIparamsInPayloads: true });
    const { iparams } = loggedJson<Envelope>(await platform.fireEvent('onTicketUpdate'));
    expect(iparams).toMatchObject({ simpli_api_key: 'secure-simpli-key', freshdesk_api_key: 'secure-freshdesk-key' });
    const result = await platform.invokeSmi('regenerateDraft', { mode: 'echo' });
    expect((result.response as { got: { iparams: Record<string, unknown> } }).got.iparams).toMatchObject({ simpli_api_key: 'secure-simpli-key' });
  });

  it.each([false, true])('templates put the secure value into headers either way (secureIparamsInPayloads: %s)', async (inPayloads) => {
    const recorder = await startRecorder({ 'POST /classify': { status: 200, body: {} } });
    try {
      const { platform } = probePlatform({ secureIparamsInPayloads: inPayloads, hosts: { [IPARAMS.simpli_triage_host]: recorder.url } });
      const run = await platform.fireEvent('onTicketCreate', { probe: 'classify' });
      expect(loggedJson(run)).toEqual({ status: 200, sawKey: inPayloads });
      expect(recorder.requests[0]?.headers['x-api-key']).toBe('secure-simpli-key');
    } finally {
      await recorder.close();
    }
  });
});

describe('payload limit: 256 KB (docs/platform.md "Execution limits")', () => {
  it('runs a payload just under the limit and refuses one over it without running the handler', async () => {
    const { platform } = probePlatform();
    const base = (await platform.fireEvent('onTicketCreate', { probe: 'loads', pad: '' })).payloadBytes;
    const under = await platform.fireEvent('onTicketCreate', { probe: 'loads', pad: 'x'.repeat(EVENT_MAX_PAYLOAD_BYTES - base) });
    expect(under.payloadBytes).toBe(EVENT_MAX_PAYLOAD_BYTES);
    expect(under.ok).toBe(true);
    expect(under.logs).toEqual(['[log] loads=1']);

    const over = await platform.fireEvent('onTicketCreate', { probe: 'loads', pad: 'x'.repeat(EVENT_MAX_PAYLOAD_BYTES - base + 1) });
    expect(over).toMatchObject({ ok: false, failure: 'payload_too_large', handler: 'onTicketCreateHandler', logs: [] });
    expect(over.payloadBytes).toBe(EVENT_MAX_PAYLOAD_BYTES + 1);
    expect(EVENT_MAX_PAYLOAD_BYTES).toBe(256 * 1024);
  });
});

describe('execution limit: 20 s (docs/platform.md "Execution limits", "Limits")', () => {
  it('defaults to 20 000 ms', async () => {
    expect(DEFAULT_EXECUTION_TIMEOUT_MS).toBe(20_000);
    // And the platform applies it: with Jest's fake timers the 20 s pass instantly.
    jest.useFakeTimers();
    try {
      const { platform } = probePlatform();
      let settled = false;
      const pending = platform.fireEvent('onTicketCreate', { probe: 'never' }).finally(() => (settled = true));
      await jest.advanceTimersByTimeAsync(19_999);
      expect(settled).toBe(false);
      await jest.advanceTimersByTimeAsync(1);
      await expect(pending).resolves.toMatchObject({ ok: false, failure: 'timeout' });
    } finally {
      jest.useRealTimers();
    }
  });

  it('stops a handler whose promise never settles', async () => {
    const { platform } = probePlatform({ executionTimeoutMs: 100 });
    const started = Date.now();
    const run = await platform.fireEvent('onTicketCreate', { probe: 'never' });
    expect(run).toMatchObject({ ok: false, failure: 'timeout' });
    expect(run.durationMs).toBeGreaterThanOrEqual(95);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('stops a handler stuck in a synchronous loop', async () => {
    const { platform } = probePlatform({ executionTimeoutMs: 100 });
    const run = await platform.fireEvent('onTicketCreate', { probe: 'spin' });
    expect(run).toMatchObject({ ok: false, failure: 'timeout' });
  });

  it('does not stop a handler that finishes within the limit', async () => {
    const server = await slowServer(50);
    try {
      const { platform } = probePlatform({ executionTimeoutMs: 1_000, hosts: { 'triage.simpli.example.com': server.base } });
      const run = await platform.fireEvent('onTicketCreate', { probe: 'slow-then-db' });
      expect(run).toMatchObject({ ok: true });
      expect(platform.db.peek('after-timeout')).toEqual({ late: true });
    } finally {
      await server.close();
    }
  });

  it('drops platform calls made after the run timed out, and says so in the run', async () => {
    const server = await slowServer(300);
    try {
      const { platform } = probePlatform({ executionTimeoutMs: 100, hosts: { 'triage.simpli.example.com': server.base } });
      const run = await platform.fireEvent('onTicketCreate', { probe: 'slow-then-db' });
      expect(run).toMatchObject({ ok: false, failure: 'timeout' });
      await new Promise((resolve) => setTimeout(resolve, 400)); // the template answers; the handler tries to write
      expect(platform.db.peek('after-timeout')).toBeUndefined();
      expect(run.logs).toContain('[platform] $db.set called after the run ended; the call never completes');
    } finally {
      await server.close();
    }
  });

  it('drops fire-and-forget work that continues after the handler returned', async () => {
    const server = await slowServer(50);
    try {
      const { platform } = probePlatform({ hosts: { 'triage.simpli.example.com': server.base } });
      const run = await platform.fireEvent('onTicketCreate', { probe: 'fire-and-forget' });
      expect(run.ok).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(platform.db.peek('after-return')).toBeUndefined();
      expect(run.logs).toContain('[platform] $db.set called after the run ended; the call never completes');
    } finally {
      await server.close();
    }
  });
});

describe('failures are recorded, never thrown', () => {
  it('records a synchronous throw and a rejection, and keeps serving events', async () => {
    const { platform } = probePlatform();
    const threw = await platform.fireEvent('onTicketCreate', { probe: 'throw' });
    expect(threw).toMatchObject({ ok: false, failure: 'threw', error: { name: 'Error', message: 'probe threw' } });
    const rejected = await platform.fireEvent('onTicketCreate', { probe: 'reject' });
    expect(rejected).toMatchObject({ ok: false, failure: 'threw', error: { message: 'probe rejected' } });
    const next = await platform.fireEvent('onTicketCreate', { probe: 'loads' });
    expect(next.ok).toBe(true);
    expect(platform.runs().map((r) => r.failure ?? 'ok')).toEqual(['threw', 'threw', 'ok']);
  });

  it('reports an event the manifest does not register, and a registered handler the script does not export', async () => {
    const { platform } = probePlatform();
    await expect(platform.fireEvent('onTicketDelete')).resolves.toMatchObject({ ok: false, failure: 'event_not_registered' });
    const missing = probePlatform({ serverScript: require.resolve('./fixtures/lib/helper.js') }).platform;
    await expect(missing.fireEvent('onTicketCreate')).resolves.toMatchObject({ ok: false, failure: 'handler_not_found' });
  });

  it('ignores renderData(error) from a product event (docs/platform.md "renderData"), but records it', async () => {
    const { platform } = probePlatform();
    const run = await platform.fireEvent('onTicketCreate', { probe: 'render-error' });
    expect(run.ok).toBe(true);
    expect(run.renderData).toEqual({ error: { status: 500, message: 'ignored for product events' }, data: undefined });
  });

  // docs/platform.md "renderData", "Event payloads: app set-up, external and scheduled events"
  it('onAppInstall: renderData({ message }) blocks the install', async () => {
    const { platform } = probePlatform({ iparams: { ...IPARAMS, probe_block_install: true } });
    const run = await platform.fireEvent('onAppInstall');
    expect(run).toMatchObject({ ok: false, failure: 'blocked', error: { message: 'Blocked by the probe' } });
  });
});

describe('the real built server/server.js', () => {
  it('handles every fixture event without throwing or timing out (templates fail: no hosts are mapped)', async () => {
    const platform = LocalPlatform.create({ iparams: IPARAMS, hosts: {} });
    for (const event of ['onAppInstall', 'onTicketCreate', 'onTicketUpdate', 'onConversationCreate', 'onScheduledEvent']) {
      const run = await platform.fireEvent(event);
      expect([event, run.failure, run.error]).toEqual([event, undefined, undefined]);
      expect(run.ok).toBe(true);
    }
    // Every template the handlers tried went through the request layer and was refused as unreachable.
    expect(platform.requestLog().length).toBeGreaterThan(0);
    expect(platform.requestLog().every((e) => e.caller === 'server' && e.status === 502)).toBe(true);
  });
});
