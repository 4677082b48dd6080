/**
 * The host page (a stand-in for the Freshdesk ticket page) frames the sidebar and renders what the client posts
 * to window.parent: the reply editor receives `setValue`, notifications list `showNotify`, the frame follows
 * `instance.resize` (docs/platform.md "Front end: bootstrapping and the frame",
 * "Front end: the interface method and events"). Run in jsdom over real HTTP.
 */
import { createPlatformWebServer, type PlatformWebServer } from '../../../devkit/platform/web';
import { createFakeFrontendBackend } from './fake-frontend-backend';
import { createFixtureApp, type FixtureApp } from './fixture-app';
import { openPage, waitFor, type FdkApp, type OpenedPage } from './open-page';

let fixture: FixtureApp;
let server: PlatformWebServer;
let host: OpenedPage;

beforeAll(async () => {
  fixture = createFixtureApp();
  server = await createPlatformWebServer({ appDir: fixture.appDir, backend: createFakeFrontendBackend() });
  host = await openPage(server.hostUrl(42));
});
afterAll(async () => {
  host.close();
  await server.close();
  fixture.remove();
});

function frame(): HTMLIFrameElement {
  const el = host.window.document.getElementById('app-frame');
  if (!el) throw new Error('no app frame');
  return el as HTMLIFrameElement;
}

async function sidebarApp(): Promise<FdkApp> {
  return waitFor(() => (frame().contentWindow as unknown as { app?: FdkApp } | null)?.app, 'the sidebar client in the frame');
}

it('frames the sidebar page for the ticket', async () => {
  await sidebarApp();
  expect(frame().contentWindow?.location.href).toBe(server.pageUrl(42));
});

it('shows a draft inserted by the sidebar in the reply editor, and notifications', async () => {
  const client = await (await sidebarApp()).initialized();
  await client.interface.trigger('setValue', { id: 'editor', text: 'World' });
  await client.interface.trigger('setValue', { id: 'editor', text: 'Hello ', position: 'start' });
  await client.interface.trigger('showNotify', { type: 'success', title: 'Simpli', message: 'Draft inserted' });
  const editor = host.window.document.getElementById('reply-editor') as HTMLTextAreaElement;
  await waitFor(() => editor.value === 'Hello World', 'the editor to show the draft');
  await waitFor(() => host.window.document.querySelector('#notifications li')?.textContent === 'Simpli: Draft inserted', 'the notification');
  expect(server.editorText(42)).toBe('Hello World');
});

it('follows instance.resize (capped)', async () => {
  const client = await (await sidebarApp()).initialized();
  await client.instance.resize({ height: '900px' });
  await waitFor(() => frame().style.height === '700px', 'the frame to be resized');
});

it('fires app.deactivated into the frame from its button', async () => {
  const client = await (await sidebarApp()).initialized();
  const seen: string[] = [];
  client.events.on('app.deactivated', (e) => void seen.push(e.type));
  (host.window.document.getElementById('deactivate') as HTMLButtonElement).click();
  await waitFor(() => seen.length > 0, 'app.deactivated in the frame');
  expect(seen).toEqual(['app.deactivated']);
  expect(host.errors).toEqual([]);
});
