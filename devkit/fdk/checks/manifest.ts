import { COMMON, isOtherProductModule, MANIFEST_KEYS, MODULE_KEYS, MODULES, NON_EMPTY_BLOCKS, otherProductOf } from '../catalog';
import { entriesOf, isObject, show } from '../json';
import type { Problem } from '../problem';
import { error, warning } from '../problem';
import type { AppSnapshot } from '../snapshot';

const FILE = 'manifest.json';
const VERSION = /^\d+\.\d+\.\d+$/;

/**
 * The manifest's own shape (docs/platform.md "Manifest (platform 3.0)"): platform 3.0, known top-level keys, `engines`,
 * and a `modules` map naming at least one Freshdesk module besides `common`. Messages follow the FDK 9/10 wording
 * quoted in docs/platform.md "Manifest (platform 3.0)" and "fdk validate", or its JSON-schema (ajv) style
 * where the doc gives none.
 */
export function checkManifest(s: AppSnapshot): Problem[] {
  const m = s.manifest.value;
  if (m === undefined) return [];
  if (!isObject(m)) return [error(FILE, 'must be object')];
  return [...checkTopLevel(m), ...checkEngines(m.engines), ...checkModules(m.modules)];
}

function checkTopLevel(m: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const version = m['platform-version'];
  if (version === undefined) problems.push(error(FILE, "must have required property 'platform-version'"));
  else if (version !== '3.0') problems.push(error(FILE, `Invalid platform version mentioned in manifest.json - ${String(version)}`));
  for (const key of Object.keys(m)) {
    // 2.x key removed in 2.3 (docs/platform.md "Manifest (platform 3.0)"); the FDK names it explicitly rather than as
    // an unknown property.
    if (key === 'whitelisted-domains') problems.push(error(FILE, '"whitelisted-domains" has been deprecated'));
    else if (!MANIFEST_KEYS.includes(key)) problems.push(error(FILE, `must NOT have additional properties '${key}' in manifest.json`));
  }
  return problems;
}

function checkEngines(engines: unknown): Problem[] {
  if (engines === undefined) return [error(FILE, "must have required property 'engines'")];
  if (!isObject(engines)) return [error(FILE, '/engines must be object')];
  const problems: Problem[] = [];
  for (const key of ['node', 'fdk']) {
    const v = engines[key];
    if (v === undefined) problems.push(error(FILE, `/engines must have required property '${key}'`));
    else if (typeof v !== 'string' || !VERSION.test(v)) {
      problems.push(error(FILE, `/engines/${key} must be an exact version such as 24.11.0, found ${show(v)}`));
    }
  }
  return problems;
}

function checkModules(modules: unknown): Problem[] {
  if (modules === undefined) return [error(FILE, "must have required property 'modules'")];
  if (!isObject(modules)) return [error(FILE, '/modules must be object')];
  const names = Object.keys(modules);
  const problems: Problem[] = [];
  const unknown = names.filter((n) => !MODULES.includes(n) && !isOtherProductModule(n));
  if (unknown.length > 0) {
    problems.push(
      error(FILE, `Invalid module(s) mentioned in modules: ${unknown.join(', ')} (Freshdesk modules: ${MODULES.join(', ')}; or a module of another Freshworks product)`),
    );
  }
  const others = names.filter(isOtherProductModule);
  if (others.length > 0) {
    // A global app may name other products' modules (the official 3.0 samples do); only Freshdesk's are run here.
    const listed = others.map((n) => `${n} (${otherProductOf(n) ?? ''})`).join(', ');
    problems.push(warning(FILE, `${listed}: modules of other Freshworks products; their placeholders and events are not checked, and the local platform runs only the Freshdesk modules`));
  }
  if (!names.some((n) => n !== COMMON)) problems.push(error(FILE, 'At least one module apart from common must be mentioned'));
  for (const [name, block] of Object.entries(modules)) {
    if (!isObject(block)) {
      problems.push(error(FILE, `/modules/${name} must be object`));
      continue;
    }
    problems.push(...checkModuleKeys(name, block));
  }
  return problems;
}

function checkModuleKeys(name: string, block: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const allowed = name === COMMON ? MODULE_KEYS.common : MODULE_KEYS.product;
  for (const [key, value] of entriesOf(block)) {
    if (!MODULE_KEYS.common.includes(key)) {
      const message = `/modules/${name} must NOT have additional properties '${key}'`;
      // Another product's module schema is not published here (the entity-storage sample puts a placeholder
      // straight under `contact`), so an unknown key there is only a warning.
      problems.push(isOtherProductModule(name) ? warning(FILE, `${message} (placeholders go under location)`) : error(FILE, message));
      continue;
    }
    if (!allowed.includes(key)) {
      // Requests, SMI functions and jobs are app-wide (docs/platform.md "Manifest (platform 3.0)"); whether 3.0 also
      // reads them per module is undocumented.
      problems.push(warning(FILE, `/modules/${name}/${key}: ${key} are declared under modules.common`));
    }
    if (!isObject(value)) problems.push(error(FILE, `/modules/${name}/${key} must be object`));
    else if (Object.keys(value).length === 0) {
      const message = `/modules/${name}/${key} must NOT have fewer than 1 properties`;
      problems.push(NON_EMPTY_BLOCKS.includes(key) ? error(FILE, message) : warning(FILE, `${message} (drop the empty block)`));
    }
  }
  return problems;
}
