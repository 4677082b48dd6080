/**
 * The demo data `npm start`, the tests and the bench run on: two seeds for the fake Freshdesk
 * (devkit/fakes/freshdesk/account.ts) and the installation settings that point the app at the fakes.
 */
export { demoAccount, DEMO_ADMIN_API_KEY, DEMO_AGENT_API_KEY, DEMO_SEEDED_AT, DEMO_SUBDOMAIN } from './account';
export { freshAccount, FRESH_ADMIN_API_KEY, FRESH_AGENT_API_KEY, FRESH_SUBDOMAIN } from './fresh-account';
export {
  DEMO_HOSTS,
  DEMO_SIMPLI_API_KEY,
  DEMO_TEAM_GROUPS,
  demoHostMap,
  demoIparams,
  FRESH_FRESHDESK_HOST,
  freshIparams,
  iparamDefaults,
  type DemoIparams,
  type DemoSettings,
  type DemoService,
  type DemoUrls,
} from './iparams';
export {
  DEMO_TICKET_PROFILES,
  HOSTILE_TICKET_ID,
  LONG_THREAD_TICKET_ID,
  UNICODE_TICKET_ID,
  WAITING_ON_CARRIER,
  type DemoCategory,
  type DemoMood,
  type DemoTicketProfile,
  type DemoUrgency,
} from './tickets';
export { ARTICLE_WITH_DRAFT_ID, SUBFOLDER_ID } from './solutions';
export {
  AI_CATEGORY_CHOICES,
  AI_TICKET_FIELD_NAMES,
  AI_URGENCY_CHOICES,
  SENTIMENT_CHOICES,
  SENTIMENT_CONTACT_FIELD_NAMES,
  TICKET_TYPES,
} from './fields';
export { AGENT, COMPANY, CONTACT, GROUP, SUPPORT_EMAIL } from './people';
