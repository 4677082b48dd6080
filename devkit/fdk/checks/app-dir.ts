import { MAX_APP_FILE_BYTES } from '../limits';
import { declared } from '../manifest-parts';
import type { Problem } from '../problem';
import { error } from '../problem';
import { isShippedAppFile } from '../ship-rules';
import type { AppSnapshot } from '../snapshot';

/**
 * app/ must exist when a location is declared, and every file that ships from it stays within 2 MB (docs/platform.md
 * "fdk validate", "Limits"; message from FDK 6.9 `app-dir.js`). FDK 6.9 looked at top-level files only; we look
 * at every shipped file, since built bundles sit in app/scripts/. app/src/ and .ts sources do not ship, so they are not
 * measured.
 */
export function checkAppDir(s: AppSnapshot): Problem[] {
  if (s.appFiles === undefined) {
    return declared(s.manifest.value, 'location').length > 0 ? [error('app/', 'Mandatory folder(s) missing: app')] : [];
  }
  return s.appFiles
    .filter((f) => isShippedAppFile(f.path) && f.size > MAX_APP_FILE_BYTES)
    .map((f) => error(`app/${f.path}`, `App file exceeds threshold size(2MB): app/${f.path} (${f.size} bytes)`));
}
