import { zipSync, type Zippable } from 'fflate';

/**
 * FDK 6.9 names every zip entry with a leading `./` ("our backend services expect file paths to start with
 * `./`" — `lib/cli/pack.js`), e.g. `./manifest.json`, `./app/index.html`. Kept for fidelity; readers should
 * strip it (see `entryName`).
 */
export const ENTRY_PREFIX = './';

/** Fixed timestamp so the same inputs always give the same bytes (zip dates are DOS local time, ≥ 1980). */
const MTIME = new Date(2000, 0, 1);
/** Already-compressed formats are stored; everything else is deflated at the highest level. */
const STORED = /\.(png|jpe?g|gif|webp|woff2?|zip|gz)$/i;

export interface ZipInput {
  path: string;
  data: Uint8Array;
}

export function buildZip(files: readonly ZipInput[]): Uint8Array {
  const tree: Zippable = {};
  for (const f of files) tree[`${ENTRY_PREFIX}${f.path}`] = [f.data, { level: STORED.test(f.path) ? 0 : 9, mtime: MTIME }];
  return zipSync(tree);
}

/** An entry's path without the `./` prefix. */
export const entryName = (name: string): string => (name.startsWith(ENTRY_PREFIX) ? name.slice(ENTRY_PREFIX.length) : name);
