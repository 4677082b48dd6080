import type { Problem } from '../problem';
import { error, warning } from '../problem';
import type { AppSnapshot } from '../snapshot';

/**
 * Names config/ may hold (FDK 6.9 `config-dir.js`, plus requests.json from platform 2.3 on — docs/platform.md
 * "App file layout").
 */
const ALLOWED = ['iparams.html', 'iparams.json', 'iparam_test_data.json', 'oauth_config.json', 'assets', 'entities.json', 'requests.json'];

/**
 * config/ exists, holds only known files, and has exactly one of iparams.json / iparams.html (docs/platform.md
 * "App file layout", "iparams.json rules").
 */
export function checkConfigDir(s: AppSnapshot): Problem[] {
  const entries = s.configEntries;
  if (entries === undefined) return [error('config/', 'Mandatory folder(s) missing: config')];
  const problems: Problem[] = [];
  const invalid = entries.filter((n) => !ALLOWED.includes(n));
  if (invalid.length > 0) problems.push(error('config/', `Config directory has invalid file(s) - ${invalid.join(',')}`));
  if (entries.includes('iparam_test_data.json')) {
    problems.push(warning('config/iparam_test_data.json', 'iparam_test_data.json is deprecated; test the installation page with the local platform instead'));
  }
  const json = entries.includes('iparams.json');
  const html = entries.includes('iparams.html');
  if (json && html) problems.push(error('config/', 'Unsupported File(s). Specify either iparams.html or iparams.json'));
  if (!json && !html) problems.push(error('config/', 'iparams.json is mandatory.'));
  return problems;
}
