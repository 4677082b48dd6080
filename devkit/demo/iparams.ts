/**
 * The installation settings of the local run. The app's request templates name hosts, never URLs
 * (docs/adr/0002-template-hosts.md): the settings hold host names, and the local platform's HostMap sends each
 * host to the loopback fake that plays it (devkit/platform/types.ts).
 */
import { SECURE_SETTING_KEYS, SETTING_DEFAULTS } from '../../server/contracts/settings-table';
import type { HostMap } from '../platform/types';
import { DEMO_ADMIN_API_KEY, DEMO_SUBDOMAIN } from './account';
import { FRESH_ADMIN_API_KEY, FRESH_SUBDOMAIN } from './fresh-account';
import { GROUP } from './people';

export type DemoService = 'triage' | 'reply' | 'sentiment' | 'qa' | 'kb' | 'freshdesk';

/** The host each service answers on. `.test` is reserved (RFC 2606): it can never reach a real server. */
export const DEMO_HOSTS: Readonly<Record<DemoService, string>> = {
  triage: 'triage.simpli.test',
  reply: 'reply.simpli.test',
  sentiment: 'sentiment.simpli.test',
  qa: 'qa.simpli.test',
  kb: 'kb.simpli.test',
  freshdesk: `${DEMO_SUBDOMAIN}.freshdesk.com`,
};

/** The fresh account's Freshdesk host (the Simpli hosts are the same as the demo's). */
export const FRESH_FRESHDESK_HOST = `${FRESH_SUBDOMAIN}.freshdesk.com`;

/** Sent as X-API-Key to every Simpli fake; start the fakes with this key to exercise the 401 path. */
export const DEMO_SIMPLI_API_KEY = 'simpli-demo-key-2026';

/** The settings the demo fills in; every other setting keeps the settings table's default. */
export interface DemoSettings {
  simpli_triage_host: string;
  simpli_reply_host: string;
  simpli_sentiment_host: string;
  simpli_qa_host: string;
  simpli_kb_host: string;
  simpli_api_key: string;
  freshdesk_subdomain: string;
  freshdesk_api_key: string;
}

/**
 * The settings as the installation page's postConfigs() stores them: switches are booleans, percentages numbers,
 * secure values included and named in `__meta.secure` (config/iparams.html; the platform learns which keys are
 * secure from it alone).
 */
export type DemoIparams = DemoSettings & Record<string, string | number | boolean | { secure: string[] }> & { __meta: { secure: string[] } };

/** The default of every setting that has one (feature switches, thresholds, draft style…), from the settings table. */
export function iparamDefaults(): Record<string, string | number | boolean> {
  return { ...SETTING_DEFAULTS };
}

const meta = () => ({ __meta: { secure: [...SECURE_SETTING_KEYS] } });

const simpliHosts = () => ({
  simpli_triage_host: DEMO_HOSTS.triage,
  simpli_reply_host: DEMO_HOSTS.reply,
  simpli_sentiment_host: DEMO_HOSTS.sentiment,
  simpli_qa_host: DEMO_HOSTS.qa,
  simpli_kb_host: DEMO_HOSTS.kb,
  simpli_api_key: DEMO_SIMPLI_API_KEY,
});

/**
 * Acme's admin mapped the fake Triage's team names that differ from its group names (by name and by id, the
 * two forms the setting takes); "billing" and "accounts" match groups by name, "general" matches nothing.
 */
export const DEMO_TEAM_GROUPS = `technical = Technical Support\nlogistics = Shipping\nproduct = ${GROUP.productFeedback}`;

/** The settings for the demo account: the demo hosts, the Simpli key, acme's admin key, the team mapping. */
export function demoIparams(): DemoIparams {
  return {
    ...iparamDefaults(),
    ...simpliHosts(),
    freshdesk_subdomain: DEMO_SUBDOMAIN,
    freshdesk_api_key: DEMO_ADMIN_API_KEY,
    triage_team_groups: DEMO_TEAM_GROUPS,
    ...meta(),
  };
}

/** The same for the fresh account (globex) as a first install: defaults only, no team mapping. */
export function freshIparams(): DemoIparams {
  return { ...iparamDefaults(), ...simpliHosts(), freshdesk_subdomain: FRESH_SUBDOMAIN, freshdesk_api_key: FRESH_ADMIN_API_KEY, ...meta() };
}

/** Loopback base URLs of the running fakes, e.g. { triage: 'http://127.0.0.1:41001', … }. */
export type DemoUrls = Readonly<Record<DemoService, string>>;

/**
 * Each demo host → its fake's base URL (trailing slashes dropped). `extra` adds hosts, e.g.
 * `{ [FRESH_FRESHDESK_HOST]: globexFakeUrl }` when a second fake Freshdesk plays the fresh account.
 */
export function demoHostMap(urls: DemoUrls, extra: Readonly<Record<string, string>> = {}): HostMap {
  const map: Record<string, string> = {};
  for (const service of Object.keys(DEMO_HOSTS) as DemoService[]) {
    const url = urls[service];
    if (!/^https?:\/\/[^/]+/.test(url)) throw new Error(`demoHostMap: ${service} needs a base URL such as http://127.0.0.1:41234, got "${url}"`);
    map[DEMO_HOSTS[service]] = url.replace(/\/+$/, '');
  }
  return { ...map, ...extra };
}
