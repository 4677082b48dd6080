/**
 * An installation's settings as a custom installation page stores them: the object its `postConfigs()` returned,
 * values plus `__meta: { secure: [...keys] }` naming the secure ones
 * (https://developers.freshworks.com/docs/app-sdk/v3.0/support_ticket/app-settings/custom-app-settings). With
 * iparams.html there is no iparams.json: the platform learns which keys are secure from `__meta.secure` only, and
 * holds no defaults (the page stores every value). `__meta` itself is never delivered to the app: not in payloads,
 * not in `client.iparams.get()`.
 */
import { cloneJson, isPlainObject } from './json';
import type { Installation } from './types';

/** The config exactly as postConfigs returned it (and as a test or the demo passes it in). */
export type InstallationConfig = Record<string, unknown>;

export const META_KEY = '__meta';

/** Why the platform cannot store `config`, or undefined. */
export function configProblem(config: unknown): string | undefined {
  if (!isPlainObject(config)) return 'postConfigs() must return an object';
  const meta = config[META_KEY];
  if (meta === undefined) return undefined;
  if (!isPlainObject(meta)) return '__meta must be an object';
  const secure = meta.secure;
  if (secure !== undefined && !(Array.isArray(secure) && secure.every((k) => typeof k === 'string' && k !== ''))) {
    return '__meta.secure must be an array of iparam names';
  }
  return undefined;
}

function secureKeysOf(config: InstallationConfig): Set<string> {
  const meta = config[META_KEY];
  const secure = isPlainObject(meta) && Array.isArray(meta.secure) ? meta.secure : [];
  return new Set(secure.filter((k): k is string => typeof k === 'string'));
}

/** The installation a config describes: every value but `__meta`, and the keys `__meta.secure` names. */
export function installationFromConfig(config: InstallationConfig): Installation {
  const iparams = cloneJson(config);
  delete iparams[META_KEY];
  return { iparams, secureKeys: secureKeysOf(config) };
}

/** The config the installation was stored from: its values and `__meta.secure`. */
export function configOfInstallation(installation: Installation): InstallationConfig {
  return { ...cloneJson(installation.iparams), [META_KEY]: { secure: [...installation.secureKeys] } };
}

/**
 * What editing the settings stores. Whether the platform hands a secure value back to `getConfigs` on the edit
 * page is not documented; a page that did not receive it cannot return it, so a secure key that `__meta.secure`
 * names but the new config leaves out keeps its stored value. Every other key is replaced: the page returns
 * the whole form.
 */
export function editedInstallation(previous: Installation, config: InstallationConfig): Installation {
  const next = installationFromConfig(config);
  for (const key of next.secureKeys) {
    if (!(key in next.iparams) && key in previous.iparams) next.iparams[key] = cloneJson(previous.iparams[key]);
  }
  return next;
}

/** The values without the secure ones: what the browser may read (`client.iparams.get()`). */
export function publicValues(installation: Installation): Record<string, unknown> {
  return Object.fromEntries(Object.entries(installation.iparams).filter(([k]) => !installation.secureKeys.has(k)));
}
