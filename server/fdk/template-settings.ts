/**
 * Which service each request template calls and which installation setting names its host, so that a refused
 * key or host is reported in the words of the installation page. The rule says what config/requests.json says
 * (a test compares them template by template; bundling the file for this would cost the bundle ~10 KB). The API
 * keys are secure: they appear only in the templates' headers, and no code reads them.
 */
import type { TemplateName } from './types';

export type Service = 'Simpli' | 'Freshdesk';

export interface Setting {
  key: string;
  /** As the installation page names it. */
  label: string;
}

export const API_KEY_SETTINGS: Readonly<Record<Service, Setting>> = {
  Simpli: { key: 'simpli_api_key', label: 'Simpli API key' },
  Freshdesk: { key: 'freshdesk_api_key', label: 'Freshdesk API key' },
};

const HOST_LABELS: Readonly<Record<string, string>> = {
  simpli_triage_host: 'Simpli Triage service host',
  simpli_reply_host: 'Simpli Reply service host',
  simpli_sentiment_host: 'Simpli Sentiment service host',
  simpli_qa_host: 'Simpli QA service host',
  simpli_kb_host: 'Simpli KB service host',
  freshdesk_subdomain: 'Freshdesk subdomain',
};

export const serviceOf = (template: TemplateName): Service => (template.startsWith('freshdesk') ? 'Freshdesk' : 'Simpli');

/** Which Simpli service's host each Simpli template calls, by the words in its name. */
const SIMPLI_HOSTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/Classify|Route|Triage/, 'simpli_triage_host'],
  [/Draft|Reply/, 'simpli_reply_host'],
  [/Sentiment/, 'simpli_sentiment_host'],
  [/Qa/, 'simpli_qa_host'],
  [/Kb/, 'simpli_kb_host'],
];

/**
 * The installation setting a template's host is made of; undefined for the installation page's checks, whose host
 * comes from the call's context (no settings exist before install).
 */
export function hostSettingKey(template: TemplateName): string | undefined {
  if (template.startsWith('install')) return undefined;
  if (template.startsWith('freshdesk')) return 'freshdesk_subdomain';
  return SIMPLI_HOSTS.find(([words]) => words.test(template))?.[1];
}

/** The setting the template's host is made of, e.g. simpliClassify → simpli_triage_host. */
export function hostSettingOf(template: TemplateName): Setting {
  const key = hostSettingKey(template) ?? `${serviceOf(template).toLowerCase()} host`;
  return { key, label: HOST_LABELS[key] ?? `${serviceOf(template)} host` };
}

/** "the Simpli Triage service host setting (simpli_triage_host)" */
export const settingWords = (setting: Setting): string => `the ${setting.label} setting (${setting.key})`;
