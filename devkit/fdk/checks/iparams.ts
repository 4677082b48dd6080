import { MODULES } from '../catalog';
import { isObject } from '../json';
import type { Problem } from '../problem';
import { error, warning } from '../problem';
import type { AppSnapshot } from '../snapshot';

/**
 * Attribute names of an iparam (docs/platform.md "iparams.json rules"); `modules` is the 3.0 addition. They may not be
 * used as iparam keys.
 */
const ATTRIBUTES = [
  'display_name', 'description', 'type', 'required', 'visible', 'default_value', 'options', 'regex', 'secure',
  'data-bind', 'type_attributes', 'events', 'modules',
];
const TYPES = [
  'text', 'paragraph', 'dropdown', 'email', 'number', 'phone_number', 'date', 'url', 'radio', 'checkbox',
  'multiselect', 'domain', 'api_key',
];
const TYPES_WITH_OPTIONS = ['dropdown', 'radio', 'multiselect'];
const TYPES_WITH_REGEX = ['text', 'email', 'phone_number', 'url'];
const TYPES_WITH_PRODUCT = ['domain', 'api_key'];
const SECRET_HINTS = ['auth', 'token', 'key', 'secret'];

/**
 * config/iparams.json, rule for rule as FDK 6.9 `lib/validations/iparam.js` (docs/platform.md "iparams.json rules"),
 * with its messages. `type` follows the 3.0 list plus the 2.3 `domain`/`api_key`.
 */
export function checkIparams(s: AppSnapshot): Problem[] {
  const file = s.iparams.file;
  const all = s.iparams.value;
  if (all === undefined) return [];
  if (!isObject(all)) return [error(file, 'must be object (iparam key → definition)')];
  const problems: Problem[] = [];
  const reserved = Object.keys(all).filter((k) => ATTRIBUTES.includes(k));
  if (reserved.length > 0) problems.push(error(file, `Do not use reserved keywords, ${reserved.join(',')}, as keys.`));
  const iparamsJsFunctions = functionNames(s.iparamsJs ?? '');
  for (const [key, def] of Object.entries(all)) {
    if (key.length === 0) {
      problems.push(error(file, 'The iparam key should be a non-empty string.'));
      continue;
    }
    if (!isObject(def)) {
      problems.push(error(file, `The mandatory key(s), display_name,type, missing for the '${key}' field.`));
      continue;
    }
    problems.push(...checkOne(file, key, def, iparamsJsFunctions));
  }
  return problems;
}

function checkOne(file: string, key: string, def: Record<string, unknown>, jsFunctions: string[]): Problem[] {
  const p: Problem[] = [];
  const err = (m: string): void => void p.push(error(file, m));
  const type = def.type;
  const typeName = String(type);
  const missing = ['display_name', 'type'].filter((k) => !(k in def));
  if (missing.length > 0) err(`The mandatory key(s), ${missing.join(',')}, missing for the '${key}' field.`);
  if ('display_name' in def && (typeof def.display_name !== 'string' || def.display_name.trim() === '')) {
    err(`display_name must be a non-empty string in the '${key}' field.`);
  }
  if ('type' in def && (typeof type !== 'string' || !TYPES.includes(type))) err(`Invalid type, ${typeName}, found in the '${key}' field.`);
  const unknown = Object.keys(def).filter((k) => !ATTRIBUTES.includes(k));
  if (unknown.length > 0) err(`Invalid key(s), ${unknown.join(',')}, found in the '${key}' field.`);
  for (const flag of ['required', 'secure', 'visible']) {
    if (flag in def && typeof def[flag] !== 'boolean') err(`Specify either true or false for the ${flag} key in the '${key}' field.`);
  }
  if (type === 'checkbox' && 'default_value' in def && typeof def.default_value !== 'boolean') {
    err(`Specify either true or false for the default_value key in the '${key}' field.`);
  }
  if (typeof type === 'string' && TYPES_WITH_OPTIONS.includes(type)) checkOptions(key, typeName, def, err);
  else if ('options' in def) err(`Options must not be specified for ${typeName} type in the '${key}' field.`);
  if (typeof type === 'string' && TYPES_WITH_PRODUCT.includes(type)) {
    if (!isObject(def.type_attributes)) err(`type_attributes must be specified for type ${type} in iparams.json.`);
    else if (!('product' in def.type_attributes)) err(`Mandatory key(s) product missing in type_attributes for ${key} in iparams.json.`);
  }
  if ('regex' in def) checkRegex(key, typeName, def.regex, err);
  if ('events' in def) checkEvents(key, typeName, def.events, jsFunctions, err);
  if ('modules' in def) {
    const mods = def.modules;
    if (!Array.isArray(mods) || mods.some((m) => typeof m !== 'string' || !MODULES.includes(m))) {
      err(`modules must be an array of module names (${MODULES.join(', ')}) in the '${key}' field.`);
    }
  }
  // FDK 6.9 `checkSecure`: a key that looks like a credential but is not masked (docs/platform.md
  // "iparams.json rules").
  const lower = key.toLowerCase();
  if (SECRET_HINTS.some((h) => lower.includes(h)) && !lower.includes('api_domain') && def.secure !== true) {
    p.push(warning(file, `iparam '${key}' appears to be a secure param but it isn't marked as secure.`));
  }
  return p;
}

/** dropdown/radio/multiselect need `options` (an array) and a `default_value` taken from it (FDK 6.9 rule). */
function checkOptions(key: string, type: string, def: Record<string, unknown>, err: (m: string) => void): void {
  if (!('default_value' in def)) err(`In the '${key}' field, specify the default value for the ${type} type.`);
  if (!('options' in def)) return err(`In the '${key}' field, specify options for the ${type} type.`);
  const options = def.options;
  if (!Array.isArray(options)) return err(`For the '${key}' ${type} type, add the options as an array.`);
  if (!('default_value' in def)) return;
  const defaults: unknown[] = Array.isArray(def.default_value) ? def.default_value : [def.default_value];
  if (!defaults.every((d) => options.includes(d))) {
    err(`The default value specified for the '${key}' ${type} type is not listed in the options.`);
  }
}

/** `regex: { name: pattern, "name-error": message }`, only on text-like types. */
function checkRegex(key: string, type: string, regex: unknown, err: (m: string) => void): void {
  if (!TYPES_WITH_REGEX.includes(type)) return err(`Regex for ${type} type is not supported.`);
  if (!isObject(regex) || Object.keys(regex).length === 0) return err(`For the '${key}' field, regex should not be empty.`);
  for (const [name, pattern] of Object.entries(regex)) {
    if (name.endsWith('-error')) continue;
    if (!(`${name}-error` in regex)) err(`In the '${key}' field, error message is missing for '${name}'.`);
    try {
      if (typeof pattern !== 'string') throw new Error('not a string');
      new RegExp(pattern);
    } catch {
      err(`Invalid regex entered for '${name}' in the '${key}' field.`);
    }
  }
}

/** `events: [{ change: "fn" }]`, fn declared in config/assets/iparams.js. */
function checkEvents(key: string, type: string, events: unknown, jsFunctions: string[], err: (m: string) => void): void {
  if (!Array.isArray(events)) return err(`For the '${key}' ${type} type, add the Events as an array.`);
  for (const ev of events) {
    if (!isObject(ev)) {
      err(`The ${JSON.stringify(ev)} event is not supported in the '${key}' field`);
      continue;
    }
    const unsupported = Object.keys(ev).filter((k) => k !== 'change');
    if (unsupported.length > 0) err(`The ${unsupported.join(',')} event is not supported in the '${key}' field`);
    for (const fn of Object.values(ev)) {
      if (typeof fn !== 'string' || !jsFunctions.includes(fn)) err(`The ${String(fn)} function does not exist for the '${key}' field.`);
    }
  }
}

/** Top-level `function name(` declarations, as FDK 6.9 collects them from iparams.js. */
function functionNames(js: string): string[] {
  return [...js.matchAll(/(?:^|[;\s])function\s+([A-Za-z_$][\w$]*)\s*\(/g)].map((m) => m[1] ?? '');
}
