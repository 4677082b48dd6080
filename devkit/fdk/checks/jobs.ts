import { isObject } from '../json';
import { declared } from '../manifest-parts';
import type { Problem } from '../problem';
import { error } from '../problem';
import type { AppSnapshot } from '../snapshot';

const FILE = 'manifest.json';

/**
 * Jobs `modules.common.jobs.<name>` (the official jobs sample, https://github.com/freshworks-developers/jobs-samples,
 * and Freshworks' Jobs reference, https://github.com/freshworks-developers/marketplace/blob/main/skills/app-dev/references/runtime/jobs-docs.md):
 * each entry is an object (`{}` or with options such as `timeout`) and names a function server/server.js exports,
 * which the platform runs when the front end invokes the job.
 */
export function checkJobs(s: AppSnapshot): Problem[] {
  const problems: Problem[] = [];
  const load = s.server.load;
  const exported = load?.ok ? new Set(load.functions) : undefined;
  for (const [mod, name, entry] of declared(s.manifest.value, 'jobs')) {
    if (!isObject(entry)) problems.push(error(FILE, `/modules/${mod}/jobs/${name} must be object`));
    if (exported && !exported.has(name)) {
      problems.push(error(s.server.file, `Job function not found: "${name}" is declared in modules.${mod}.jobs but server/server.js does not export it`));
    }
  }
  return problems;
}
