/**
 * The built server.js: the platform loads the whole file for every invocation (docs/adr/0003-server-bundle.md), so
 * its size is load time. It carries zod/mini and nothing more of zod: full zod with its locales was ~860 KB of a
 * ~980 KB bundle, and one `import { z } from 'zod/mini'` (the namespace object, holding every locale) or a
 * `from 'zod'` brings it back. Which modules went in is read from esbuild's metafile for the same entry.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(__dirname, '../../..');

describe('the server bundle', () => {
  it('holds zod/mini and no full zod, no zod locale, and not the request templates file', async () => {
    const result = await build({ entryPoints: [join(root, 'server/server.ts')], bundle: true, platform: 'node', format: 'iife', write: false, metafile: true, logLevel: 'silent' });
    // Modules that put bytes into the output (the graph also lists those tree-shaking dropped).
    const output = Object.values(result.metafile.outputs)[0]!;
    const inputs = Object.entries(output.inputs).filter(([, used]) => used.bytesInOutput > 0).map(([file]) => file);
    expect(inputs.some((f) => f.includes('node_modules/zod/v4/mini/'))).toBe(true);
    expect(inputs.filter((f) => f.includes('node_modules/zod/v4/classic/') || f.includes('node_modules/zod/v4/locales/'))).toEqual([]);
    expect(inputs.filter((f) => f.endsWith('config/requests.json'))).toEqual([]);
  });

  it('is at most 120 KB as built (issue 12)', () => {
    expect(statSync(join(root, 'server/server.js')).size).toBeLessThanOrEqual(120 * 1024);
  });
});
