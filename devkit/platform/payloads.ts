/**
 * Event payloads as the 3.0 platform delivers them (docs/platform.md "Event payloads" sections,
 * "Scheduled events: the $schedule API").
 *
 * The `data` part comes from the FDK's own test-data layout, `server/test_data/<module>/<event>.json` (docs/platform.md
 * "fdk run: the local harness"), the files `fdk run`'s simulator reads; a test may replace any top-level key of `data`
 * (e.g. a different `ticket`). The envelope is always built here, from the installation, never taken from the file:
 *   account_id, domain, event, region, timestamp, currentHost, iparams, data
 * - iparams: the installation's non-secure ones by default. Whether the real platform adds the secure ones is
 *   unsettled (docs/platform.md "Secure installation parameters": the installation-page docs say secure iparams reach
 * only request-template headers; one
 *   sample reads one server-side), so the local platform withholds them unless
 *   LocalPlatformOptions.secureIparamsInPayloads asks for the other reading. The front end never sees them.
 * - currentHost: `{ subscribed_modules, endpoint_urls: { freshdesk } }` (docs/platform.md
 *   "Event payloads: the envelope"), which the simulator adds.
 * - timestamp: epoch seconds with a fraction for product events, epoch milliseconds for app set-up and scheduled
 *   events, as in the respective samples (docs/platform.md "Event payloads: the envelope",
 * "Scheduled events: the $schedule API").
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cloneJson, isPlainObject } from './json';

export interface Account {
  /** A string, as in every sample (docs/platform.md "Event payloads: the envelope"). */
  id: string;
  /** e.g. "acme.freshdesk.com". */
  domain: string;
  region: string;
}

export const DEFAULT_ACCOUNT: Account = { id: '900001', domain: 'acme.freshdesk.com', region: 'US' };

/**
 * Events of the `common` module (docs/platform.md "Manifest (platform 3.0)"): their samples carry millisecond
 * timestamps.
 */
export const COMMON_EVENTS: ReadonlySet<string> = new Set([
  'onAppInstall',
  'afterAppUpdate',
  'onAppUninstall',
  'onExternalEvent',
  'onScheduledEvent',
]);

/**
 * App set-up events end at renderData and may block the action (docs/platform.md "renderData",
 * "Event payloads: app set-up, external and scheduled events").
 */
export const APP_SETUP_EVENTS: ReadonlySet<string> = new Set(['onAppInstall', 'afterAppUpdate', 'onAppUninstall']);

export interface CurrentHost {
  subscribed_modules: string[];
  endpoint_urls: { freshdesk: string };
}

export function currentHostFor(account: Account, productModules: readonly string[]): CurrentHost {
  return { subscribed_modules: [...productModules], endpoint_urls: { freshdesk: `https://${account.domain}` } };
}

export function eventTimestamp(event: string, nowMs: number): number {
  return COMMON_EVENTS.has(event) ? nowMs : nowMs / 1000;
}

/**
 * The `data` of `server/test_data/<module>/<event>.json` (or the older flat `server/test_data/<event>.json`);
 * `{}` when there is no file (e.g. onAppInstall, whose payload has no data).
 */
export function fixtureData(appDir: string, module: string, event: string): Record<string, unknown> {
  for (const path of [join(appDir, 'server', 'test_data', module, `${event}.json`), join(appDir, 'server', 'test_data', `${event}.json`)]) {
    if (!existsSync(path)) continue;
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    const data = isPlainObject(parsed) ? parsed.data : undefined;
    return isPlainObject(data) ? cloneJson(data) : {};
  }
  return {};
}

/** Replaces top-level keys of `data` (a whole `ticket`, `conversation`, …); the rest of the fixture stays. */
export function withOverrides(data: Record<string, unknown>, overrides?: Record<string, unknown>): Record<string, unknown> {
  return overrides ? { ...data, ...cloneJson(overrides) } : data;
}

export interface EnvelopeInput {
  event: string;
  data: Record<string, unknown>;
  account: Account;
  iparams: Record<string, unknown>;
  productModules: readonly string[];
  nowMs: number;
}

export function buildEventPayload({ event, data, account, iparams, productModules, nowMs }: EnvelopeInput): Record<string, unknown> {
  return {
    account_id: account.id,
    domain: account.domain,
    event,
    region: account.region,
    timestamp: eventTimestamp(event, nowMs),
    currentHost: currentHostFor(account, productModules),
    iparams: cloneJson(iparams),
    data: cloneJson(data),
  };
}

/**
 * An SMI payload: what the front end sent, with the iparams the platform passes added (see above) (docs/platform.md
 * "Secure installation parameters", "Server method invocation (SMI)":
 * "the serverless environment adds the installation parameters … to the payload"; FDK 6.9 overwrote a sent `iparams`
 * key) and currentHost (docs/platform.md "Server method invocation (SMI)": believed present in 3.0).
 */
export function buildSmiPayload(
  sent: Record<string, unknown>,
  iparams: Record<string, unknown>,
  currentHost: CurrentHost,
): Record<string, unknown> {
  return { ...cloneJson(sent), iparams: cloneJson(iparams), currentHost: cloneJson(currentHost) };
}
