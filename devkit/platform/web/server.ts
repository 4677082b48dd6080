/**
 * The local platform's web server for the front end (docs/platform.md "fdk run: the local harness"): serves the app's
 * pages with `{{{appclient}}}` substituted, the client script, the `/dprouter` JSON endpoints the client calls, a host
 * page, and the interface log tests read. Built on a FrontendBackend only (../types.ts), never on the whole platform.
 *
 * Routes (protocol.ts PATHS):
 *   GET    /app/<file>[?ticket=<id>]   app/ files; a page is opened for a ticket as /app/index.html?ticket=42
 *   GET    /fdk/fresh_client.js        the client script
 *   POST   /dprouter/<op>              JSON API (ops in protocol.ts); reply { value } | { error }
 *   GET    /devkit/interface-log       { entries: InterfaceLogEntry[] };  DELETE clears it (and the editors)
 *   GET    /devkit/editor?ticket=<id>  { text } of the simulated reply editor
 *   GET    /fdk/events?ticket=<id>     the page's event stream (ticket-events.ts): what emitTicketEvent() fires
 *   GET    /host?ticket=<id>           host page framing the sidebar;  GET / redirects there
 *   …      /custom_configs…            the installation page, when an InstallPageBackend is given (install-page.ts)
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { systemClock } from '../clock';
import type { InstallPageBackend } from '../install-page';
import type { Clock, FrontendBackend } from '../types';
import { clientScript, defaultClientEntry } from './client-script';
import { type RouterContext } from './dprouter';
import { serveDprouter } from './dprouter-http';
import { createEditorStore } from './editor-state';
import { allowedHosts, hostIsAllowed } from './guard';
import { readFullPageUrl, renderHostPage, readSidebarUrl } from './host-page';
import { sendJson, sendText } from './http-io';
import type { ConfirmChoice } from './interface-actions';
import { createInterfaceLog, type InterfaceLogEntry } from './interface-log';
import { installPageRoutes } from './install-page';
import { PATHS } from './protocol';
import { serveAppFile } from './serve-app';
import { readSecureKeys } from './secure-iparams';
import { resolveAppFile } from './static-files';
import { createTicketEventHub } from './ticket-events';

export interface PlatformWebServerOptions {
  /** The app root: the directory holding manifest.json, app/ and config/. */
  appDir: string;
  backend: FrontendBackend;
  /** 0 or absent: a free port. Always bound to 127.0.0.1. */
  port?: number;
  /** Stamps interface-log entries; defaults to the system clock. */
  clock?: Clock;
  /**
   * Which button the headless agent clicks in `showConfirm` (docs/platform.md
   * "Front end: the interface method and events"). Default "save".
   */
  confirmChoice?: ConfirmChoice;
  /** Override the client script's TypeScript entry (tests of the script loader only). */
  clientEntry?: string;
  /** Serves the installation page at /custom_configs (config/iparams.html) on this installation. */
  installPage?: InstallPageBackend;
}

export interface PlatformWebServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  readonly port: number;
  /** URL of an app page opened for a ticket: `<url>/app/index.html?ticket=42`. */
  pageUrl(ticketId?: number, page?: string): string;
  /** URL of the host page (sidebar framed next to a reply editor). */
  hostUrl(ticketId?: number): string;
  /** URL of the settings screen around the installation page (`/custom_configs`). */
  settingsUrl(): string;
  /** URL of the app's `full_page_app` page (`<url>/app/fullpage.html?location=full_page_app`); undefined without one. */
  fullPageUrl(): string | undefined;
  /** Interface/instance calls so far, oldest first (same as GET /devkit/interface-log). */
  interfaceLog(): InterfaceLogEntry[];
  /** Empties the interface log and every simulated editor. */
  clearInterfaceLog(): void;
  /** What the simulated reply editor of a ticket page holds after the app's `setValue` calls. */
  editorText(ticketId?: number): string;
  setConfirmChoice(choice: ConfirmChoice): void;
  /**
   * Fires a front-end event into every open page of the ticket, as the Freshdesk ticket page does
   * (`client.events.on(name, cb)`; `data` is what `event.helper.getData()` answers; docs/platform.md
   * "Front end: events the ticket sidebar receives"). Answers how many pages it reached.
   */
  emitTicketEvent(ticketId: number, name: string, data?: unknown): number;
  /** Pages of the ticket open now that would receive emitTicketEvent. */
  ticketEventListeners(ticketId: number): number;
  close(): Promise<void>;
}

function splitUrl(raw: string): { path: string; query: URLSearchParams } {
  const q = raw.indexOf('?');
  return { path: q < 0 ? raw : raw.slice(0, q), query: new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)) };
}

function ticketParam(query: URLSearchParams): number | undefined {
  const t = Number(query.get('ticket') ?? NaN);
  return Number.isInteger(t) && t > 0 ? t : undefined;
}

export async function createPlatformWebServer(options: PlatformWebServerOptions): Promise<PlatformWebServer> {
  const { appDir, backend } = options;
  const appRoot = join(appDir, 'app');
  const clientEntry = options.clientEntry ?? defaultClientEntry();
  const log = createInterfaceLog(options.clock ?? systemClock);
  const editors = createEditorStore();
  const ticketEvents = createTicketEventHub();
  let confirmChoice: ConfirmChoice = options.confirmChoice ?? 'save';
  const declaredSecure = readSecureKeys(appDir);
  const ctx: RouterContext = {
    backend,
    // Keys config/iparams.json declares and keys the saved config's __meta.secure names (iparams.html apps).
    get secureKeys() {
      return new Set([...declaredSecure, ...(backend.secureKeys?.() ?? [])]);
    },
    log,
    editors,
    confirmChoice: () => confirmChoice,
    templateExists: async (template) => (await resolveAppFile(appRoot, template.replace(/^\/+/, ''))) !== undefined,
  };
  let port = 0;
  const installRoutes = options.installPage
    ? installPageRoutes({ appDir, install: options.installPage, routerContext: ctx, port: () => port })
    : undefined;

  const dprouter = (req: IncomingMessage, res: ServerResponse, op: string): Promise<void> => serveDprouter(req, res, op, ctx, port);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostIsAllowed(req, port)) return sendText(res, 403, 'Unexpected Host header');
    const { path, query } = splitUrl(req.url ?? '/');
    const method = req.method ?? 'GET';
    if (method === 'POST' && path.startsWith(PATHS.dprouter)) return dprouter(req, res, path.slice(PATHS.dprouter.length));
    if (installRoutes && (path === PATHS.customConfigs || path.startsWith(`${PATHS.customConfigs}/`))) {
      if (await installRoutes.handle(req, res, path)) return;
    }
    if (path === PATHS.interfaceLog && method === 'DELETE') {
      log.clear();
      editors.clear();
      res.writeHead(204).end();
      return;
    }
    if (method !== 'GET') return sendText(res, 405, 'Method not allowed');
    if (path.startsWith(PATHS.app)) return serveAppFile(res, appRoot, path.slice(PATHS.app.length));
    if (path === PATHS.clientScript) return sendText(res, 200, await clientScript(clientEntry), 'text/javascript; charset=utf-8');
    if (path === PATHS.interfaceLog) return sendJson(res, 200, { entries: log.entries() });
    if (path === PATHS.editor) return sendJson(res, 200, { text: editors.text(ticketParam(query)) });
    if (path === PATHS.events) return openEventStream(req, res, ticketParam(query));
    if (path === PATHS.host) return sendText(res, 200, renderHostPage(readSidebarUrl(appDir), ticketParam(query)), 'text/html; charset=utf-8');
    if (path === '/') {
      res.writeHead(302, { Location: PATHS.host }).end();
      return;
    }
    sendText(res, 404, 'Not found');
  }

  function openEventStream(req: IncomingMessage, res: ServerResponse, ticketId: number | undefined): void {
    // Only this server's own pages: a foreign page's EventSource sends its Origin.
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts(port).has(origin.replace(/^http:\/\//i, '').toLowerCase())) return sendText(res, 403, 'Foreign origin');
    if (ticketId === undefined) return sendText(res, 400, 'ticket=<id> is required');
    ticketEvents.subscribe(req, res, ticketId);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendText(res, 500, `Local platform error: ${err instanceof Error ? err.message : String(err)}`);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    port,
    pageUrl: (ticketId, page = readSidebarUrl(appDir)) =>
      `${url}${PATHS.app}${page.replace(/^\/+/, '')}${ticketId === undefined ? '' : `?ticket=${ticketId}`}`,
    hostUrl: (ticketId) => `${url}${PATHS.host}${ticketId === undefined ? '' : `?ticket=${ticketId}`}`,
    settingsUrl: () => `${url}${PATHS.customConfigs}`,
    fullPageUrl: () => {
      const page = readFullPageUrl(appDir);
      return page === undefined ? undefined : `${url}${PATHS.app}${page.replace(/^\/+/, '')}?location=full_page_app`;
    },
    interfaceLog: () => log.entries(),
    clearInterfaceLog() {
      log.clear();
      editors.clear();
    },
    editorText: (ticketId) => editors.text(ticketId),
    setConfirmChoice(choice) {
      confirmChoice = choice;
    },
    emitTicketEvent: (ticketId, name, data) => ticketEvents.emit(ticketId, data === undefined ? { name } : { name, data }),
    ticketEventListeners: (ticketId) => ticketEvents.listeners(ticketId),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
