/**
 * Which files `npm run pack` ships (and therefore which ones the size and digest rules look at).
 * fdk pack ships app/**, server/**.js minus node_modules/test_data, config/**, manifest.json, README.md
 * (docs/platform.md "fdk pack", "Serverless runtime: server.js"). This project compiles TypeScript
 * into those folders, so it narrows that to what the platform loads.
 */

/** app/src/ is the esbuild input (scripts/build.mjs → app/scripts/); nothing in it is loaded by the browser. */
const APP_SOURCE_DIRS = ['src/'];
/**
 * TypeScript anywhere is source, never an asset; `node_modules` never ships (docs/platform.md
 * "Serverless runtime: server.js").
 */
const SOURCE_FILE = /\.(ts|tsx|mts|cts)$/i;

/** True for a path relative to app/ that belongs in the package. */
export function isShippedAppFile(rel: string): boolean {
  if (APP_SOURCE_DIRS.some((d) => rel.startsWith(d))) return false;
  if (rel.split('/').includes('node_modules')) return false;
  return !SOURCE_FILE.test(rel);
}

/** Directories under app/ the packer need not descend into. */
export const isSkippedAppDir = (rel: string): boolean =>
  APP_SOURCE_DIRS.some((d) => `${rel}/` === d) || rel.split('/').includes('node_modules');

/** From server/ only the bundle ships: server.ts and its modules are compiled into it (scripts/build.mjs). */
export const SERVER_FILES: readonly string[] = ['server.js'];

/** Root files shipped when present (docs/platform.md "fdk pack"). */
export const ROOT_FILES: readonly string[] = ['manifest.json', 'README.md'];
