/**
 * The simulator page's files: page/index.html and page/style.css as they are, page/main.ts bundled by esbuild
 * on first request (the project's bundler; no build step before `npm start`), then cached for the process.
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** page/ next to this file (ts-jest, tsc), or devkit/simulator/page/ when bundled into devkit/dist/start.js. */
export function pageDir(): string {
  const candidates = [join(__dirname, 'page'), join(__dirname, '..', 'simulator', 'page')];
  const found = candidates.find((c) => existsSync(join(c, 'index.html')));
  if (!found) throw new Error(`simulator page not found; looked in ${candidates.join(', ')}`);
  return found;
}

export function readPageFile(name: 'index.html' | 'style.css'): Promise<string> {
  return readFile(join(pageDir(), name), 'utf8');
}

let script: Promise<string> | undefined;

export function pageScript(): Promise<string> {
  if (!script) {
    script = build({
      entryPoints: [join(pageDir(), 'main.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      legalComments: 'none',
      logLevel: 'silent',
    }).then((r) => {
      const out = r.outputFiles[0];
      if (!out) throw new Error('esbuild produced no page script');
      return out.text;
    });
    script.catch(() => {
      script = undefined; // retried on the next request
    });
  }
  return script;
}
