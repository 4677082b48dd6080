/**
 * The installation settings of the local run. The app's request templates name hosts, never URLs
 * (docs/adr/0002-template-hosts.md): the settings hold host names, and the local platform's HostMap sends each
 * host to the loopback fake that plays it (devkit/platform/types.ts).
 */
import iparamsConfig from '../../config/iparams.json';
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

/** The settings the demo fills in; every other key of config/iparams.json keeps its default_value. */
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

/** config/iparams.json as an admin saved it: checkboxes are booleans, numbers numbers, secure keys included (§3.1). */
export type DemoIparams = DemoSettings & Record<string, string | number | boolean>;

interface IparamDeclaration {
  default_value?: string | number | boolean;
}

/**
 * The default_value of every key config/iparams.json declares one for (feature switches, thresholds, draft
 * style…), read from the file itself so the demo follows the installation page as it grows.
 */
export function iparamDefaults(): Record<string, string | number | boolean> {
  const declared = iparamsConfig as Readonly<Record<string, IparamDeclaration>>;
  const out: Record<string, string | number | boolean> = {};
  for (const [key, decl] of Object.entries(declared)) if (decl.default_value !== undefined) out[key] = decl.default_value;
  return out;
}

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
  };
}

/** The same for the fresh account (globex) as a first install: defaults only, no team mapping. */
export function freshIparams(): DemoIparams {
  return { ...iparamDefaults(), ...simpliHosts(), freshdesk_subdomain: FRESH_SUBDOMAIN, freshdesk_api_key: FRESH_ADMIN_API_KEY };
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
