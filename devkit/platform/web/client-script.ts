/**
 * The local stand-in for fresh_client.js (docs/platform.md "Front end: bootstrapping and the frame",
 * "fdk run: the local harness"). Its source is TypeScript under ./client/ (type-checked with the rest of the tree); it
 * is bundled on first request with esbuild — already the project's bundler (scripts/build.mjs) — into one classic
 * ES2019 script, then cached for the process.
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where client/index.ts is: next to this file when run from source (ts-jest, tsc), or at
 * devkit/platform/web/client/ when this module is bundled into devkit/dist/*.js by scripts/build.mjs.
 */
export function defaultClientEntry(): string {
  const candidates = [join(__dirname, 'client', 'index.ts'), join(__dirname, '..', 'platform', 'web', 'client', 'index.ts')];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`fresh_client source not found; looked in ${candidates.join(', ')}`);
  return found;
}

const cache = new Map<string, Promise<string>>();

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    banner: { js: '/* Simpli devkit stand-in for the FDK fresh_client.js (docs/platform.md), made on the fly. */' },
    legalComments: 'none',
    logLevel: 'silent',
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error('esbuild produced no client script');
  return out.text;
}

/** The bundled client script (memoised per entry; a failed build is retried on the next call). */
export function clientScript(entry: string = defaultClientEntry()): Promise<string> {
  let pending = cache.get(entry);
  if (!pending) {
    pending = bundle(entry);
    cache.set(entry, pending);
    pending.catch(() => cache.delete(entry));
  }
  return pending;
}
