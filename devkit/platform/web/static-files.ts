/**
 * Serves `<appDir>/app/**` at `/app/**` (docs/platform.md "App file layout", "fdk run: the local harness") and nothing
 * else from the app directory: a path that resolves outside app/ — through `..`, encoded `%2e%2e`, a backslash, or
 * a symlink — is refused, so config/ (requests.json, iparams.json) and server/ never reach the browser.
 */
import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export function isHtml(file: string): boolean {
  const ext = extname(file).toLowerCase();
  return ext === '.html' || ext === '.htm';
}

function inside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * The absolute file a `/app/<rest>` URL path names, or undefined when it is not a regular file inside app/.
 * `rest` is the raw (still percent-encoded) path after `/app/`, without the query string.
 */
export async function resolveAppFile(appRoot: string, rest: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  if (decoded.split('/').some((seg) => seg === '..')) return undefined;
  const root = resolve(appRoot);
  const candidate = resolve(root, ...decoded.split('/').filter((s) => s !== ''));
  if (!inside(root, candidate)) return undefined;
  try {
    // Symlinks: compare real paths too, so a link inside app/ cannot point at config/.
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!inside(realRoot, realFile)) return undefined;
    const info = await stat(realFile);
    return info.isFile() ? realFile : undefined;
  } catch {
    return undefined;
  }
}
