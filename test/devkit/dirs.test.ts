/**
 * config/ and app/ directory rules (docs/platform.md "App file layout", "iparams.json rules", "fdk validate", "Limits")
 * on temporary copies of the app.
 */
import { MAX_APP_FILE_BYTES } from '../../devkit/fdk/limits';
import { cleanApps, expectError, lines, makeApp, problemsOf, remove, write } from './fixture';

afterAll(cleanApps);

describe('config directory', () => {
  it('holds only known files', () => {
    const dir = makeApp();
    write(dir, 'config/notes.txt', 'x');
    expectError(dir, 'Config directory has invalid file(s) - notes.txt', 'config/');
  });

  it('ignores dotfiles and OS junk', () => {
    const dir = makeApp();
    write(dir, 'config/.DS_Store', 'x');
    write(dir, 'config/Thumbs.db', 'x');
    expect(problemsOf(dir)).toEqual([]);
  });

  it('takes iparams.json or iparams.html, not both, not neither', () => {
    expect(problemsOf(makeApp('html-page'))).toEqual([]);
    expect(problemsOf(makeApp('json-page', 'json'))).toEqual([]);
    const dir = makeApp();
    write(dir, 'config/iparams.json', '{}');
    expectError(dir, 'Unsupported File(s). Specify either iparams.html or iparams.json');
    remove(dir, 'config/iparams.html');
    remove(dir, 'config/iparams.json');
    expectError(dir, 'iparams.json is mandatory.');
  });

  it('is mandatory', () => {
    const dir = makeApp();
    remove(dir, 'config');
    expectError(dir, 'Mandatory folder(s) missing: config');
  });
});

describe('app directory', () => {
  it('rejects a shipped file over 2 MB', () => {
    const dir = makeApp();
    write(dir, 'app/scripts/vendor.js', Buffer.alloc(MAX_APP_FILE_BYTES + 1, 0x61));
    expectError(dir, 'App file exceeds threshold size(2MB): app/scripts/vendor.js', 'app/scripts/vendor.js');
  });

  it('does not measure sources that never ship', () => {
    const dir = makeApp();
    write(dir, 'app/src/generated.ts', Buffer.alloc(MAX_APP_FILE_BYTES + 1, 0x61));
    expect(lines(problemsOf(dir))).toEqual([]);
  });

  it('is mandatory when a location is declared', () => {
    const dir = makeApp();
    remove(dir, 'app');
    expectError(dir, 'Mandatory folder(s) missing: app');
  });
});
