// `npm run fakes` — every fake on loopback; prints ONE line of JSON with their base URLs on stdout, runs until
// killed. Tools outside the test suite read that line. Logic in devkit/simulator/fakes.ts.
import { createFreshdeskFake } from '../fakes/freshdesk';
import { demoAccount, DEMO_SIMPLI_API_KEY } from '../demo';
import { fail, parsePortFlags, stopOnSignal } from '../simulator/cli';
import { FAKE_NAMES, startFakes } from '../simulator/fakes';

const USAGE = `Usage: npm run fakes -- [--triage-port N] [--reply-port N] [--sentiment-port N] [--qa-port N] [--kb-port N] [--freshdesk-port N]
Prints {"simpli":{"triage":URL,"reply":URL,"sentiment":URL,"qa":URL,"kb":URL},"freshdesk":URL} and runs until killed.
Freshdesk is the demo account (devkit/demo); Simpli expects X-API-Key ${DEMO_SIMPLI_API_KEY}.`;

async function main(): Promise<void> {
  const { ports, help } = parsePortFlags(process.argv.slice(2), FAKE_NAMES);
  if (help) return void console.log(USAGE);
  const fakes = await startFakes({ freshdesk: createFreshdeskFake(demoAccount()), simpliApiKey: DEMO_SIMPLI_API_KEY, ports });
  stopOnSignal(() => fakes.close(), (l) => console.error(l));
  console.log(JSON.stringify(fakes.urls()));
  console.error('Fakes running (Ctrl-C to stop).');
}

main().catch((err: unknown) => fail(err, USAGE));
