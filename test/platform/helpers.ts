/** Shared set-up for the platform conformance tests: installations, the probe script, a loopback server. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ManualClock } from '../../devkit/platform/clock';
import { LocalPlatform, type LocalPlatformOptions, type PlatformRun } from '../../devkit/platform/local-platform';
import { SECURE_SETTING_KEYS, SETTING_DEFAULTS } from '../../server/contracts/settings-table';

export const PROBE_SCRIPT = path.join(__dirname, 'fixtures', 'probe-server.js');

/** SMI names only the probe exports, so the SMI rules can be proven on more than the app's one function. */
const PROBE_FUNCTIONS = { regenerateDraft: { timeout: 20 }, sendDraftFeedback: { timeout: 20 } };

/**
 * The app as the platform reads it (manifest, config, test_data), copied once into a temporary folder whose
 * manifest also declares the probe's own SMI functions.
 */
export const PROBE_APP_DIR = (() => {
  const root = path.join(__dirname, '..', '..');
  const dir = mkdtempSync(path.join(tmpdir(), 'probe-app-'));
  const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')) as { modules: { common: { functions?: object } } };
  manifest.modules.common.functions = { ...manifest.modules.common.functions, ...PROBE_FUNCTIONS };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  cpSync(path.join(root, 'config'), path.join(dir, 'config'), { recursive: true });
  cpSync(path.join(root, 'server', 'test_data'), path.join(dir, 'server', 'test_data'), { recursive: true });
  return dir;
})();

/** The values of a complete installation: every default, and the two secure keys with recognisable values. */
export const IPARAM_VALUES = {
  ...SETTING_DEFAULTS,
  simpli_triage_host: 'triage.simpli.example.com',
  simpli_reply_host: 'reply.simpli.example.com',
  simpli_sentiment_host: 'sentiment.simpli.example.com',
  simpli_qa_host: 'qa.simpli.example.com',
  simpli_kb_host: 'kb.simpli.example.com',
  simpli_api_key: 'secure-simpli-key',
  freshdesk_subdomain: 'acme',
  freshdesk_api_key: 'secure-freshdesk-key',
};

/** That installation as the installation page stores it: `__meta.secure` names the secure keys. */
export const IPARAMS = { ...IPARAM_VALUES, __meta: { secure: [...SECURE_SETTING_KEYS] } };

export function probePlatform(options: Partial<LocalPlatformOptions> = {}): { platform: LocalPlatform; clock: ManualClock } {
  const clock = new ManualClock();
  const platform = LocalPlatform.create({ iparams: IPARAMS, hosts: {}, clock, appDir: PROBE_APP_DIR, serverScript: PROBE_SCRIPT, ...options });
  return { platform, clock };
}

/** The JSON a probe handler printed with console.log (the first `[log] {...}` line). */
export function loggedJson<T = Record<string, unknown>>(run: PlatformRun, index = 0): T {
  const lines = run.logs.filter((l) => l.startsWith('[log] {'));
  const line = lines[index];
  if (line === undefined) throw new Error(`no JSON log line ${index} in ${JSON.stringify(run.logs)}`);
  return JSON.parse(line.slice('[log] '.length)) as T;
}

/** A loopback HTTP server that answers every request after `delayMs` with `{}`. */
export async function slowServer(delayMs: number): Promise<{ base: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      setTimeout(() => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{}');
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The rejection of a promise that must reject (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
