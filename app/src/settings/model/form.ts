/**
 * The installation page's form and the two conversions the platform drives
 * (https://developers.freshworks.com/docs/app-sdk/v3.0/support_ticket/app-settings/custom-app-settings):
 * `getConfigs(configs)` fills the form from the stored settings, `postConfigs()` turns the form into what is
 * stored. Secure values are never put in the form: a stored one shows as "set"; typed again, it replaces it.
 */
import { SECURE_SETTING_KEYS, SETTING_DEFAULTS, SETTINGS_TABLE } from '../../../../server/contracts/settings-table';
import type { FormValues } from '../../../../server/domain/settings/check-settings';
import { normaliseLanguage } from '../../../../server/domain/settings/language';
import { parsePercent } from '../../../../server/domain/settings/percent';

export interface SettingsForm {
  /** Switches as booleans, everything else as typed. Secure fields hold only what was typed on this page. */
  values: FormValues;
  /** Secure keys that hold a stored value (editing). */
  storedSecrets: ReadonlySet<string>;
  /**
   * Secure values the platform handed to getConfigs, if it does (undocumented either way): returned unchanged by
   * postConfigs when the admin leaves the field blank. Never shown.
   */
  receivedSecrets: Readonly<Record<string, string>>;
}

const META = '__meta';

/** A new installation: every default, nothing else. */
export function emptyForm(): SettingsForm {
  const values: Record<string, string | boolean> = {};
  for (const row of SETTINGS_TABLE) {
    const d = (SETTING_DEFAULTS as Readonly<Record<string, string | number | boolean>>)[row.key];
    values[row.key] = row.kind === 'switch' ? d === true : d === undefined ? '' : String(d);
  }
  return { values, storedSecrets: new Set(), receivedSecrets: {} };
}

const asSwitch = (v: unknown, fallback: boolean): boolean => (v === true || v === 'true' ? true : v === false || v === 'false' ? false : fallback);
const asText = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);

function metaSecure(configs: Readonly<Record<string, unknown>>): string[] {
  const meta = configs[META];
  const secure = typeof meta === 'object' && meta !== null ? (meta as { secure?: unknown }).secure : undefined;
  return Array.isArray(secure) ? secure.filter((k): k is string => typeof k === 'string') : [];
}

/** getConfigs(configs): the stored settings over the defaults; a key missing or of the wrong type keeps its default. */
export function formFromConfigs(configs: unknown): SettingsForm {
  const form = emptyForm();
  if (typeof configs !== 'object' || configs === null) return form;
  const stored = configs as Readonly<Record<string, unknown>>;
  const values: Record<string, string | boolean> = { ...form.values };
  const storedSecrets = new Set<string>();
  const receivedSecrets: Record<string, string> = {};
  const named = metaSecure(stored);
  for (const row of SETTINGS_TABLE) {
    const v = stored[row.key];
    if ('secure' in row && row.secure) {
      if (typeof v === 'string' && v !== '') receivedSecrets[row.key] = v;
      if (receivedSecrets[row.key] !== undefined || named.includes(row.key)) storedSecrets.add(row.key);
      continue; // the field itself stays empty: a stored secret is never shown
    }
    if (row.kind === 'switch') values[row.key] = asSwitch(v, values[row.key] === true);
    else values[row.key] = asText(v) ?? values[row.key] ?? '';
  }
  return { values, storedSecrets, receivedSecrets };
}

const textOf = (values: FormValues, key: string): string => {
  const v = values[key];
  return typeof v === 'string' ? v.trim() : '';
};

/** The mapping as the server reads it, without blank lines or stray spaces. */
const tidyLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');

/**
 * postConfigs(): every setting, typed as the server reads it (switches booleans, percentages numbers), and
 * `__meta.secure` naming the secure keys. A secure key left blank is returned unchanged when getConfigs handed it
 * over, and left out otherwise: the platform keeps a stored secure value that the new config leaves out (the
 * reading the local platform implements; docs/adr/0004-custom-installation-page.md).
 */
export function configsFromForm(form: SettingsForm): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const row of SETTINGS_TABLE) {
    const key = row.key;
    switch (row.kind) {
      case 'switch':
        out[key] = form.values[key] === true;
        break;
      case 'percent':
        out[key] = parsePercent(textOf(form.values, key));
        break;
      case 'api_key': {
        const typed = textOf(form.values, key);
        const kept = form.receivedSecrets[key];
        if (typed !== '') out[key] = typed;
        else if (kept !== undefined) out[key] = kept;
        break;
      }
      case 'team_groups':
        out[key] = tidyLines(typeof form.values[key] === 'string' ? (form.values[key] as string) : '');
        break;
      case 'language':
        out[key] = normaliseLanguage(textOf(form.values, key));
        break;
      default:
        out[key] = textOf(form.values, key);
    }
  }
  out[META] = { secure: [...SECURE_SETTING_KEYS] };
  return out;
}
