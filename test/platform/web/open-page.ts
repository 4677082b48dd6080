/**
 * Opens a served page in jsdom the way a browser would: the HTML, the substituted `{{{appclient}}}` script and
 * every dprouter call go over real HTTP to the platform web server.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import type { FdkClient } from '../../../devkit/platform/web/client/client';

export interface FdkApp {
  initialized(): Promise<FdkClient>;
}

export interface OpenedPage {
  dom: JSDOM;
  window: JSDOM['window'];
  /** Errors the page's scripts raised (uncaught errors, failed script loads). */
  errors: unknown[];
  app(): FdkApp;
  close(): void;
}

export async function waitFor<T>(probe: () => T | undefined | false, what: string, timeoutMs = 3000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export async function openPage(url: string): Promise<OpenedPage> {
  const errors: unknown[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (e) => errors.push(e));
  const dom = await JSDOM.fromURL(url, { runScripts: 'dangerously', resources: 'usable', virtualConsole, pretendToBeVisual: true });
  const window = dom.window;
  await waitFor(() => window.document.readyState === 'complete', `${url} to load`);
  return {
    dom,
    window,
    errors,
    app: () => {
      const app = (window as unknown as { app?: FdkApp }).app;
      if (!app) throw new Error('The page has no global app: {{{appclient}}} did not load');
      return app;
    },
    close: () => window.close(),
  };
}

/** Settles a promise into a value the test can assert on either way. */
export async function settle<T>(p: Promise<T>): Promise<{ resolved: T } | { rejected: unknown }> {
  try {
    return { resolved: await p };
  } catch (rejected) {
    return { rejected };
  }
}
