/**
 * `secret_leaks` (issue 10): the places a demo key turns up in — as written or Base64-encoded as a Basic header
 * carries it — among everything the app ships, serves to the browser, writes or logs:
 *  - the front-end files the build writes (shipped app/ files, config/assets/, config/iparams.html);
 *  - every entry of the zip `npm run pack` makes (packed from a temporary copy of the shipped files);
 *  - what the browser client receives: `client.iparams.get()` (whole and per key), the sidebar page, the SMI
 *    Retry's answer and the front-end templates' answers, all through the local platform's /dprouter as
 *    `client` calls it;
 *  - the logs of a full simulated lifecycle on the demo account — install, create, customer reply, agent reply,
 *    resolve, a rejected key fixed by the SMI Retry, a failure deferred to a schedule that then fires — and of
 *    installs on the fresh account, with a key lacking admin rights and with a rejected key (also looked for):
 *    handler log lines and results, the platform's template log, `$db`, schedule data, the fakes' request logs
 *    (which hold no headers: the keys they legitimately receive are not recorded) and what the fakes stored.
 * Budget 0. The scanner is secret-scan.ts; test/devkit/secret-scan.test.ts plants keys to show it finds them.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { DEMO_AGENT_API_KEY } from '../demo';
import { AGENT } from '../demo/people';
import { packApp } from '../fdk/pack/pack-app';
import { selectFiles } from '../fdk/pack/select';
import { listFiles } from '../fdk/walk';
import { replyData, statusChange } from '../harness/events';
import { startStack, type Stack, type StackOptions } from '../harness/start-harness';
import type { Figure } from './budgets';
import { DEMO_SECRETS, bytesText, jsonPlace, needlesFor, scanPlaces, zipPlaces, type Finding, type Place, type Secret } from './secret-scan';
import { APP_DIR, startSidebarStage } from './sidebar-stage';

export interface SecretMeasure {
  findings: Finding[];
  /** How many places of each kind were scanned: a 0 over nothing would mean nothing. */
  scanned: { frontEnd: number; zip: number; browser: number; lifecycle: number };
  /** Every place scanned, by name. */
  places: string[];
}

export function secretFigures(m: SecretMeasure): Figure[] {
  const source = 'issue 10: demo keys in front-end files, the zip, client.iparams.get() and the lifecycle logs';
  return [{ name: 'secret_leaks', value: m.findings.length, budget: 0, source }];
}

export async function measureSecrets(root: string = APP_DIR): Promise<SecretMeasure> {
  const frontEnd = frontEndPlaces(root);
  const zip = packedPlaces(root);
  const { browser, lifecycle } = await simulatedPlaces();
  const all = [...frontEnd, ...zip, ...browser, ...lifecycle];
  const findings = scanPlaces(all, needlesFor([...DEMO_SECRETS, REJECTED_KEY]));
  const scanned = { frontEnd: frontEnd.length, zip: zip.length, browser: browser.length, lifecycle: lifecycle.length };
  return { findings, scanned, places: all.map((p) => p.place) };
}

const fileText = (path: string): string => bytesText(readFileSync(path));

/** The files the build writes for the browser: shipped app/ files, config/assets/**, config/iparams.html. */
export function frontEndPlaces(root: string): Place[] {
  const app = selectFiles(root).app.map((f) => ({ place: f.path, text: fileText(f.abs) }));
  const config = listFiles(join(root, 'config'))
    .filter((f) => f.path.startsWith('assets/') || f.path === 'iparams.html')
    .map((f) => ({ place: `config/${f.path}`, text: fileText(join(root, 'config', f.path)) }));
  return [...app, ...config];
}

/**
 * `npm run pack` on a temporary copy of the files it ships (so nothing is written into the app), every entry of
 * the zip it writes. A copy that does not pack is an error: there would be nothing to scan.
 */
export function packedPlaces(root: string): Place[] {
  const temp = mkdtempSync(join(tmpdir(), 'simpli-secrets-'));
  try {
    const copy = join(temp, basename(root));
    const { app, rest } = selectFiles(root);
    for (const f of [...app, ...rest]) {
      const to = join(copy, ...f.path.split('/'));
      mkdirSync(dirname(to), { recursive: true });
      cpSync(f.abs, to);
    }
    const packed = packApp(copy);
    if (!packed.ok) throw new Error(`packing a copy of the app failed (${packed.stage}): ${packed.problems.map((p) => p.message).join('; ')}`);
    return zipPlaces(readFileSync(packed.zipPath), 'zip');
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** A Freshdesk key no account knows: installs with it are refused, and it must not be echoed anywhere either. */
export const REJECTED_KEY: Secret = { name: 'REJECTED_KEY', value: 'leakScanRejectedKey0' };

const HOUR_MS = 60 * 60 * 1000;
const EVENT_GAP_MS = 7_000;

/** The demo lifecycle with the sidebar's client beside it, then three installs on stacks of their own. */
async function simulatedPlaces(): Promise<{ browser: Place[]; lifecycle: Place[] }> {
  const browser: Place[] = [];
  const lifecycle: Place[] = [];
  const stage = await startSidebarStage();
  try {
    const s = stage.stack;
    const client = (op: string, body: Record<string, unknown>, ticket?: number) => dprouter(stage.web.url, op, { ...body, ticket });
    const schedules = scheduleSnapshots(s);
    const step = async (fire: () => Promise<unknown>) => {
      s.clock.advance(EVENT_GAP_MS);
      await fire();
      schedules.take();
    };

    await step(async () => expectOk(await s.platform.fireEvent('onAppInstall'), 'onAppInstall'));
    const [ticket, failing, deferred] = s.state().tickets.filter((t) => t.status === 2).map((t) => Number(t.id));
    if (ticket === undefined || failing === undefined || deferred === undefined) throw new Error('the demo account needs three open tickets');
    const requester = Number(s.ticket(ticket).requester_id);

    // create → customer reply → agent reply → resolve
    await step(() => s.createTicket(ticket));
    await step(() => reply(s, ticket, { id: 990_001, body: '<div>Still broken after the update, please help.</div>', user_id: requester, incoming: true }));
    await step(() => reply(s, ticket, { id: 990_002, body: '<div>Sorry about that: please reset the hub and tell me what the light does.</div>', user_id: AGENT.priya }));
    await step(async () => {
      s.freshdesk.updateTicketAsAgent(ticket, { status: 4 });
      const at = new Date(s.clock.now()).toISOString();
      return s.platform.fireEvent('onTicketUpdate', await statusChange(s, ticket, 2, 4, at));
    });

    // A rejected Simpli key fails the triage until the agent's Retry (SMI, through the browser client).
    s.setFaults('triage', [{ endpoint: 'POST /classify', fault: { kind: 'reject_key' }, times: 1 }]);
    await step(() => s.createTicket(failing));
    browser.push(jsonPlace('client.request.invoke(retryTicket)', await client('invoke', { name: 'retryTicket', payload: { ticket_id: failing } }, failing)));

    // A Simpli outage defers the draft to a schedule, which then fires.
    s.setFaults('reply', [{ endpoint: 'POST /api/v1/draft', fault: { kind: 'status', status: 503 }, times: 1 }]);
    await step(() => s.createTicket(deferred));
    await step(() => s.platform.advance(6 * HOUR_MS));

    // What the sidebar's client receives.
    browser.push(jsonPlace('client.iparams.get()', await client('iparams', {}, ticket)));
    for (const key of Object.keys(s.platform.installation.iparams)) {
      browser.push(jsonPlace(`client.iparams.get(${key})`, await client('iparams', { key }, ticket)));
    }
    browser.push({ place: 'sidebar page', text: await (await fetch(stage.web.pageUrl(ticket))).text() });
    const sentiment = { name: 'simpliCustomerSentiment', args: { context: { customer_id: String(requester) } } };
    browser.push(jsonPlace('client.request.invokeTemplate(simpliCustomerSentiment)', await client('invokeTemplate', sentiment, ticket)));
    const draft = { name: 'simpliSidebarDraft', args: { body: JSON.stringify({ ticket_id: String(ticket), conversation: [{ role: 'customer', content: 'Where is my order?' }], style: 'friendly', language: 'en' }) } };
    browser.push(jsonPlace('client.request.invokeTemplate(simpliSidebarDraft)', await client('invokeTemplate', draft, ticket)));
    s.setFaults('reply', [{ endpoint: 'POST /api/v1/draft', fault: { kind: 'reject_key' }, times: 1 }]);
    browser.push(jsonPlace('client.request.invokeTemplate(simpliSidebarDraft), key rejected', await client('invokeTemplate', draft, ticket)));
    browser.push(jsonPlace('interface log', stage.web.interfaceLog()));

    lifecycle.push(...platformPlaces(s, 'demo'), ...schedules.places('demo'));
  } finally {
    await stage.close();
  }

  // Installs on the fresh account, and on the demo account with a key lacking admin rights and a rejected key:
  // the error paths are where a key is most tempting to log.
  lifecycle.push(...(await installPlaces('fresh', { account: 'fresh' }, true)));
  lifecycle.push(...(await installPlaces('agent key', { iparams: { freshdesk_api_key: DEMO_AGENT_API_KEY } }, false)));
  lifecycle.push(...(await installPlaces('rejected key', { iparams: { freshdesk_api_key: REJECTED_KEY.value } }, false)));
  return { browser, lifecycle };
}

/** One onAppInstall on its own stack; `mustSucceed` when the install is expected to go through. */
async function installPlaces(label: string, options: StackOptions, mustSucceed: boolean): Promise<Place[]> {
  const stack = await startStack(options);
  try {
    const run = await stack.platform.fireEvent('onAppInstall');
    if (mustSucceed) expectOk(run, `onAppInstall (${label})`);
    return [...platformPlaces(stack, label), ...stack.platform.schedule.list().map((def) => jsonPlace(`${label} schedule ${def.name}`, def))];
  } finally {
    await stack.close();
  }
}

function expectOk(run: { ok: boolean; failure?: string }, what: string): void {
  if (!run.ok) throw new Error(`${what} failed (${run.failure ?? 'unknown'}): the lifecycle to scan did not run`);
}

/** A conversation Freshdesk holds (customer's when incoming, else the agent's public reply) and its event. */
async function reply(s: Stack, ticketId: number, seed: { id: number; body: string; user_id: number; incoming?: boolean }) {
  const conversation = s.freshdesk.receiveCustomerReply(ticketId, { incoming: false, ...seed });
  return s.platform.fireEvent('onConversationCreate', replyData(conversation as unknown as Record<string, unknown>));
}

/** Schedules as they stood after each step: one-time schedules are gone once they fire. */
function scheduleSnapshots(stack: Stack) {
  const seen = new Map<string, unknown[]>();
  return {
    take: () => {
      for (const def of stack.platform.schedule.list()) seen.set(def.name, [...(seen.get(def.name) ?? []), def]);
    },
    places: (label: string): Place[] => [...seen].map(([name, defs]) => jsonPlace(`${label} schedule ${name}`, defs)),
  };
}

/** Everything the app wrote or logged on one stack, and what the fakes recorded and stored. */
function platformPlaces(s: Stack, label: string): Place[] {
  const runs = s.platform.runs().flatMap((run, i) => [
    { place: `${label} handler log #${i} ${run.event}`, text: run.logs.join('\n') },
    jsonPlace(`${label} handler result #${i} ${run.event}`, { ok: run.ok, failure: run.failure, error: run.error, renderData: run.renderData }),
  ]);
  const db = s.platform.db.keys().map((key) => jsonPlace(`${label} $db ${key}`, s.platform.db.peek(key)));
  const fakes = s.fakes.all().flatMap((f) => [jsonPlace(`${label} ${f.name} request log`, f.log()), jsonPlace(`${label} ${f.name} stored state`, f.state())]);
  return [...runs, jsonPlace(`${label} template log`, s.platform.requestLog()), ...db, ...fakes];
}

/** POST /dprouter/<op> exactly as the page's `client` does (JSON body, the page's ticket); the reply as received. */
async function dprouter(base: string, op: string, body: Record<string, unknown>): Promise<unknown> {
  const res = await fetch(`${base}/dprouter/${op}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as unknown };
}
