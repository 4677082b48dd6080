/**
 * What every validator returns. The FDK itself reports plain strings plus `{ severity: WARNING, value }` objects
 * (FDK 6.9 `lib/utils/error-util.js`); we add the file so a problem can be found without knowing the FDK.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path relative to the app root, e.g. `manifest.json`, `config/requests.json`, `app/index.html`. */
  file: string;
  message: string;
}

export const error = (file: string, message: string): Problem => ({ severity: 'error', file, message });
export const warning = (file: string, message: string): Problem => ({ severity: 'warning', file, message });

export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((p) => p.severity === 'error');
