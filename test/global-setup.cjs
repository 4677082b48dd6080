// Tests load the BUILT server/server.js, sidebar and installation-page bundles, so they must never run against a stale build:
// rebuild when any source the bundles come from is newer than the bundle.
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    // config/assets/ is the installation page's build output, not a source.
    if (entry.name === 'node_modules' || entry.name === 'test_data' || entry.name === 'assets') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (/\.(ts|tsx|json|css)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

module.exports = async function globalSetup() {
  const bundle = join(root, 'server/server.js');
  const sources = Math.max(newestMtime(join(root, 'server')), newestMtime(join(root, 'app/src')), newestMtime(join(root, 'config')), statSync(join(root, 'manifest.json')).mtimeMs);
  if (!existsSync(bundle) || !existsSync(join(root, 'config/assets/iparams.js')) || statSync(bundle).mtimeMs < sources) {
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
  }
};
