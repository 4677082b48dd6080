import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackEntry } from './select';

/**
 * digest.md5 as FDK 6.9 writes it (`file-util.js` genDigestFile/writeToDigest, docs/platform.md "fdk pack"): the hex
 * MD5 of the contents of the app/ files, in walk order, followed by manifest.json — contents only, no names, no
 * newline. The FDK hashes every app/ file; we hash the app/ files we ship, so the digest matches the package.
 */
export function digestOf(root: string, appFiles: readonly PackEntry[]): string {
  const md5 = createHash('md5');
  for (const f of appFiles) md5.update(readFileSync(f.abs));
  md5.update(readFileSync(join(root, 'manifest.json')));
  return md5.digest('hex');
}
