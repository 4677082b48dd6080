/**
 * The installation page as `fdk run` serves it (FDK 6.9 lib/routes/configs.js, https://github.com/hemchander23/glitch-fdk-base; https://developers.freshworks.com/docs/app-sdk/v3.0/support_ticket/app-settings/custom-app-settings):
 *
 *   GET  /custom_configs                the settings screen: the page in a frame, an Install/Save button
 *   GET  /custom_configs/form           config/iparams.html, `{{{appclient}}}` substituted
 *   GET  /custom_configs/assets/<file>  config/assets/ (the page's script and style)
 *   GET  /custom_configs/fetch          { hasIParam, customIParams } — what getConfigs(configs) receives
 *   POST /custom_configs/store          the object postConfigs() returned → stored, onAppInstall runs again
 *   POST /custom_configs/dprouter/<op>  the page's `client`: templates with the installation page's rules,
 *                                       iparams (non-secure, once installed), data.get('currentHost'); no $db,
 *                                       no SMI
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { InstallPageBackend } from '../install-page';
import type { FrontendBackend } from '../types';
import { substituteAppclient } from './appclient';
import { type RouterContext } from './dprouter';
import { serveDprouter } from './dprouter-http';
import { postRefusal } from './guard';
import { BodyError, readJsonBody, sendJson, sendText } from './http-io';
import { renderInstallHostPage } from './install-host-page';
import { PATHS } from './protocol';
import { routerRejection } from './rejections';
import { contentTypeOf, resolveAppFile } from './static-files';

const NO_DB = { status: 400, message: 'The installation page has no $db: data storage is available once the app is installed' };

/** The page's `client` on the installation page's terms (no $db or $schedule before install). */
export function installPageFrontend(install: InstallPageBackend): FrontendBackend {
  const noDb = () => Promise.reject(NO_DB);
  return {
    invokeTemplate: (name, args) => install.invokeTemplate(name, args),
    // SMI may be called from the installation page on the real platform (without $db); this app does not, and
    // the local platform does not simulate it.
    invokeSmi: () => Promise.reject(routerRejection.smi(501, 'The local platform does not run SMI from the installation page')),
    db: { set: noDb, get: noDb, update: noDb, delete: noDb },
    publicIparams: () => install.publicIparams(),
    secureKeys: () => install.secureKeys(),
    async productData(name) {
      if (name === 'currentHost') return { currentHost: install.currentHost() };
      throw { status: 404, message: `"${name}" is not available on the installation page` };
    },
  };
}

export interface InstallPageRoutes {
  /** Handles `/custom_configs…`; answers false when `path` is not one of its routes. */
  handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean>;
}

export function installPageRoutes(options: {
  appDir: string;
  install: InstallPageBackend;
  /** The context shared with the sidebar's dprouter (interface log, editors), with the installation page's backend. */
  routerContext: Omit<RouterContext, 'backend' | 'secureKeys'>;
  port: () => number;
}): InstallPageRoutes {
  const { appDir, install } = options;
  const configDir = join(appDir, 'config');
  const backend = installPageFrontend(install);
  const ctx: RouterContext = {
    ...options.routerContext,
    backend,
    get secureKeys() {
      return install.secureKeys();
    },
  };

  const dprouter = (req: IncomingMessage, res: ServerResponse, op: string): Promise<void> => serveDprouter(req, res, op, ctx, options.port());

  async function store(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refusal = postRefusal(req, options.port());
    if (refusal) return sendJson(res, 403, { message: refusal });
    let body: unknown;
    try {
      body = await readJsonBody(req);
    } catch (err) {
      return sendJson(res, err instanceof BodyError ? err.status : 400, { message: err instanceof Error ? err.message : String(err) });
    }
    const outcome = await install.store(body);
    if (!outcome.ok) return sendJson(res, outcome.status, { message: outcome.message });
    const run = outcome.install;
    sendJson(res, 200, { stored: true, install: run ? { ok: run.ok, event: run.event, logs: run.logs } : null });
  }

  async function form(res: ServerResponse): Promise<void> {
    let html: string;
    try {
      html = await readFile(join(configDir, 'iparams.html'), 'utf8');
    } catch {
      return sendText(res, 404, 'This app has no custom installation page (config/iparams.html)');
    }
    sendText(res, 200, substituteAppclient(html), 'text/html; charset=utf-8');
  }

  async function asset(res: ServerResponse, rest: string): Promise<void> {
    // Only config/assets/: config/requests.json and the rest of config/ never reach the browser.
    const file = await resolveAppFile(join(configDir, 'assets'), rest);
    if (!file) return sendText(res, 404, 'Not found');
    const bytes = await readFile(file);
    res.writeHead(200, { 'Content-Type': contentTypeOf(file), 'Content-Length': bytes.length, 'Cache-Control': 'no-store' });
    res.end(bytes);
  }

  const base = PATHS.customConfigs;
  return {
    async handle(req, res, path) {
      const method = req.method ?? 'GET';
      if (method === 'POST' && path.startsWith(PATHS.installDprouter)) {
        await dprouter(req, res, path.slice(PATHS.installDprouter.length));
        return true;
      }
      if (method === 'POST' && path === `${base}/store`) {
        await store(req, res);
        return true;
      }
      if (method !== 'GET') return false;
      if (path === base) {
        sendText(res, 200, renderInstallHostPage(install.configsForPage() !== undefined), 'text/html; charset=utf-8');
      } else if (path === `${base}/form`) {
        await form(res);
      } else if (path.startsWith(`${base}/assets/`)) {
        await asset(res, path.slice(`${base}/assets/`.length));
      } else if (path === `${base}/fetch`) {
        const configs = install.configsForPage();
        sendJson(res, 200, { hasIParam: true, customIParams: configs ?? {} });
      } else {
        return false;
      }
      return true;
    },
  };
}
