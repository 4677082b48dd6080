import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isJunk } from './junk';

export interface FoundFile {
  /** POSIX path relative to the walked directory. */
  path: string;
  size: number;
}

/**
 * Every file under `dir`, junk skipped, in the order the FDK reads them: names sorted with the default JS sort
 * and sub-directories expanded where they sort (node-dir `readFiles`, which FDK 6.9 uses for both the zip and
 * digest.md5 — docs/platform.md "fdk pack"). The order matters because the digest hashes the files' concatenation.
 * `skipDir(relPath)` prunes a sub-tree. A missing `dir` yields no files.
 */
export function listFiles(dir: string, skipDir: (rel: string) => boolean = () => false): FoundFile[] {
  const out: FoundFile[] = [];
  const walk = (abs: string, rel: string): void => {
    let names: string[];
    try {
      names = readdirSync(abs);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      if (isJunk(name)) continue;
      const childAbs = join(abs, name);
      const childRel = rel === '' ? name : `${rel}/${name}`;
      const st = statSync(childAbs);
      if (st.isDirectory()) {
        if (!skipDir(childRel)) walk(childAbs, childRel);
      } else if (st.isFile()) {
        out.push({ path: childRel, size: st.size });
      }
    }
  };
  walk(dir, '');
  return out;
}
