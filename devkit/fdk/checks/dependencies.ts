import { builtinModules } from 'node:module';
import { isObject } from '../json';
import type { Problem } from '../problem';
import { error, warning } from '../problem';
import { packageOf } from '../server/package-name';
import type { AppSnapshot } from '../snapshot';

const FILE = 'manifest.json';
const EXACT = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/**
 * Manifest `dependencies` ↔ what server.js requires (docs/platform.md "Serverless runtime: server.js"; messages from
 * FDK 6.9 `manifest-dependency.js` and the `no-dependency-mismatch` lint rule). This project bundles its server code,
 * so the list should stay empty; if used, versions must be exact, and every required package must be listed (Node
 * built-ins included: the sandbox `require` only resolves server/node_modules).
 */
export function checkDependencies(s: AppSnapshot): Problem[] {
  const manifest = s.manifest.value;
  const deps = isObject(manifest) ? manifest.dependencies : undefined;
  const problems: Problem[] = [];
  if (deps !== undefined && !isObject(deps)) problems.push(error(FILE, '/dependencies must be object'));
  const listed = isObject(deps) ? deps : {};
  const names = Object.keys(listed);
  if (names.length > 0) {
    problems.push(warning(FILE, `dependencies (${names.join(', ')}): this project bundles server code with esbuild; the platform would npm-install these into server/node_modules`));
    if (s.server.source === undefined) {
      problems.push(error(FILE, 'Please remove dependencies from your manifest as the current app does not have a serverless component.'));
    }
  }
  for (const [name, version] of Object.entries(listed)) {
    const v = String(version);
    if (v.startsWith('^') || v.startsWith('~')) problems.push(error(FILE, `Package '${name}' version contains special characters(^ or ~).`));
    else if (typeof version !== 'string' || !EXACT.test(v)) problems.push(error(FILE, `Package '${name}' must use an exact version, found '${v}'.`));
  }
  const required = s.server.facts?.requiredPackages ?? [];
  const seen = new Set<string>();
  for (const dep of required) {
    const pkg = packageOf(dep);
    seen.add(pkg);
    if (pkg in listed) continue;
    const builtin = builtinModules.includes(dep.replace(/^node:/, '')) ? ' (Node built-ins are not available to the FDK sandbox require)' : '';
    problems.push(error(s.server.file, `'${dep}' is not listed in manifest.${builtin}`));
  }
  const unused = names.filter((n) => !seen.has(n));
  if (s.server.facts && unused.length > 0) problems.push(error(FILE, `The following dependencies are not used: ${unused.join(',')}`));
  return problems;
}

