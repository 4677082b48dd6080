/** config/iparams.html rules (FDK 6.9 `lib/validations/iparam.js` wording) on temporary copies of the app. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanApps, expectError, expectWarning, lines, makeApp, problemsOf, REPO, remove, write } from './fixture';

afterAll(cleanApps);

const PAGE = 'config/iparams.html';
const page = (body: string, head = '<script src="{{{appclient}}}"></script>') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

function withPage(html: string): string {
  const dir = makeApp();
  write(dir, PAGE, html);
  return dir;
}

describe('iparams.html', () => {
  it('the app’s own page passes: getConfigs and postConfigs declared inline, assets present', () => {
    const html = readFileSync(join(REPO, PAGE), 'utf8');
    expect(html).toContain('{{{appclient}}}');
    expect(problemsOf(makeApp())).toEqual([]);
  });

  it('wants getConfigs and postConfigs declared as functions in an inline script', () => {
    expectError(withPage(page('<script>function getConfigs(c) {}</script>')), 'Mandatory method(s) missing in iparams.html: postConfigs.', PAGE);
    expectError(withPage(page('<script>window.getConfigs = function () {}; var postConfigs = () => ({});</script>')), 'Mandatory method(s) missing in iparams.html: getConfigs,postConfigs.');
    // Inside another function they are not global declarations, and module scripts are not read (FDK 6.9 selector).
    expectError(withPage(page('<script>(function () { function getConfigs() {} function postConfigs() {} })();</script>')), 'getConfigs,postConfigs');
    expectError(withPage(page('<script type="module">function getConfigs() {} function postConfigs() {}</script>')), 'getConfigs,postConfigs');
    const ok = withPage(page('<script type="text/javascript">function getConfigs(c) {}\nfunction postConfigs() { return {}; }</script>'));
    expect(lines(problemsOf(ok))).toEqual([]);
  });

  it('wants every file it loads from the package under config/assets/, built', () => {
    const dir = makeApp();
    remove(dir, 'config/assets/iparams.js');
    expectError(dir, 'iparams.html loads assets/iparams.js, which config/assets/ does not have (build the page first: npm run build)', PAGE);
    const outside = withPage(page('<script src="../app/scripts/sidebar.js"></script><script>function getConfigs(){} function postConfigs(){}</script>'));
    expectError(outside, 'iparams.html loads ../app/scripts/sidebar.js: files of the installation page belong in config/assets/');
    const web = withPage(page('<link rel="stylesheet" href="https://cdn.example.com/x.css"><script src="./assets/iparams.js?v=2"></script><script>function getConfigs(){} function postConfigs(){}</script>'));
    expect(lines(problemsOf(web))).toEqual([]);
  });

  it('warns when the page does not load the platform client', () => {
    const dir = withPage(page('<script>function getConfigs(){} function postConfigs(){}</script>', ''));
    expectWarning(dir, 'iparams.html does not load the platform client');
    expect(lines(problemsOf(dir))).toEqual([]);
  });
});
