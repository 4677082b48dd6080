/** The installation settings each triage step cannot do without (checked by jobs/unconfigured.ts). */
import type { TriageStep } from '../../contracts/store-records';
import type { SettingsNeeds } from '../jobs/unconfigured';

export const TRIAGE_SETTINGS_NEEDS: SettingsNeeds<TriageStep> = {
  classify: ['simpli_triage_host', 'simpli_api_key'],
  route: ['simpli_triage_host', 'simpli_api_key'],
  draft: ['simpli_reply_host', 'simpli_api_key'],
  update: ['freshdesk_subdomain', 'freshdesk_api_key'],
  note: ['freshdesk_subdomain', 'freshdesk_api_key'],
};
