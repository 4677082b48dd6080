/** What `npm run validate` / `npm run pack` print and return (devkit/cli/*.ts are one-line wrappers of these). */
import { join } from 'node:path';
import { runPack } from '../../devkit/fdk/pack/run-pack';
import { appDirFrom, runValidate } from '../../devkit/fdk/run-validate';
import { cleanApps, editJson, makeApp } from './fixture';

afterAll(cleanApps);

function capture(run: (io: { out: (l: string) => void; color: boolean }) => number): { code: number; out: string[] } {
  const out: string[] = [];
  const code = run({ out: (l) => out.push(l), color: false });
  return { code, out };
}

describe('validate CLI', () => {
  it('says so when the app is clean', () => {
    const dir = makeApp();
    expect(capture((io) => runValidate([dir], io))).toEqual({ code: 0, out: ['Validation Successful'] });
  });

  it('lists errors before warnings and exits 1', () => {
    const dir = makeApp();
    editJson(dir, 'manifest.json', (m) => {
      delete m.engines;
      delete m.modules.common.requests.simpliKbStale;
    });
    const { code, out } = capture((io) => runValidate([dir], io));
    expect(code).toBe(1);
    expect(out).toEqual([
      'Validation failed due to the following issue(s):',
      "[ERROR] manifest.json: must have required property 'engines'",
      '',
      'Please ensure that the following are addressed for quick review process.',
      expect.stringMatching(/^\[WARN\] config\/requests\.json: request template 'simpliKbStale' is declared but not associated/),
    ]);
  });

  it('passes with warnings only', () => {
    const dir = makeApp();
    editJson(dir, 'manifest.json', (m) => delete m.modules.common.requests.simpliKbStale);
    const { code, out } = capture((io) => runValidate([dir], io));
    expect(code).toBe(0);
    expect(out.at(-1)).toBe('Validation Successful');
  });

  it('takes the app directory as an argument or -d/--app-dir, else the working directory', () => {
    expect(appDirFrom(['/tmp/a'])).toBe('/tmp/a');
    expect(appDirFrom(['-d', '/tmp/b'])).toBe('/tmp/b');
    expect(appDirFrom(['--app-dir', '/tmp/c'])).toBe('/tmp/c');
    expect(appDirFrom([])).toBe(process.cwd());
  });
});

describe('pack CLI', () => {
  it('prints the zip path and size', () => {
    const dir = makeApp('cli-app');
    const { code, out } = capture((io) => runPack([dir], io));
    expect(code).toBe(0);
    expect(out[0]).toBe(`App packed successfully at ${join('dist', 'cli-app.zip')}`);
    expect(out[1]).toMatch(new RegExp(`^${join(dir, 'dist', 'cli-app.zip')}: \\d+ bytes \\(\\d+\\.\\d KB\\), 13 files$`));
  });

  it('prints the validation errors and exits 1 when it refuses', () => {
    const dir = makeApp();
    editJson(dir, 'manifest.json', (m) => delete m.engines);
    const { code, out } = capture((io) => runPack([dir], io));
    expect(code).toBe(1);
    expect(out.slice(0, 2)).toEqual(['Packing failed due to the following issue(s):', "[ERROR] manifest.json: must have required property 'engines'"]);
  });
});
