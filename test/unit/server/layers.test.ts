/**
 * The server's layers as server/README.md draws them: the pure core (domain/) does no I/O and knows no workflow,
 * the workflows reach the platform only through ports.ts, and nothing but the entry and the adapters names fdk/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const server = join(__dirname, '../../../server');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Each file's imports as server-relative folders or files: "domain", "fdk", "ports.ts", "zod/mini" … */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/from '([^']+)'/g)].map(([, spec]) => {
    if (!spec!.startsWith('.')) return spec!;
    return relative(server, join(file, '..', spec!)).split('/')[0]!.replace(/^ports$/, 'ports.ts');
  });
}

const layer = (folder: string) => sources(join(server, folder)).map((file) => ({ file: relative(server, file), imports: importsOf(file) }));
const offending = (folder: string, forbidden: readonly string[]) => layer(folder).filter((f) => f.imports.some((i) => forbidden.includes(i))).map((f) => f.file);

describe('server layers', () => {
  it('domain/ names no workflow, handler, adapter or I/O library', () => {
    expect(offending('domain', ['workflows', 'handlers', 'fdk', 'server.ts'])).toEqual([]);
  });
  it('workflows/ and handlers/ reach the platform through ports.ts only, never fdk/', () => {
    expect(offending('workflows', ['fdk', 'handlers', 'server.ts'])).toEqual([]);
    expect(offending('handlers', ['fdk', 'server.ts'])).toEqual([]);
  });
  it('ports.ts and contracts/ depend on nothing in fdk/', () => {
    expect(importsOf(join(server, 'ports.ts')).filter((i) => i === 'fdk')).toEqual([]);
    expect(offending('contracts', ['fdk', 'workflows', 'handlers'])).toEqual([]);
  });
});
