import type { Problem } from '../problem';
import { error } from '../problem';
import type { AppSnapshot } from '../snapshot';

/** manifest.json must exist; every JSON file present must parse. Later checks skip what failed here. */
export function checkJsonFiles(s: AppSnapshot): Problem[] {
  const problems: Problem[] = [];
  if (!s.manifest.present) problems.push(error('manifest.json', 'Mandatory file(s) missing: manifest.json'));
  for (const f of [s.manifest, s.requests, s.iparams]) {
    if (f.parseError !== undefined) problems.push(error(f.file, `Invalid JSON in ${f.file}: ${f.parseError}`));
  }
  return problems;
}
