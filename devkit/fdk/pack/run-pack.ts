import { relative } from 'node:path';
import { formatProblems } from '../report';
import { appDirFrom, type CliIo } from '../run-validate';
import { packApp } from './pack-app';

/** `npm run pack [-- <app-dir>]`: prints warnings, then the zip's path and size; exit 1 when packing failed. */
export function runPack(argv: readonly string[], io: CliIo): number {
  const root = appDirFrom(argv);
  const result = packApp(root);
  for (const line of formatProblems('Packing failed due to the following issue(s):', result.problems, io)) io.out(line);
  if (!result.ok) return 1;
  if (result.problems.length > 0) io.out('');
  io.out(`App packed successfully at ${relative(root, result.zipPath)}`);
  io.out(`${result.zipPath}: ${result.bytes} bytes (${(result.bytes / 1024).toFixed(1)} KB), ${result.entries.length} files`);
  return 0;
}
