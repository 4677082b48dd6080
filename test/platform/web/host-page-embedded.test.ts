/**
 * The host page embedded in a local tool's own ticket page (`/host?ticket=<id>&embedder=<origin>`, as the
 * simulator frames it): the sidebar frame alone, and the client's interface messages passed up to the embedding
 * page — only to a loopback origin, never to a page on the web. Run in jsdom over real HTTP, the embedding page
 * being a jsdom window at that origin.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { fixtureServerForFile } from './fixture-server';
import { waitFor, type FdkApp } from './open-page';

const web = fixtureServerForFile();

interface Embedding {
  host: Window;
  messages: Array<{ origin: string; data: { kind?: string; action?: string; options?: unknown } }>;
  client(): Promise<Awaited<ReturnType<FdkApp['initialized']>>>;
  close(): void;
}

/** A page at `origin` that frames the host page for ticket 42 with `embedder`. */
async function embed(origin: string, embedder: string): Promise<Embedding> {
  const src = `${web.server.hostUrl(42)}&embedder=${encodeURIComponent(embedder)}`;
  const dom = new JSDOM(`<!doctype html><body><iframe id="host" src="${src}"></iframe></body>`, {
    url: `${origin}/ticket-page`,
    runScripts: 'dangerously',
    resources: 'usable',
    virtualConsole: new VirtualConsole(),
    pretendToBeVisual: true,
  });
  const messages: Embedding['messages'] = [];
  dom.window.addEventListener('message', (e) => messages.push({ origin: e.origin, data: e.data as Embedding['messages'][number]['data'] }));
  const frame = dom.window.document.getElementById('host') as HTMLIFrameElement;
  const host = await waitFor(() => (frame.contentWindow?.document.readyState === 'complete' ? frame.contentWindow : undefined), 'the host page');
  const client = async () => {
    const app = await waitFor(() => ((host.document.getElementById('app-frame') as HTMLIFrameElement | null)?.contentWindow as unknown as { app?: FdkApp } | null)?.app, 'the sidebar client');
    return app.initialized();
  };
  return { host: host as unknown as Window, messages, client, close: () => dom.window.close() };
}

it('shows the sidebar alone and passes setValue and showNotify up to a loopback embedder', async () => {
  const page = await embed('http://127.0.0.1:10001', 'http://127.0.0.1:10001');
  try {
    expect(page.host.document.body.className).toBe('embedded');
    const client = await page.client();
    await client.interface.trigger('setValue', { id: 'editor', text: '<p>Hello <b>Dana</b></p>' });
    await client.interface.trigger('showNotify', { type: 'success', message: 'Draft inserted' });
    await waitFor(() => page.messages.length === 2, 'both messages at the embedding page');
    expect(page.messages.map((m) => [m.data.kind, m.data.action])).toEqual([
      ['interface', 'setValue'],
      ['interface', 'showNotify'],
    ]);
    expect(page.messages[0]?.data.options).toEqual({ id: 'editor', text: '<p>Hello <b>Dana</b></p>' });
    expect(web.server.editorText(42)).toContain('<p>Hello <b>Dana</b></p>'); // the platform's record, as before
  } finally {
    page.close();
  }
});

it('passes nothing to an embedder on the web, and stays a plain host page', async () => {
  const page = await embed('https://evil.example', 'https://evil.example');
  try {
    expect(page.host.document.body.className).toBe('');
    const client = await page.client();
    await client.interface.trigger('setValue', { id: 'editor', text: 'secret draft' });
    await new Promise((r) => setTimeout(r, 200));
    expect(page.messages).toEqual([]);
  } finally {
    page.close();
  }
});
