/** A throwaway app directory shaped like the real one (manifest.json, app/, config/, server/). */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SECRET_MARKER = 'TOP-SECRET-CONFIG';

export interface FixtureApp {
  appDir: string;
  remove(): void;
}

function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

export function createFixtureApp(): FixtureApp {
  const root = mkdtempSync(join(tmpdir(), 'simpli-web-'));
  const appDir = join(root, 'simpli');
  write(
    join(appDir, 'manifest.json'),
    JSON.stringify({ 'platform-version': '3.0', modules: { support_ticket: { location: { ticket_sidebar: { url: 'index.html', icon: 'styles/images/icon.svg' } } } } }),
  );
  write(
    join(appDir, 'app', 'index.html'),
    '<!doctype html><html><head><script src="{{{appclient}}}"></script></head><body><div id="root">sidebar</div></body></html>',
  );
  write(join(appDir, 'app', 'views', 'modal.html'), '<html><head><script src="{{{appclient}}}"></script></head><body>modal {{{appclient}}}</body></html>');
  write(join(appDir, 'app', 'scripts', 'app.js'), 'console.log("{{{appclient}}} stays literal in JS");');
  write(join(appDir, 'app', 'styles', 'images', 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  write(join(appDir, 'app', 'my file.txt'), 'spaces work');
  write(join(appDir, 'config', 'requests.json'), JSON.stringify({ marker: SECRET_MARKER }));
  write(
    join(appDir, 'config', 'iparams.json'),
    JSON.stringify({
      simpli_triage_host: { display_name: 'Triage host', type: 'text' },
      simpli_api_key: { display_name: 'API key', type: 'text', secure: true },
      auto_triage: { display_name: 'Auto triage', type: 'checkbox' },
    }),
  );
  write(join(appDir, 'server', 'server.js'), `// ${SECRET_MARKER}`);
  write(join(root, 'outside.txt'), SECRET_MARKER);
  // A symlink inside app/ that points out of it must not be followed.
  symlinkSync(join(appDir, 'config'), join(appDir, 'app', 'linked-config'));
  return { appDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}
