/**
 * What the runtime needs from the app's own files: manifest.json (docs/platform.md "Manifest (platform 3.0)": modules,
 * events → handler, functions) and config/requests.json (docs/platform.md "Request templates: schema and options",
 * handed to the request layer as is). The installation's settings, and which of them are secure, come from the saved
 * config (installation-config.ts), not from a file: with a custom installation page (config/iparams.html) there is no
 * iparams.json to read. Structural validation is `npm run validate`'s job; this reads leniently and fails only when
 * the runtime cannot work at all.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPlainObject } from './json';

export interface AppConfig {
  appDir: string;
  /**
   * Event name → the module declaring it and the exported handler name (docs/platform.md "Manifest (platform 3.0)"
   * `events`).
   */
  events: ReadonlyMap<string, { module: string; handler: string }>;
  /**
   * SMI name → its declared `timeout` in seconds, if any (docs/platform.md "Manifest (platform 3.0)" `functions`,
   * docs/platform.md "Server method invocation (SMI)").
   */
  functions: ReadonlyMap<string, { timeoutSeconds?: number }>;
  /** Product modules (every module but `common`): the installation's `currentHost.subscribed_modules`. */
  productModules: string[];
  /** config/requests.json, parsed (the request layer validates it). */
  templates: Record<string, unknown>;
  /** config/entities.json, parsed, when the app has one: the entity store exists only then (entity/store.ts). */
  entities?: unknown;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const objectAt = (value: unknown): Record<string, unknown> => (isPlainObject(value) ? value : {});

export function readAppConfig(appDir: string): AppConfig {
  const manifestPath = join(appDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No manifest.json in ${appDir}`);
  const modules = objectAt(objectAt(readJson(manifestPath)).modules);

  const events = new Map<string, { module: string; handler: string }>();
  const functions = new Map<string, { timeoutSeconds?: number }>();
  for (const [module, declaration] of Object.entries(modules)) {
    for (const [event, spec] of Object.entries(objectAt(objectAt(declaration).events))) {
      const handler = objectAt(spec).handler;
      if (typeof handler === 'string') events.set(event, { module, handler });
    }
    for (const [name, spec] of Object.entries(objectAt(objectAt(declaration).functions))) {
      const timeout = objectAt(spec).timeout;
      functions.set(name, typeof timeout === 'number' ? { timeoutSeconds: timeout } : {});
    }
  }

  const requestsPath = join(appDir, 'config', 'requests.json');
  const templates = existsSync(requestsPath) ? objectAt(readJson(requestsPath)) : {};

  const entitiesPath = join(appDir, 'config', 'entities.json');
  const entities = existsSync(entitiesPath) ? readJson(entitiesPath) : undefined;

  return {
    ...(entities !== undefined ? { entities } : {}),
    appDir,
    events,
    functions,
    productModules: Object.keys(modules).filter((m) => m !== 'common'),
    templates,
  };
}
