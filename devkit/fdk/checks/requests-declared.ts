import { isObject } from '../json';
import { MAX_REQUEST_TEMPLATES } from '../limits';
import { declared } from '../manifest-parts';
import type { Problem } from '../problem';
import { error, warning } from '../problem';
import type { AppSnapshot } from '../snapshot';

/**
 * Manifest `requests` ↔ config/requests.json, both ways (docs/platform.md "Manifest (platform 3.0)"): a declared
 * template missing from the file is an error, a template nobody declared is a warning (the FDK's own wording for both).
 * Also the 100-template cap (docs/platform.md "Request templates: schema and options", "Limits").
 */
export function checkRequestsDeclared(s: AppSnapshot): Problem[] {
  const problems: Problem[] = [];
  const names = declared(s.manifest.value, 'requests').map(([, name]) => name);
  const file = s.requests.file;
  const templates = s.requests.value;
  if (s.requests.parseError !== undefined) return problems;
  if (templates !== undefined && !isObject(templates)) {
    return [error(file, 'must be object (template name → { schema, options })')];
  }
  const defined = Object.keys(templates ?? {});
  for (const name of names) {
    if (!defined.includes(name)) problems.push(error('manifest.json', `Request template '${name}' is not defined in config/requests.json`));
  }
  for (const name of defined) {
    if (!names.includes(name)) {
      problems.push(warning(file, `request template '${name}' is declared but not associated with any product (add "${name}": {} to modules.common.requests)`));
    }
  }
  if (defined.length > MAX_REQUEST_TEMPLATES) {
    problems.push(error(file, `Too many request templates: ${defined.length} (at most ${MAX_REQUEST_TEMPLATES})`));
  }
  return problems;
}
