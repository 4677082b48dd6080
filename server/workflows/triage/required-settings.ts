/**
 * The installation settings each triage step cannot do without (checked by jobs/unconfigured.ts). The API keys
 * are secure and never read here: a wrong or missing one is the service's 401/403.
 */
import type { TriageStep } from '../../contracts/store-records';
import type { SettingsNeeds } from '../jobs/unconfigured';

export const TRIAGE_SETTINGS_NEEDS: SettingsNeeds<TriageStep> = {
  classify: ['simpli_triage_host'],
  route: ['simpli_triage_host'],
  draft: ['simpli_reply_host'],
  update: ['freshdesk_subdomain'],
  note: ['freshdesk_subdomain'],
};
