import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { imageSize, type Size } from './image-size';
import { isObject } from './json';
import { isJunk } from './junk';
import { loadServerExports, type ServerLoad } from './server/load-exports';
import { sourceFacts, type SourceFacts } from './server/source-facts';
import { listFiles, type FoundFile } from './walk';

/** A JSON file of the app: absent, unparsable, or parsed. */
export interface JsonFile {
  file: string;
  present: boolean;
  value?: unknown;
  parseError?: string;
}

export interface ServerSnapshot {
  file: 'server/server.js';
  source?: string;
  load?: ServerLoad;
  facts?: SourceFacts;
}

/**
 * Everything the validators look at, read from disk once. The checks are pure functions of this object, so each
 * can be tested by itself and none touches the file system.
 */
export interface AppSnapshot {
  root: string;
  manifest: JsonFile;
  requests: JsonFile;
  iparams: JsonFile;
  /** config/entities.json (entity storage); absent for apps that declare no entities. */
  entities: JsonFile;
  hasIparamsHtml: boolean;
  /** config/iparams.html, when the app has a custom installation page. */
  iparamsHtml?: string;
  /** Files under config/assets/ (junk skipped), POSIX paths relative to it. */
  configAssets: string[];
  /** config/assets/iparams.js, where iparam `events` callbacks live (docs/platform.md "iparams.json rules"). */
  iparamsJs?: string;
  /** Top-level names in config/ (junk skipped); undefined when there is no config/ directory. */
  configEntries?: string[];
  /** Every file under app/ (junk skipped); undefined when there is no app/ directory. */
  appFiles?: FoundFile[];
  /** Pixel sizes of the PNG/SVG files under app/, keyed like `appFiles` paths (for the icon rule). */
  imageSizes: Map<string, Size>;
  server: ServerSnapshot;
}

export function readSnapshot(root: string): AppSnapshot {
  const manifest = readJson(root, 'manifest.json');
  const appDir = join(root, 'app');
  const appFiles = isDir(appDir) ? listFiles(appDir) : undefined;
  const imageSizes = new Map<string, Size>();
  for (const f of appFiles ?? []) {
    if (!/\.(png|svg)$/i.test(f.path)) continue;
    const size = imageSize(f.path, readFileSync(join(appDir, f.path)));
    if (size) imageSizes.set(f.path, size);
  }
  const configDir = join(root, 'config');
  const iparamsJsPath = join(configDir, 'assets', 'iparams.js');
  const iparamsHtmlPath = join(configDir, 'iparams.html');
  return {
    root,
    manifest,
    requests: readJson(root, 'config/requests.json'),
    iparams: readJson(root, 'config/iparams.json'),
    entities: readJson(root, 'config/entities.json'),
    hasIparamsHtml: existsSync(iparamsHtmlPath),
    iparamsHtml: existsSync(iparamsHtmlPath) ? readFileSync(iparamsHtmlPath, 'utf8') : undefined,
    configAssets: listFiles(join(configDir, 'assets')).map((f) => f.path),
    iparamsJs: existsSync(iparamsJsPath) ? readFileSync(iparamsJsPath, 'utf8') : undefined,
    configEntries: isDir(configDir) ? readdirSync(configDir).filter((n) => !isJunk(n)).sort() : undefined,
    appFiles,
    imageSizes,
    server: readServer(root, manifestDependencies(manifest.value)),
  };
}

function readServer(root: string, dependencies: string[]): ServerSnapshot {
  const path = join(root, 'server', 'server.js');
  if (!existsSync(path)) return { file: 'server/server.js' };
  const source = readFileSync(path, 'utf8');
  return {
    file: 'server/server.js',
    source,
    load: loadServerExports(source, dependencies),
    facts: sourceFacts(source),
  };
}

/** Names under manifest `dependencies` (docs/platform.md "Serverless runtime: server.js"), whatever their versions. */
export function manifestDependencies(manifest: unknown): string[] {
  const deps = isObject(manifest) ? manifest.dependencies : undefined;
  return isObject(deps) ? Object.keys(deps) : [];
}

function readJson(root: string, file: string): JsonFile {
  const path = join(root, ...file.split('/'));
  if (!existsSync(path)) return { file, present: false };
  try {
    return { file, present: true, value: JSON.parse(readFileSync(path, 'utf8')) as unknown };
  } catch (e) {
    return { file, present: true, parseError: e instanceof Error ? e.message : String(e) };
  }
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
