/**
 * Which service each request template calls and which installation setting names its host, so that a refused
 * key or host is reported in the words of the installation page. The host setting is read from the template
 * itself (config/requests.json, bundled), so the two cannot drift. The API keys are secure: they appear only in
 * the templates' headers, and no code reads them.
 */
import requests from '../../config/requests.json';
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

/** The setting the template's host is made of, e.g. simpliClassify → simpli_triage_host. */
export function hostSettingOf(template: TemplateName): Setting {
  const host = (requests as Record<string, { schema: { host: string } }>)[template]?.schema.host ?? '';
  const key = /iparam\.([a-z0-9_]+)/i.exec(host)?.[1] ?? `${serviceOf(template).toLowerCase()} host`;
  return { key, label: HOST_LABELS[key] ?? `${serviceOf(template)} host` };
}

/** "the Simpli Triage service host setting (simpli_triage_host)" */
export const settingWords = (setting: Setting): string => `the ${setting.label} setting (${setting.key})`;
