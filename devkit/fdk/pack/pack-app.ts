import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { MAX_PACKAGE_BYTES } from '../limits';
import type { Problem } from '../problem';
import { error, hasErrors } from '../problem';
import { validateApp } from '../validate';
import { digestOf } from './digest';
import { selectFiles } from './select';
import { buildZip } from './zip';

export type PackResult =
  | { ok: true; zipPath: string; bytes: number; entries: string[]; problems: Problem[] }
  | { ok: false; stage: 'validate' | 'size'; problems: Problem[] };

/**
 * `fdk pack` (docs/platform.md "fdk pack"): PRE_PKG validation (any error refuses), then `dist/<app-name>.zip`, then
 * the POST_PKG size check (over 5 MB deletes the zip). Like fdk pack, the app name is the app root directory's name
 * — for this repo checked out as /work/main that is `dist/main.zip` — not package.json's name.
 */
export function packApp(rootDir: string): PackResult {
  const root = resolve(rootDir);
  const problems = validateApp(root);
  if (hasErrors(problems)) return { ok: false, stage: 'validate', problems };

  const { app, rest } = selectFiles(root);
  const files = [...app, ...rest].map((f) => ({ path: f.path, data: readFileSync(f.abs) }));
  files.push({ path: 'digest.md5', data: Buffer.from(digestOf(root, app), 'utf8') });
  const zip = buildZip(files);

  const name = `${basename(root)}.zip`;
  const zipPath = join(root, 'dist', name);
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(zipPath, zip);
  if (zip.byteLength > MAX_PACKAGE_BYTES) {
    rmSync(zipPath, { force: true });
    return { ok: false, stage: 'size', problems: [error(`dist/${name}`, `Package size exceeds the 5MB limit. (${zip.byteLength} bytes)`)] };
  }
  return { ok: true, zipPath, bytes: zip.byteLength, entries: files.map((f) => f.path), problems };
}
