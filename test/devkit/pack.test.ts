/**
 * `npm run pack` (docs/platform.md "fdk pack"): what the zip holds, the digest, the 5 MB limit and the refusal to
 * pack an invalid app — on temporary copies of the app seeded with every kind of file that must not ship.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { unzipSync } from 'fflate';
import { packApp } from '../../devkit/fdk/pack/pack-app';
import { entryName } from '../../devkit/fdk/pack/zip';
import { cleanApps, editJson, makeApp, remove, write } from './fixture';

afterAll(cleanApps);

/** Everything a working tree may hold next to the app that fdk pack must leave out. */
function addNonShippingFiles(dir: string): void {
  write(dir, 'app/src/main.tsx', 'export {};\n');
  write(dir, 'app/src/fdk/client.ts', 'export {};\n');
  write(dir, 'app/scripts/types.d.ts', 'export {};\n');
  write(dir, 'app/widgets/panel.tsx', 'export {};\n');
  write(dir, 'app/node_modules/x/index.js', '');
  write(dir, 'app/.DS_Store', 'junk');
  write(dir, 'app/styles/Thumbs.db', 'junk');
  write(dir, 'server/server.ts', 'export {};\n');
  write(dir, 'server/handlers/ticket.ts', 'export {};\n');
  write(dir, 'server/lib/helper.js', 'exports.x = 1;\n');
  write(dir, 'server/test_data/support_ticket/onTicketCreate.json', '{}');
  write(dir, 'server/node_modules/lodash/index.js', '');
  write(dir, 'config/.env', 'SECRET=1');
  write(dir, 'test/devkit/pack.test.ts', '');
  write(dir, 'devkit/cli/pack.ts', '');
  write(dir, 'node_modules/fflate/index.js', '');
  write(dir, 'package.json', '{}');
  write(dir, 'tsconfig.json', '{}');
  write(dir, '.gitignore', 'dist/\n');
  write(dir, 'dist/old.zip', 'stale');
}

function unzip(path: string): Map<string, Uint8Array> {
  const files = unzipSync(readFileSync(path));
  return new Map(Object.entries(files).map(([name, data]) => [name, data]));
}

describe('pack', () => {
  it('writes dist/<app directory name>.zip holding exactly the shipped files', () => {
    const dir = makeApp('simpli-app');
    addNonShippingFiles(dir);
    const result = packApp(dir);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.zipPath).toBe(join(dir, 'dist', 'simpli-app.zip'));
    expect(basename(result.zipPath)).toBe(`${basename(dir)}.zip`);

    const zip = unzip(result.zipPath);
    const names = [...zip.keys()];
    expect(names.every((n) => n.startsWith('./'))).toBe(true); // FDK 6.9 entry naming (see zip.ts)
    expect(names.map(entryName).sort()).toEqual([
      'README.md',
      'app/fullpage.html',
      'app/index.html',
      'app/scripts/fullpage.js',
      'app/scripts/sidebar.js',
      'app/styles/images/icon.svg',
      'config/assets/iparams.css',
      'config/assets/iparams.js',
      'config/iparams.html',
      'config/requests.json',
      'digest.md5',
      'manifest.json',
      'server/server.js',
    ]);
    for (const n of names.map(entryName)) {
      expect(n).not.toMatch(/\.(ts|tsx)$/);
      expect(n).not.toMatch(/(^|\/)(test_data|node_modules|test|devkit|src)\//);
      expect(n.split('/').some((part) => part.startsWith('.'))).toBe(false);
    }
    expect(Buffer.from(zip.get('./manifest.json') ?? []).equals(readFileSync(join(dir, 'manifest.json')))).toBe(true);
    expect(Buffer.from(zip.get('./server/server.js') ?? []).equals(readFileSync(join(dir, 'server/server.js')))).toBe(true);
    expect(result.bytes).toBe(readFileSync(result.zipPath).byteLength);
  });

  it('adds digest.md5: the MD5 of the shipped app files in walk order, then manifest.json', () => {
    const dir = makeApp();
    addNonShippingFiles(dir);
    const result = packApp(dir);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const md5 = createHash('md5');
    for (const rel of ['app/fullpage.html', 'app/index.html', 'app/scripts/fullpage.js', 'app/scripts/sidebar.js', 'app/styles/images/icon.svg', 'manifest.json']) {
      md5.update(readFileSync(join(dir, rel)));
    }
    expect(Buffer.from(unzip(result.zipPath).get('./digest.md5') ?? []).toString('utf8')).toBe(md5.digest('hex'));
  });

  it('is reproducible: the same tree packs to the same bytes', () => {
    const dir = makeApp();
    const first = packApp(dir);
    const firstBytes = first.ok ? readFileSync(first.zipPath) : undefined;
    const second = packApp(dir);
    expect(second.ok && firstBytes?.equals(readFileSync(second.zipPath))).toBe(true);
  });

  it('refuses to pack when validation fails, and writes nothing', () => {
    const dir = makeApp('broken-app');
    editJson(dir, 'manifest.json', (m) => delete m.engines);
    const result = packApp(dir);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.stage).toBe('validate');
    expect(result.problems.map((p) => p.message)).toContain("must have required property 'engines'");
    expect(existsSync(join(dir, 'dist', 'broken-app.zip'))).toBe(false);
  });

  it('refuses to pack an installation page whose built assets are missing', () => {
    const dir = makeApp('unbuilt-app');
    remove(dir, 'config/assets/iparams.css');
    const result = packApp(dir);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.message)).toContain(
      'iparams.html loads assets/iparams.css, which config/assets/ does not have (build the page first: npm run build)',
    );
  });

  it('deletes a package over 5 MB (POST_PKG size check)', () => {
    const dir = makeApp('heavy-app');
    // Three incompressible files under the 2 MB per-file limit add up to more than 5 MB.
    for (const n of [1, 2, 3]) write(dir, `app/styles/images/photo${n}.png`, randomBytes(1_900_000));
    const result = packApp(dir);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.stage).toBe('size');
    expect(result.problems[0]?.message).toMatch(/^Package size exceeds the 5MB limit\./);
    expect(existsSync(join(dir, 'dist', 'heavy-app.zip'))).toBe(false);
  });
});
