/**
 * The platform web server's pages (docs/platform.md "Front end: bootstrapping and the frame",
 * "fdk run: the local harness"): app/ files, {{{appclient}}}, containment.
 */
import { Script } from 'node:vm';
import { createPlatformWebServer } from '../../../devkit/platform/web';
import { createFakeFrontendBackend } from './fake-frontend-backend';
import { fixtureServerForFile } from './fixture-server';
import { SECRET_MARKER } from './fixture-app';
import { rawRequest } from './http-helpers';

const web = fixtureServerForFile();

describe('HTML pages', () => {
  it('replaces every {{{appclient}}} with the client script URL', async () => {
    const res = await fetch(web.server.pageUrl(42));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).not.toContain('{{{appclient}}}');
    expect(html).toContain('<script src="/fdk/fresh_client.js"></script>');
  });

  it('substitutes in nested pages too (modals), every occurrence', async () => {
    const html = await (await fetch(`${web.server.url}/app/views/modal.html`)).text();
    expect(html.match(/\/fdk\/fresh_client\.js/g)).toHaveLength(2);
  });

  it('serves other files byte-for-byte with their content type', async () => {
    const js = await fetch(`${web.server.url}/app/scripts/app.js`);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await js.text()).toContain('{{{appclient}}} stays literal');
    const svg = await fetch(`${web.server.url}/app/styles/images/icon.svg`);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(await (await fetch(`${web.server.url}/app/my%20file.txt`)).text()).toBe('spaces work');
  });

  it('pageUrl follows the ?ticket= scheme and the manifest sidebar url', () => {
    expect(web.server.pageUrl(42)).toBe(`${web.server.url}/app/index.html?ticket=42`);
    expect(web.server.pageUrl()).toBe(`${web.server.url}/app/index.html`);
    expect(web.server.hostUrl(7)).toBe(`${web.server.url}/host?ticket=7`);
  });
});

describe('containment: nothing outside app/ is served', () => {
  const attempts = [
    '/app/../config/requests.json',
    '/app/../server/web.server.js',
    '/app/../../outside.txt',
    '/app/%2e%2e/config/requests.json',
    '/app/%2E%2E%2Fconfig%2Frequests.json',
    '/app/scripts/..%2f..%2fconfig/requests.json',
    '/app/..%5cconfig%5crequests.json',
    '/app/%00index.html',
    '/app/linked-config/requests.json',
    '/config/requests.json',
    '/manifest.json',
    '/app/',
    '/app/scripts',
    '/app/%E0%A4%A',
  ];
  it.each(attempts)('refuses %s with 404', async (path) => {
    const res = await rawRequest(web.server.url, path);
    expect(res.status).toBe(404);
    expect(res.text).not.toContain(SECRET_MARKER);
  });
});

describe('the client script', () => {
  it('is served as JavaScript and parses as a classic ES2019 script', async () => {
    const res = await fetch(`${web.server.url}/fdk/fresh_client.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    const code = await res.text();
    expect(() => new Script(code)).not.toThrow();
    expect(code).not.toMatch(/\?\?|\?\./); // lowered to ES2019: no ?? or ?.
    expect(code).toContain('/dprouter/');
  });
});

describe('the client script loader', () => {
  it('answers 500 (not a hang) when the client source cannot be built', async () => {
    const broken = await createPlatformWebServer({
      appDir: web.fixture.appDir,
      backend: createFakeFrontendBackend(),
      clientEntry: `${web.fixture.appDir}/no-such-client.ts`,
    });
    const res = await fetch(`${broken.url}/fdk/fresh_client.js`);
    expect(res.status).toBe(500);
    expect(await res.text()).toMatch(/^Local platform error/);
    await broken.close();
  });
});

describe('host page and other routes', () => {
  it('frames the sidebar for the ticket next to a reply editor', async () => {
    const html = await (await fetch(web.server.hostUrl(42))).text();
    expect(html).toContain('src="/app/index.html?ticket=42"');
    expect(html).toContain('id="reply-editor"');
  });

  it('redirects / to the host page', async () => {
    const res = await rawRequest(web.server.url, '/');
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/host');
  });

  it('answers 404 for unknown paths and 405 for other methods', async () => {
    expect((await rawRequest(web.server.url, '/nope')).status).toBe(404);
    expect((await rawRequest(web.server.url, '/app/index.html', { method: 'PUT' })).status).toBe(405);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await rawRequest(web.server.url, '/app/index.html', { headers: { Host: 'evil.example:80' } });
    expect(res.status).toBe(403);
    const ok = await rawRequest(web.server.url, '/app/index.html', { headers: { Host: `localhost:${web.server.port}` } });
    expect(ok.status).toBe(200);
  });
});
