/**
 * The installation settings each triage step cannot do without. A missing one is reported once, in words an
 * admin can act on, instead of as a request the platform refuses to render.
 */
import type { Settings } from '../../contracts/iparams';
import type { TriageStep } from '../../contracts/store-records';

type Key = keyof Settings;

const NEEDS: Readonly<Record<TriageStep, readonly Key[]>> = {
  classify: ['simpli_triage_host', 'simpli_api_key'],
  route: ['simpli_triage_host', 'simpli_api_key'],
  draft: ['simpli_reply_host', 'simpli_api_key'],
  update: ['freshdesk_subdomain', 'freshdesk_api_key'],
  note: ['freshdesk_subdomain', 'freshdesk_api_key'],
};

/** Step → the settings it needs that are not set (only steps with something missing). */
export function missingSettings(settings: Settings, steps: readonly TriageStep[]): Partial<Record<TriageStep, Key[]>> {
  const missing: Partial<Record<TriageStep, Key[]>> = {};
  for (const step of steps) {
    const keys = NEEDS[step].filter((key) => settings[key] === undefined);
    if (keys.length > 0) missing[step] = keys;
  }
  return missing;
}
