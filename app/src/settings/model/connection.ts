/**
 * Test connection: each Simpli service's /health, the Simpli API key with one authenticated GET at Reply
 * (GET /api/v1/styles), and the Freshdesk key with GET /api/v2/groups — all through request templates, with what
 * the admin typed as context (before install there are no iparams; stored secure keys are read by the "…Saved"
 * templates, in headers only). Services are checked together; the key check waits for Reply's health.
 */
import { SETTINGS_TABLE } from '../../../../server/contracts/settings-table';
import { hostNameProblem } from '../../../../server/domain/settings/host-name';
import { subdomainProblem } from '../../../../server/domain/settings/subdomain';
import type { AccountGroup } from '../../../../server/domain/settings/team-groups';
import { TEMPLATES, type InstallPort } from '../port';
import type { SettingsForm } from './form';
import { fetchGroups } from './groups';
import { healthVerdict, simpliKeyVerdict, type CheckStatus } from './verdicts';

export interface ServiceCheck {
  /** The setting the check is about: its field shows the message too. */
  key: string;
  label: string;
  status: CheckStatus;
  message: string;
}

export interface ConnectionReport {
  checks: ServiceCheck[];
  /** The account's groups, when Freshdesk answered (the team → group check uses them). */
  groups?: AccountGroup[];
}

const HOSTS = SETTINGS_TABLE.filter((r) => r.kind === 'host');

export const text = (form: SettingsForm, key: string) => {
  const v = form.values[key];
  return typeof v === 'string' ? v.trim() : '';
};

/** The secret as typed, or undefined when the stored one is to be used; null when there is neither. */
export function secretOf(form: SettingsForm, key: string): string | undefined | null {
  const typed = text(form, key);
  if (typed !== '') return typed;
  const received = form.receivedSecrets[key];
  if (received !== undefined) return received;
  return form.storedSecrets.has(key) ? undefined : null;
}

const serviceName = (label: string) => label.replace(/^Simpli (.*) service host$/, '$1');

async function checkHost(port: InstallPort, key: string, label: string, example: string, host: string): Promise<ServiceCheck> {
  const name = serviceName(label);
  const bad = hostNameProblem(host, example);
  if (bad) return { key, label: `Simpli ${name}`, status: 'skipped', message: `Not checked: ${bad}` };
  const outcome = await port.invokeTemplate(TEMPLATES.simpliHealth, { host });
  return { key, label: `Simpli ${name}`, ...healthVerdict(name, host, outcome) };
}

async function checkSimpliKey(port: InstallPort, form: SettingsForm, reply: Promise<ServiceCheck>): Promise<ServiceCheck> {
  const base = { key: 'simpli_api_key', label: 'Simpli API key' };
  const key = secretOf(form, 'simpli_api_key');
  if (key === null) return { ...base, status: 'skipped', message: 'Not checked: enter the Simpli API key' };
  const replyCheck = await reply;
  if (replyCheck.status !== 'ok') return { ...base, status: 'skipped', message: 'Not checked: it is checked at Simpli Reply, which did not answer' };
  const host = text(form, 'simpli_reply_host');
  const outcome =
    key === undefined
      ? await port.invokeTemplate(TEMPLATES.simpliKeySaved, { host })
      : await port.invokeTemplate(TEMPLATES.simpliKey, { host, simpli_api_key: key });
  return { ...base, ...simpliKeyVerdict(host, outcome) };
}

async function checkFreshdesk(port: InstallPort, form: SettingsForm): Promise<{ check: ServiceCheck; groups?: AccountGroup[] }> {
  const base = { key: 'freshdesk_api_key', label: 'Freshdesk' };
  const subdomain = text(form, 'freshdesk_subdomain');
  const bad = subdomainProblem(subdomain);
  if (bad) return { check: { ...base, key: 'freshdesk_subdomain', status: 'skipped', message: `Not checked: ${bad}` } };
  const apiKey = secretOf(form, 'freshdesk_api_key');
  if (apiKey === null) return { check: { ...base, status: 'skipped', message: 'Not checked: enter the Freshdesk API key' } };
  const result = await fetchGroups(port, apiKey === undefined ? { subdomain } : { subdomain, apiKey });
  const key = /subdomain/.test(result.verdict.message) ? 'freshdesk_subdomain' : 'freshdesk_api_key';
  return { check: { ...base, key, ...result.verdict }, ...(result.groups ? { groups: result.groups } : {}) };
}

export async function testConnection(port: InstallPort, form: SettingsForm): Promise<ConnectionReport> {
  const hostChecks = HOSTS.map((row) => checkHost(port, row.key, row.label, row.example, text(form, row.key)));
  const reply = hostChecks[HOSTS.findIndex((r) => r.key === 'simpli_reply_host')]!;
  const [hosts, simpliKey, freshdesk] = await Promise.all([Promise.all(hostChecks), checkSimpliKey(port, form, reply), checkFreshdesk(port, form)]);
  return { checks: [...hosts, simpliKey, freshdesk.check], ...(freshdesk.groups ? { groups: freshdesk.groups } : {}) };
}
