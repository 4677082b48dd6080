/**
 * The repository itself passes `npm run validate` (after the build). Builds first when server/server.js or the
 * installation page's bundle is missing, so the test also works on a fresh checkout; it fails until the app's own files exist.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { validateApp } from '../../devkit/fdk/validate';
import { REPO } from './fixture';

beforeAll(() => {
  if (!existsSync(join(REPO, 'server', 'server.js')) || !existsSync(join(REPO, 'config', 'assets', 'iparams.js'))) {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'pipe', timeout: 120_000 });
  }
}, 130_000);

it('the real app validates clean: no errors, no warnings', () => {
  expect(validateApp(REPO).map((p) => `${p.severity} ${p.file}: ${p.message}`)).toEqual([]);
});
