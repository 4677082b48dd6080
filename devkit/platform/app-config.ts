/**
 * What the runtime needs from the app's own files: manifest.json (§1.2: modules, events → handler, functions),
 * config/iparams.json (§3.1: secure keys, default values) and config/requests.json (§2.1, handed to the request
 * layer as is). Structural validation is `npm run validate`'s job; this reads leniently and fails only when the
 * runtime cannot work at all.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPlainObject } from './json';

export interface AppConfig {
  appDir: string;
  /** Event name → the module declaring it and the exported handler name (§1.2 `events`). */
  events: ReadonlyMap<string, { module: string; handler: string }>;
  /** SMI name → its declared `timeout` in seconds, if any (§1.2 `functions`, §4.12). */
  functions: ReadonlyMap<string, { timeoutSeconds?: number }>;
  /** Product modules (every module but `common`): the installation's `currentHost.subscribed_modules`. */
  productModules: string[];
  /** Keys declared `secure: true` (§3.1). */
  secureKeys: ReadonlySet<string>;
  /** `default_value` of every iparam that has one (§3.1). */
  iparamDefaults: Record<string, unknown>;
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

  const iparamsPath = join(appDir, 'config', 'iparams.json');
  const iparams = existsSync(iparamsPath) ? objectAt(readJson(iparamsPath)) : {};
  const secureKeys = new Set<string>();
  const iparamDefaults: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(iparams)) {
    const s = objectAt(spec);
    if (s.secure === true) secureKeys.add(key);
    if ('default_value' in s) iparamDefaults[key] = s.default_value;
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
    secureKeys,
    iparamDefaults,
    templates,
  };
}
