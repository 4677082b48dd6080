import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isShippedAppFile, isSkippedAppDir, ROOT_FILES, SERVER_FILES } from '../ship-rules';
import { listFiles } from '../walk';

/** One file to put in the package. */
export interface PackEntry {
  /** POSIX path relative to the app root, e.g. `app/index.html`. */
  path: string;
  abs: string;
}

/**
 * The files `npm run pack` ships, in fdk pack's order (FDK 6.9 `lib/cli/pack.js`: app, server, config,
 * manifest.json, README.md; digest.md5 is added by the packer). See ship-rules.ts for what is left out and why.
 */
export function selectFiles(root: string): { app: PackEntry[]; rest: PackEntry[] } {
  const under = (dir: string, rel: string): PackEntry => ({ path: `${dir}/${rel}`, abs: join(root, dir, ...rel.split('/')) });
  const app = listFiles(join(root, 'app'), isSkippedAppDir)
    .filter((f) => isShippedAppFile(f.path))
    .map((f) => under('app', f.path));
  const server = SERVER_FILES.filter((f) => isFile(join(root, 'server', f))).map((f) => under('server', f));
  const config = listFiles(join(root, 'config')).map((f) => under('config', f.path));
  const top = ROOT_FILES.filter((f) => isFile(join(root, f))).map((f) => ({ path: f, abs: join(root, f) }));
  return { app, rest: [...server, ...config, ...top] };
}

const isFile = (p: string): boolean => existsSync(p) && statSync(p).isFile();
