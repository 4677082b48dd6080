/**
 * Throw-away copies of the app in os.tmpdir() for the validator and packer tests. Each starts from the repo's real
 * manifest.json, config/requests.json and config/iparams.html, plus its own server.js (shaped like
 * scripts/build.mjs output), index.html and fullpage.html, icon and installation-page assets, so the unit cases don't depend on the
 * lead's build; a test then breaks exactly one thing. `makeApp(name, 'json')` gives the app a standard
 * installation page instead (fixtures/iparams.json, the app's page before it had its own), for the iparams.json rules.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Problem, Severity } from '../../devkit/fdk/problem';
import { validateApp } from '../../devkit/fdk/validate';

export const REPO = resolve(__dirname, '../..');

const ICON = '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"><rect width="64" height="64"/></svg>';
const page = (script: string) =>
  `<!doctype html><html><head><script src="{{{appclient}}}"></script></head><body><div id="root"></div><script src="scripts/${script}"></script></body></html>\n`;
const INDEX_HTML = page('sidebar.js');
/** The manifest's `common.location.full_page_app` page. */
const FULLPAGE_HTML = page('fullpage.js');

/** Untyped on purpose: the tests reach into manifest/config JSON to break it. */
type Json = Record<string, any>;

const created: string[] = [];

/** A fresh, valid app. `name` becomes the directory's base name (= the zip's name). */
export function makeApp(name = 'fixture-app', page: 'html' | 'json' = 'html'): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'simpli-fdk-')), name);
  created.push(dirname(dir));
  for (const rel of ['manifest.json', 'config/requests.json']) {
    write(dir, rel, readFileSync(join(REPO, rel), 'utf8'));
  }
  if (page === 'json') {
    write(dir, 'config/iparams.json', readFileSync(join(__dirname, 'fixtures', 'iparams.json'), 'utf8'));
  } else {
    write(dir, 'config/iparams.html', readFileSync(join(REPO, 'config/iparams.html'), 'utf8'));
    write(dir, 'config/assets/iparams.js', '(function(){"use strict";window.simpliSettings={}})();\n');
    write(dir, 'config/assets/iparams.css', 'body{margin:0}\n');
  }
  write(dir, 'app/index.html', INDEX_HTML);
  write(dir, 'app/scripts/sidebar.js', '(function(){"use strict";console.log("sidebar")})();\n');
  write(dir, 'app/fullpage.html', FULLPAGE_HTML);
  write(dir, 'app/scripts/fullpage.js', '(function(){"use strict";console.log("fullpage")})();\n');
  write(dir, 'app/styles/images/icon.svg', ICON);
  write(dir, 'README.md', '# Fixture app\n');
  writeServerFor(dir);
  return dir;
}

/** Removes every app made so far (call from afterAll). */
export function cleanApps(): void {
  for (const d of created.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function write(dir: string, rel: string, content: string | Uint8Array): void {
  const path = join(dir, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

export function remove(dir: string, rel: string): void {
  rmSync(join(dir, rel), { recursive: true, force: true });
}

export function readJson(dir: string, rel: string): Json {
  return JSON.parse(readFileSync(join(dir, rel), 'utf8')) as Json;
}

export function editJson(dir: string, rel: string, edit: (j: Json) => void): void {
  const j = readJson(dir, rel);
  edit(j);
  write(dir, rel, JSON.stringify(j, null, 2));
}

/** Every handler and SMI name the manifest declares, as scripts/build.mjs collects them. */
export function declaredNames(manifest: Json): string[] {
  const names = new Set<string>();
  for (const mod of Object.values<Json>(manifest.modules ?? {})) {
    for (const ev of Object.values<Json>(mod.events ?? {})) names.add(String(ev.handler));
    for (const fn of Object.keys(mod.functions ?? {})) names.add(fn);
  }
  return [...names].sort();
}

/** server/server.js in the build's shape (IIFE + `exports = {…}`), exporting `names` (default: the manifest's). */
export function writeServerFor(dir: string, names: string[] = declaredNames(readJson(dir, 'manifest.json'))): void {
  const handlers = names.map((n) => `    ${JSON.stringify(n)}: function (payload) { renderData(null, { ok: true }); },`).join('\n');
  const footer = names.map((n) => `  ${n}: function (payload) { return __simpliServer.handlers[${JSON.stringify(n)}](payload); },`).join('\n');
  write(dir, 'server/server.js', `/* GENERATED */\nvar __simpliServer = (() => {\n  return { handlers: {\n${handlers}\n  } };\n})();\nexports = {\n${footer}\n};\n`);
}

/** The standard server.js with `prefix` (helper code, misuse under test) placed before it. */
export function writeServerWith(dir: string, prefix: string): void {
  writeServerFor(dir);
  write(dir, 'server/server.js', prefix + readFileSync(join(dir, 'server/server.js'), 'utf8'));
}

export const problemsOf = (dir: string): Problem[] => validateApp(dir);

/** `file: message` lines of one severity, for readable `toContain` assertions. */
export function lines(problems: readonly Problem[], severity: Severity = 'error'): string[] {
  return problems.filter((p) => p.severity === severity).map((p) => `${p.file}: ${p.message}`);
}

/** Asserts the app has an error whose message contains `text` (and returns the matching lines). */
export function expectError(dir: string, text: string, file?: string): void {
  const found = problemsOf(dir).filter((p) => p.severity === 'error' && p.message.includes(text) && (file === undefined || p.file === file));
  if (found.length === 0) throw new Error(`no error containing ${JSON.stringify(text)}; got:\n${lines(problemsOf(dir), 'error').join('\n') || '(none)'}`);
}

export function expectWarning(dir: string, text: string): void {
  const found = problemsOf(dir).filter((p) => p.severity === 'warning' && p.message.includes(text));
  if (found.length === 0) throw new Error(`no warning containing ${JSON.stringify(text)}; got:\n${lines(problemsOf(dir), 'warning').join('\n') || '(none)'}`);
}
