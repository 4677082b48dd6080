/**
 * The built server.js carries zod/mini and nothing more of zod: the platform loads the whole file for every
 * invocation (docs/adr/0003-server-bundle.md), and full zod with its locales was ~860 KB of a ~980 KB bundle.
 * One `import { z } from 'zod/mini'` (the namespace object, which holds every locale) or a `from 'zod'` brings
 * it back; both show here.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const bundle = join(__dirname, '../../../server/server.js');

describe('the server bundle', () => {
  it('holds no full zod and no zod locale', () => {
    const code = readFileSync(bundle, 'utf8');
    expect(code).toContain('node_modules/zod/v4/mini/');
    expect(code).not.toContain('node_modules/zod/v4/classic/');
    expect(code).not.toContain('node_modules/zod/v4/locales/');
  });

  it('stays under 320 KB unminified', () => {
    expect(statSync(bundle).size).toBeLessThan(320 * 1024);
  });
});
