/**
 * The browser client (the fresh_client.js stand-in, docs/platform.md "Front end: bootstrapping and the frame") running
 * in jsdom against the real web server: the page is loaded over HTTP, `{{{appclient}}}` is fetched and executed, and
 * every client call makes a real dprouter round trip to an in-test FrontendBackend.
 */
import { createPlatformWebServer, type PlatformWebServer } from '../../../devkit/platform/web';
import type { FdkClient } from '../../../devkit/platform/web/client/client';
import { createFakeFrontendBackend, type FakeFrontendBackend } from './fake-frontend-backend';
import { createFixtureApp, type FixtureApp } from './fixture-app';
import { openPage, settle, waitFor, type OpenedPage } from './open-page';

let fixture: FixtureApp;
let backend: FakeFrontendBackend;
let server: PlatformWebServer;
let page: OpenedPage;
let client: FdkClient;

beforeAll(async () => {
  fixture = createFixtureApp();
  backend = createFakeFrontendBackend({ leakSecure: true });
  server = await createPlatformWebServer({ appDir: fixture.appDir, backend });
  page = await openPage(server.pageUrl(42));
  client = await page.app().initialized();
});
afterAll(async () => {
  page.close();
  await server.close();
  fixture.remove();
});
beforeEach(() => server.clearInterfaceLog());

describe('bootstrapping (docs/platform.md "Front end: bootstrapping and the frame")', () => {
  it('defines app.initialized() that always resolves the same client', async () => {
    expect(await page.app().initialized()).toBe(client);
    expect(Object.keys(client).sort()).toEqual(['data', 'db', 'events', 'instance', 'interface', 'iparams', 'request']);
    expect(page.errors).toEqual([]);
  });

  it('instance.context() names the ticket_sidebar location', async () => {
    expect(await client.instance.context()).toEqual({ location: 'ticket_sidebar', instanceId: expect.any(String), product: 'freshdesk', data: {} });
    expect(await client.instance.get()).toEqual([{ location: 'ticket_sidebar', instanceId: expect.any(String), product: 'freshdesk' }]);
  });
});

describe('data.get (docs/platform.md "Front end: the data method")', () => {
  it('resolves { <name>: value } for the page ticket', async () => {
    expect(await client.data.get('ticket')).toEqual({ ticket: { id: 42, subject: 'Refund for order 1001' } });
    expect(await client.data.get('loggedInUser')).toEqual({ loggedInUser: expect.objectContaining({ id: 9 }) });
    expect(await client.data.get('currentHost')).toEqual({ currentHost: expect.objectContaining({ endpoint_urls: { freshdesk: 'https://acme.freshdesk.com' } }) });
    expect(await client.data.get('status_options')).toEqual({ status_options: [{ id: 2, label: 'Open' }] });
    expect(backend.calls).toContainEqual({ method: 'productData', args: ['ticket', 42] });
  });

  it('rejects an unknown name with { status, message }', async () => {
    expect(await settle(client.data.get('domainName'))).toEqual({ rejected: { status: 400, message: 'Unknown data name domainName' } });
  });
});

describe('iparams.get (docs/platform.md "Secure installation parameters")', () => {
  it('returns non-secure values only', async () => {
    expect(await client.iparams.get()).toEqual({ simpli_triage_host: 'triage.simpli.test', auto_triage: true });
    expect(await client.iparams.get('auto_triage')).toEqual({ auto_triage: true });
    const secure = await settle(client.iparams.get('simpli_api_key'));
    expect(secure).toEqual({ rejected: { status: 403, message: expect.any(String) } });
    expect(JSON.stringify(secure)).not.toContain('LEAKED');
  });
});

// docs/platform.md "Request templates: invoking and results", "Server method invocation (SMI)"
describe('request', () => {
  it('invokeTemplate resolves { status, headers, response } with the body as a string', async () => {
    const r = (await client.request.invokeTemplate('simpliDraft', { context: { ticketId: 42 } })) as { status: number; response: string };
    expect(r.status).toBe(200);
    expect(JSON.parse(r.response)).toMatchObject({ draft: '<p>Hello</p>', echo: { context: { ticketId: 42 } } });
  });

  it('invokeTemplate rejects { status, headers, response, errorSource, attempts }', async () => {
    expect(await settle(client.request.invokeTemplate('freshdeskGetTicket', {}))).toEqual({
      rejected: { status: 404, headers: { 'content-type': 'application/json' }, response: '{"code":"access_denied"}', errorSource: 'APP', attempts: 1 },
    });
    expect(await settle(client.request.invokeTemplate('limited'))).toEqual({ rejected: expect.objectContaining({ status: 429, errorSource: 'PLATFORM' }) });
  });

  it('invoke resolves { requestID, response } and rejects { requestID, status, message, errorSource }', async () => {
    expect(await client.request.invoke('regenerateDraft', { ticketId: 42 })).toEqual({ requestID: 'req-1', response: { draft: '<p>Draft for 42</p>' } });
    expect(await settle(client.request.invoke('sendDraftFeedback', {}))).toEqual({
      rejected: { requestID: 'req-2', status: 502, message: 'Simpli said no', errorSource: 'APP' },
    });
  });
});

describe('db (docs/platform.md "Key-value store", "Front end: bootstrapping and the frame")', () => {
  it('set / get / update / delete round trip, rejections { status, message }', async () => {
    expect(await client.db.set('sidebar:42', { seen: true }, { ttl: 60 })).toEqual({ Created: true });
    expect(await client.db.get('sidebar:42')).toEqual({ seen: true });
    expect(await client.db.update('sidebar:42', 'set', { count: 1 })).toEqual({ Updated: true });
    expect(await client.db.get('sidebar:42')).toEqual({ seen: true, count: 1 });
    expect(await client.db.delete('sidebar:42')).toEqual({ Deleted: true });
    expect(await settle(client.db.get('sidebar:42'))).toEqual({ rejected: { status: 404, message: 'Record not found' } });
  });
});

describe('interface.trigger (docs/platform.md "Front end: the interface method and events")', () => {
  it('setValue inserts into the editor: recorded by the server and posted to window.parent', async () => {
    const posted: unknown[] = [];
    page.window.addEventListener('message', (e) => posted.push(e.data));
    const draft = '<p>Hi Ada, your refund is on its way.</p>';
    expect(await client.interface.trigger('setValue', { id: 'editor', text: draft, replace: true })).toEqual({ success: true });
    expect(server.editorText(42)).toBe(draft);
    expect(server.interfaceLog()).toEqual([
      expect.objectContaining({ method: 'interface.trigger', action: 'setValue', ticketId: 42, options: { id: 'editor', text: draft, replace: true }, outcome: 'resolved' }),
    ]);
    await waitFor(() => posted.length > 0, 'the message to window.parent');
    expect(posted).toEqual([
      { source: 'simpli-fdk-client', kind: 'interface', action: 'setValue', options: { id: 'editor', text: draft, replace: true }, result: { success: true } },
    ]);
  });

  it('showNotify validates the type; showConfirm resolves the clicked label', async () => {
    expect(await client.interface.trigger('showNotify', { type: 'success', message: 'Draft inserted' })).toEqual({ success: true });
    expect(await settle(client.interface.trigger('showNotify', { type: 'error', message: 'x' }))).toEqual({
      rejected: { status: 400, message: expect.stringContaining('options.type') },
    });
    expect(await client.interface.trigger('showConfirm', { title: 'Replace draft?', message: 'The editor has text.' })).toEqual({ message: 'Save' });
    expect(server.interfaceLog().map((e) => `${e.action}:${e.outcome}`)).toEqual(['showNotify:resolved', 'showNotify:rejected', 'showConfirm:resolved']);
  });
});

describe('instance.resize (docs/platform.md "Front end: bootstrapping and the frame")', () => {
  it('accepts "500px" or a number and caps at 700 px', async () => {
    expect(await client.instance.resize({ height: '500px' })).toEqual({ height: 500 });
    expect(await client.instance.resize({ height: 900 })).toEqual({ height: 700 });
    expect(await settle(client.instance.resize({ height: 'auto' }))).toEqual({ rejected: { status: 400, message: expect.any(String) } });
    expect(server.interfaceLog().map((e) => [e.method, e.options, e.result])).toEqual([
      ['instance.resize', { height: '500px' }, { height: 500 }],
      ['instance.resize', { height: 900 }, { height: 700 }],
      ['instance.resize', { height: 'auto' }, undefined],
    ]);
  });
});

// docs/platform.md "Front end: bootstrapping and the frame", "Front end: the interface method and events"
describe('events', () => {
  it('fires app.activated once after initialisation to listeners registered in the initialized() callback', async () => {
    const fresh = await openPage(server.pageUrl(7));
    const seen: string[] = [];
    await fresh
      .app()
      .initialized()
      .then((c) => c.events.on('app.activated', (e) => void seen.push(e.type)));
    await waitFor(() => seen.length > 0, 'app.activated');
    // A second initialized() does not fire it again, and a listener registered after it fired is not replayed.
    const late = await fresh.app().initialized();
    late.events.on('app.activated', () => void seen.push('late'));
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toEqual(['app.activated']);
    fresh.close();
  });

  it('dispatches host events (app.deactivated) and answers intercepted events through the helper', async () => {
    const seen: unknown[] = [];
    const posted: unknown[] = [];
    page.window.addEventListener('message', (e) => posted.push(e.data));
    client.events.on('app.deactivated', (e) => void seen.push(e.type));
    client.events.on('ticket.sendReply', (e) => e.helper.fail(`blocked ${String((e.helper.getData() as { id: number }).id)}`), { intercept: true });
    page.window.postMessage({ source: 'simpli-fdk-host', kind: 'event', name: 'app.deactivated' }, '*');
    page.window.postMessage({ source: 'simpli-fdk-host', kind: 'event', name: 'ticket.sendReply', data: { id: 42 }, interceptId: 'i-1' }, '*');
    await waitFor(() => posted.some((m) => (m as { kind?: string }).kind === 'intercept'), 'the intercept answer');
    expect(seen).toEqual(['app.deactivated']);
    expect(posted).toContainEqual({ source: 'simpli-fdk-client', kind: 'intercept', id: 'i-1', outcome: 'fail', message: 'blocked 42' });
  });

  it('events.on refuses a non-function callback', () => {
    // The TypeError comes from the page's realm, so match on the message, not the constructor.
    expect(() => client.events.on('app.activated', 'nope' as unknown as () => void)).toThrow('needs a string and a function');
  });
});

describe('when the platform is gone', () => {
  it('rejects in each family shape instead of hanging', async () => {
    const other = createFixtureApp();
    const brief = await createPlatformWebServer({ appDir: other.appDir, backend: createFakeFrontendBackend() });
    const p = await openPage(brief.pageUrl(42));
    const c = await p.app().initialized();
    await brief.close();
    expect(await settle(c.data.get('ticket'))).toEqual({ rejected: { status: 503, message: expect.any(String) } });
    expect(await settle(c.request.invokeTemplate('simpliDraft'))).toEqual({
      rejected: { status: 503, headers: {}, response: expect.any(String), errorSource: 'PLATFORM', attempts: 0 },
    });
    expect(await settle(c.request.invoke('regenerateDraft'))).toEqual({
      rejected: { requestID: expect.any(String), status: 503, message: expect.any(String), errorSource: 'PLATFORM' },
    });
    p.close();
    other.remove();
  });
});
