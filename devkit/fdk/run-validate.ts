import { resolve } from 'node:path';
import { hasErrors } from './problem';
import { formatProblems } from './report';
import { validateApp } from './validate';

export interface CliIo {
  out: (line: string) => void;
  color: boolean;
}

/**
 * `npm run validate [-- <app-dir>]` (also `-d/--app-dir <dir>`, the fdk flag). Defaults to the current
 * directory, which npm sets to the repo root. Exit code 1 on any error, 0 otherwise (warnings don't fail).
 */
export function runValidate(argv: readonly string[], io: CliIo): number {
  const root = appDirFrom(argv);
  const problems = validateApp(root);
  for (const line of formatProblems('Validation failed due to the following issue(s):', problems, io)) io.out(line);
  if (hasErrors(problems)) return 1;
  if (problems.length > 0) io.out('');
  io.out('Validation Successful');
  return 0;
}

/** The app directory from `[dir]`, `-d dir` or `--app-dir dir`; the working directory otherwise. */
export function appDirFrom(argv: readonly string[]): string {
  const flag = argv.findIndex((a) => a === '-d' || a === '--app-dir');
  const dir = flag >= 0 ? argv[flag + 1] : argv.find((a) => !a.startsWith('-'));
  return resolve(dir ?? process.cwd());
}
