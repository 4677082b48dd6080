// `npm start` — the app running locally against the fakes, with the simulator page to watch and drive it.
// Logic in devkit/simulator/ (start-stack.ts); this file parses flags, prints, and stops cleanly on Ctrl-C.
import { parseArgs } from 'node:util';
import { fail, parsePort, stopOnSignal } from '../simulator/cli';
import { DEFAULT_PORT, describeInstall, describeStart, startStack } from '../simulator/start-stack';

const USAGE = `Usage: npm start -- [--port N] [--state-dir DIR]
  --port N         the simulator page (default ${DEFAULT_PORT}, or a free port when it is taken; 0 = a free port)
  --state-dir DIR  where the demo account, $db and $schedule persist (default .local-platform/)`;

// The platform runs app code that may leave a promise unhandled; that is the app's bug to see, not a crash.
process.on('unhandledRejection', (reason) => console.error('[start] unhandled rejection:', reason));

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { port: { type: 'string' }, 'state-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) return void console.log(USAGE);
  const port = parsePort(values.port, '--port');
  const stack = await startStack({
    ...(port !== undefined ? { port, strictPort: true } : {}),
    ...(values['state-dir'] !== undefined ? { stateDir: values['state-dir'] } : {}),
    echo: (line) => console.log(`[app] ${line}`),
    onError: (err) => console.error('[start]', err),
  });
  stopOnSignal(() => stack.close(), (l) => console.log(l));
  console.log(`Simpli for Freshdesk is running: ${stack.url}`);
  console.log(`  app settings (the installation page): ${stack.web.settingsUrl()}`);
  const fullPage = stack.web.fullPageUrl();
  if (fullPage !== undefined) console.log(`  full-page app (knowledge base and quality): ${fullPage}`);
  const urls = stack.fakes.urls();
  console.log(`  fakes: freshdesk ${urls.freshdesk}, ${Object.entries(urls.simpli).map(([n, u]) => `${n} ${u}`).join(', ')}`);
  console.log(`  state: ${stack.files.dir} (${describeStart(stack.deskStart)}; ${describeInstall(stack.install())})`);
  console.log("  the demo's open tickets arrive after the install, one every 10 s; the page shows how many have.");
  console.log('  Ctrl-C to stop.');
}

main().catch((err: unknown) => fail(err, USAGE));
