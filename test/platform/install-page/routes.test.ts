/**
 * The installation page on the local platform, as `fdk run` serves it: the page and
 * its assets, the configs handed to getConfigs, storing what postConfigs returned (then onAppInstall again), and
 * the page's `client` with the installation page's rules. A real LocalPlatform with the probe server.
 */
import { createInstallPage, type InstallPageOptions } from '../../../devkit/platform/install-page';
import type { LocalPlatform } from '../../../devkit/platform/local-platform';
import { createPlatformWebServer, type PlatformWebServer } from '../../../devkit/platform/web';
import { startRecorder, type Recorder } from '../../helpers/recorder';
import { IPARAM_VALUES, IPARAMS, loggedJson, PROBE_APP_DIR, probePlatform } from '../helpers';
import { rawRequest } from '../web/http-helpers';

let platform: LocalPlatform;
let web: PlatformWebServer;
let upstream: Recorder;

async function open(options: { iparams?: Record<string, unknown>; page?: InstallPageOptions } = {}): Promise<void> {
  await web?.close();
  ({ platform } = probePlatform({
    iparams: options.iparams ?? IPARAMS,
    hosts: { 'reply.simpli.example.com': upstream.url, 'acme.freshdesk.com': upstream.url },
  }));
  web = await createPlatformWebServer({
    appDir: PROBE_APP_DIR,
    backend: platform.frontendBackend(async () => ({})),
    installPage: createInstallPage(() => platform, options.page),
  });
}

beforeAll(async () => {
  upstream = await startRecorder({ 'GET /api/v1/styles': { status: 200, body: { styles: [] } }, 'GET /api/v2/groups': { status: 200, body: [] } });
});
beforeEach(() => open());
afterAll(async () => {
  await web.close();
  await upstream.close();
});

const post = async (path: string, body: unknown) => {
  const res = await fetch(`${web.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};
const fetchConfigs = async () => ((await (await fetch(`${web.url}/custom_configs/fetch`)).json()) as { hasIParam: boolean; customIParams: Record<string, unknown> });

describe('the page', () => {
  it('serves config/iparams.html at /custom_configs/form with the client substituted, and its assets', async () => {
    const html = await (await fetch(`${web.url}/custom_configs/form`)).text();
    expect(html).not.toContain('{{{appclient}}}');
    expect(html).toContain('<script src="/fdk/fresh_client.js"></script>');
    expect(html).toMatch(/function getConfigs\(configs\)/);
    const js = await fetch(`${web.url}/custom_configs/assets/iparams.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await fetch(`${web.url}/custom_configs/assets/iparams.css`)).headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('serves nothing else from config/: not requests.json, not through ..', async () => {
    for (const path of ['/custom_configs/requests.json', '/custom_configs/assets/../requests.json', '/custom_configs/assets/%2e%2e/requests.json', '/custom_configs/assets/..%2Fiparams.html']) {
      const res = await rawRequest(web.url, path);
      expect([path, res.status]).toEqual([path, 404]);
      expect(res.text).not.toContain('installCheck');
    }
  });

  it('frames the page in a settings screen whose button says Save when editing, Install when new', async () => {
    expect(await (await fetch(`${web.url}/custom_configs`)).text()).toMatch(/<button id="install"[^>]*>Save</);
    await open({ iparams: {} });
    expect(await (await fetch(`${web.url}/custom_configs`)).text()).toMatch(/<button id="install"[^>]*>Install</);
    expect(await fetchConfigs()).toEqual({ hasIParam: true, customIParams: {} });
  });
});

describe('getConfigs(configs): what the page receives', () => {
  it('the stored values and __meta, without the secure values (the strict reading)', async () => {
    const { customIParams } = await fetchConfigs();
    expect(customIParams).toEqual({ ...IPARAM_VALUES, simpli_api_key: undefined, freshdesk_api_key: undefined, __meta: IPARAMS.__meta });
    expect(Object.keys(customIParams)).not.toContain('simpli_api_key');
    expect(JSON.stringify(customIParams)).not.toContain('secure-simpli-key');
  });

  it('the secure values too under the other reading (secureValuesToPage)', async () => {
    await open({ page: { secureValuesToPage: true } });
    expect((await fetchConfigs()).customIParams).toEqual(IPARAMS);
  });
});

describe('/custom_configs/store: what postConfigs() returned', () => {
  it('is stored, onAppInstall runs again with it, and __meta never reaches the payload', async () => {
    const { __meta, simpli_api_key: _omitted, ...rest } = IPARAMS;
    const posted = { ...rest, draft_style: 'formal', freshdesk_api_key: 'new-freshdesk-key', __meta };
    const reply = await post('/custom_configs/store', posted);
    expect(reply).toMatchObject({ status: 200, body: { stored: true, install: { ok: true, event: 'onAppInstall' } } });

    const run = platform.runs().at(-1)!;
    const payload = loggedJson<{ iparams: Record<string, unknown> }>(run);
    expect(payload.iparams).toMatchObject({ draft_style: 'formal' });
    expect(payload.iparams).not.toHaveProperty('__meta');
    // Secure values are withheld from payloads (the strict reading); the stored config holds them, and the secure
    // key the page left out (it never received it) keeps its stored value.
    expect(payload.iparams).not.toHaveProperty('freshdesk_api_key');
    expect(payload.iparams).not.toHaveProperty('simpli_api_key');
    expect(platform.storedConfig()).toEqual({ ...IPARAM_VALUES, draft_style: 'formal', freshdesk_api_key: 'new-freshdesk-key', __meta });
    expect(platform.installation.secureKeys).toEqual(new Set(['simpli_api_key', 'freshdesk_api_key']));
  });

  it('a blocked install keeps the previous settings and says why', async () => {
    const reply = await post('/custom_configs/store', { ...IPARAMS, draft_style: 'concise', probe_block_install: true });
    expect(reply).toEqual({ status: 422, body: { message: 'Blocked by the probe' } });
    expect(platform.storedConfig()).toEqual(IPARAMS);
  });

  it('refuses what is not a config, and a cross-site post', async () => {
    expect(await post('/custom_configs/store', ['not', 'an', 'object'])).toEqual({ status: 400, body: { message: 'postConfigs() must return an object' } });
    expect(await post('/custom_configs/store', { a: 1, __meta: { secure: 'a' } })).toEqual({ status: 400, body: { message: '__meta.secure must be an array of iparam names' } });
    const foreign = await fetch(`${web.url}/custom_configs/store`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'http://evil.example' },
      body: JSON.stringify({ a: 1 }),
    });
    expect(foreign.status).toBe(403);
    expect(platform.storedConfig()).toEqual(IPARAMS);
  });
});

describe('the page’s client (/custom_configs/dprouter)', () => {
  const call = (op: string, body: unknown) => post(`/custom_configs/dprouter/${op}`, body);

  it('runs templates with context in host and headers, which the sidebar may not', async () => {
    const context = { host: 'reply.simpli.example.com', simpli_api_key: 'typed-key' };
    const page = await call('invokeTemplate', { name: 'installCheckSimpliKey', args: { context } });
    expect(page).toMatchObject({ status: 200, body: { value: { status: 200 } } });
    expect(upstream.requests.at(-1)).toMatchObject({ path: '/api/v1/styles' });
    expect(upstream.requests.at(-1)?.headers['x-api-key']).toBe('typed-key');
    expect(platform.requestLog().at(-1)).toMatchObject({ caller: 'install_page', template: 'installCheckSimpliKey', status: 200 });

    const sidebar = await post('/dprouter/invokeTemplate', { name: 'installCheckSimpliKey', args: { context } });
    expect(sidebar).toMatchObject({ status: 400, body: { error: { errorSource: 'PLATFORM', response: 'Invalid context substitution: front-end templates cannot use context in host' } } });
  });

  it('reads a stored secure key into headers through the …Saved templates, never into the page', async () => {
    const reply = await call('invokeTemplate', { name: 'installCheckFreshdeskGroupsSaved', args: { context: { freshdesk_subdomain: 'acme', page: '1' } } });
    expect(reply.status).toBe(200);
    expect(platform.requestLog().at(-1)?.url).toMatch(/^https:\/\/acme\.freshdesk\.com\/api\/v2\/groups\?per_page=100&page=1$/);
    expect(upstream.requests.at(-1)?.headers.authorization).toBe(`Basic ${Buffer.from('secure-freshdesk-key').toString('base64')}`);
    expect(JSON.stringify(reply.body)).not.toContain('secure-freshdesk-key');
  });

  it('has iparams (non-secure, no __meta) once installed, no $db, and currentHost', async () => {
    const iparams = await call('iparams', {});
    expect(iparams.body.value).toEqual({ ...IPARAM_VALUES, simpli_api_key: undefined, freshdesk_api_key: undefined });
    expect(Object.keys(iparams.body.value)).not.toContain('__meta');
    expect(await call('iparams', { key: 'freshdesk_api_key' })).toMatchObject({ status: 403 });
    expect(await call('db/get', { key: 'anything' })).toMatchObject({ status: 400, body: { error: { message: expect.stringMatching(/no \$db/) } } });
    expect(await call('data', { name: 'currentHost' })).toMatchObject({
      status: 200,
      body: { value: { currentHost: { subscribed_modules: ['support_ticket'], endpoint_urls: { freshdesk: 'https://acme.freshdesk.com' } } } },
    });
    expect(await call('data', { name: 'ticket' })).toMatchObject({ status: 404 });
  });

  it('before install, iparams are empty', async () => {
    await open({ iparams: {} });
    expect((await call('iparams', {})).body.value).toEqual({});
  });
});
