import { entriesOf, isObject, show } from '../json';
import { SMI_NAME, SMI_TIMEOUTS } from '../limits';
import { declared } from '../manifest-parts';
import type { Problem } from '../problem';
import { error } from '../problem';
import type { AppSnapshot } from '../snapshot';

const FILE = 'manifest.json';

/**
 * SMI declarations `modules.common.functions.<name>` (docs/platform.md "Server method invocation (SMI)"): valid name,
 * optional `timeout` of 20/25/30 s, and a function of that name exported by server/server.js ("SMI function not found"
 * otherwise).
 */
export function checkSmi(s: AppSnapshot): Problem[] {
  const problems: Problem[] = [];
  const load = s.server.load;
  const exported = load?.ok ? new Set(load.functions) : undefined;
  for (const [mod, name, entry] of declared(s.manifest.value, 'functions')) {
    const where = `modules.${mod}.functions`;
    if (!SMI_NAME.test(name)) {
      problems.push(error(FILE, `Function "${name}" in ${where} has invalid name: use 2–40 letters, digits or _, not starting with a digit`));
    }
    if (!isObject(entry)) {
      problems.push(error(FILE, `/modules/${mod}/functions/${name} must be object`));
      continue;
    }
    for (const [key, value] of entriesOf(entry)) {
      if (key !== 'timeout') problems.push(error(FILE, `/modules/${mod}/functions/${name} must NOT have additional properties '${key}'`));
      else if (typeof value !== 'number' || !SMI_TIMEOUTS.includes(value)) {
        problems.push(error(FILE, `Timeout should be one of the allowed values (${SMI_TIMEOUTS.join(', ')}) for function "${name}", found ${show(value)}`));
      }
    }
    if (exported && !exported.has(name)) {
      problems.push(error(s.server.file, `SMI function not found: "${name}" is declared in ${where} but server/server.js does not export it`));
    }
  }
  return problems;
}
