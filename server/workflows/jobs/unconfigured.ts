/**
 * Steps that cannot run for lack of installation settings fail for good with the settings' names, in words an
 * admin can act on, instead of as a request the platform refuses to render.
 */
import type { Settings } from '../../contracts/iparams';
import type { StepError } from '../../contracts/job-record';

export type SettingsNeeds<S extends string> = Readonly<Record<S, readonly (keyof Settings)[]>>;

export function unconfiguredErrors<S extends string>(settings: Settings, needs: SettingsNeeds<S>, steps: readonly S[]): Partial<Record<S, StepError>> {
  const errors: Partial<Record<S, StepError>> = {};
  for (const step of steps) {
    const missing = needs[step].filter((key) => settings[key] === undefined);
    if (missing.length > 0) errors[step] = { kind: 'not_configured', message: `the installation settings lack ${missing.join(', ')}`, retryable: false };
  }
  return errors;
}
