/**
 * The Freshdesk platform-3.0 vocabulary the manifest is checked against (docs/platform.md "Manifest (platform 3.0)",
 * "Event payloads: app set-up, external and scheduled events"). Sources: Freshworks skill docs `freshdesk_modules.md`,
 * `freshdesk_support_*.md` and the FDK 6.9 addon `locations/product_locations*.json` (for the icon-less placeholders).
 */

export const COMMON = 'common';

/**
 * Placeholders allowed under `modules.<module>.location`. `common` only takes the two app-wide ones (docs/platform.md
 * "Manifest (platform 3.0)").
 */
export const LOCATIONS: Readonly<Record<string, readonly string[]>> = {
  common: ['full_page_app', 'cti_global_sidebar'],
  support_ticket: [
    'ticket_sidebar',
    'ticket_requester_info',
    'ticket_top_navigation',
    'ticket_background',
    'time_entry_background',
    'ticket_attachment',
    'ticket_conversation_editor',
    'new_ticket_requester_info',
    'new_ticket_background',
  ],
  support_contact: ['contact_sidebar', 'contact_background', 'contact_list_background'],
  support_company: ['company_background', 'company_list_background'],
  support_email: ['new_email_requester_info', 'new_email_background'],
  support_agent: [],
  // The customer-portal sidebar of the new-ticket page: the official end-user samples (platform 3.0) use it.
  support_portal: ['portal_tickets_new_sidebar'],
};

/** Every module name the manifest may use for a Freshdesk app. */
export const MODULES: readonly string[] = Object.keys(LOCATIONS);

/**
 * Modules of the other Freshworks products, which a global (multi-product) 3.0 app names beside the Freshdesk
 * ones — the official samples do (service_ticket, deal, sales_account, chat_conversation, …). Module lists from the
 * Freshworks skill docs `product_module_association.md` / `platform3-manifest-structure.md`
 * (github.com/freshworks-developers/marketplace). Their placeholders and events are not catalogued here: the
 * local platform runs Freshdesk only, so the validator checks their shape and files but not their vocabulary.
 */
export const OTHER_PRODUCT_MODULES: Readonly<Record<string, string>> = {
  service_ticket: 'Freshservice',
  service_asset: 'Freshservice',
  service_change: 'Freshservice',
  service_user: 'Freshservice',
  appointment: 'Freshsales',
  contact: 'Freshsales',
  cpq_document: 'Freshsales',
  deal: 'Freshsales',
  lead: 'Freshsales',
  phone: 'Freshsales',
  product: 'Freshsales',
  sales_account: 'Freshsales',
  sales_activities: 'Freshsales',
  task: 'Freshsales',
  user_agent_availability: 'Freshsales',
  call: 'Freshcaller',
  caller_agent: 'Freshcaller',
  caller_conversation: 'Freshcaller',
  caller_metrics: 'Freshcaller',
  notification: 'Freshcaller',
  chat_conversation: 'Freshchat',
  chat_user: 'Freshchat',
};

/** The other Freshworks product a module belongs to, or undefined for Freshdesk's own and unknown names. */
export const otherProductOf = (name: string): string | undefined =>
  Object.hasOwn(OTHER_PRODUCT_MODULES, name) ? OTHER_PRODUCT_MODULES[name] : undefined;

export const isOtherProductModule = (name: string): boolean => otherProductOf(name) !== undefined;

/** `common` placeholders only another product renders (Freshsales' left navigation): valid when one of its modules is named. */
export const OTHER_PRODUCT_COMMON_LOCATIONS: Readonly<Record<string, string>> = {
  left_nav_cti: 'Freshsales',
  left_nav_chat: 'Freshsales',
};

/**
 * Placeholders that render no icon, so `icon` is optional there (FDK 6.9 `location_without_icons`, docs/platform.md
 * "Manifest (platform 3.0)").
 */
export const ICONLESS_LOCATIONS: ReadonlySet<string> = new Set([
  'ticket_background',
  'ticket_requester_info',
  'new_ticket_requester_info',
  'new_ticket_background',
  'time_entry_background',
  'contact_background',
  'contact_list_background',
  'company_background',
  'company_list_background',
  'new_email_requester_info',
  'new_email_background',
]);

/**
 * Serverless events each module may subscribe to (docs/platform.md
 * "Event payloads: app set-up, external and scheduled events", "Manifest (platform 3.0)").
 */
export const EVENTS: Readonly<Record<string, readonly string[]>> = {
  common: ['onAppInstall', 'afterAppUpdate', 'onAppUninstall', 'onExternalEvent', 'onScheduledEvent'],
  support_ticket: [
    'onTicketCreate',
    'onTicketUpdate',
    'onTicketDelete',
    'onTimeEntryCreate',
    'onTimeEntryUpdate',
    'onTimeEntryDelete',
    'onTicketFieldCreate',
    'onTicketFieldUpdate',
    'onTicketFieldDelete',
    'onConversationCreate',
    'onConversationUpdate',
    'onConversationDelete',
    'onCannedResponseCreate',
    'onCannedResponseUpdate',
    'onCannedResponseDelete',
  ],
  support_contact: ['onContactCreate', 'onContactUpdate', 'onContactDelete'],
  support_company: ['onCompanyCreate', 'onCompanyUpdate', 'onCompanyDelete'],
  support_agent: [
    'onAgentCreate',
    'onAgentUpdate',
    'onAgentDelete',
    'onAgentStatusCreate',
    'onAgentStatusUpdate',
    'onAgentStatusDelete',
    'onAgentAvailabilityUpdate',
    'onGroupCreate',
    'onGroupUpdate',
    'onGroupDelete',
  ],
  support_email: [],
  support_portal: [
    'onTopicCreate',
    'onTopicUpdate',
    'onTopicDelete',
    'onForumCreate',
    'onForumUpdate',
    'onForumDelete',
    'onForumCategoryCreate',
    'onForumCategoryUpdate',
    'onForumCategoryDelete',
    'onPortalForumCategoryCreate',
    'onPortalForumCategoryDelete',
    'onArticleCreate',
    'onArticleUpdate',
    'onArticleDelete',
    'onPortalSolutionCategoryCreate',
    'onPortalSolutionCategoryDelete',
    'onFolderCreate',
    'onFolderUpdate',
    'onFolderDelete',
    'onSurveyCreate',
    'onSurveyUpdate',
    'onCategoryCreate',
    'onCategoryUpdate',
    'onCategoryDelete',
  ],
};

/**
 * Keys a module block may hold. Requests, SMI functions and jobs are app-wide, so they live in `common`
 * (docs/platform.md "Manifest (platform 3.0)"; `jobs` per the Jobs docs and the official jobs sample,
 * `modules.common.jobs.<name>`).
 */
export const MODULE_KEYS: Readonly<Record<'common' | 'product', readonly string[]>> = {
  common: ['location', 'requests', 'functions', 'events', 'jobs'],
  product: ['location', 'events'],
};

/**
 * The one block that must not be empty: the FDK's error catalogue quotes `/modules/common/location must NOT have
 * fewer than 1 properties`. Skill docs say the same of requests/functions/events, yet official samples and
 * Freshworks' own module examples ship `"requests": {}` and `"events": {}` — so those are only warned about.
 */
export const NON_EMPTY_BLOCKS: readonly string[] = ['location'];

/**
 * Top-level manifest keys of platform 3.0 (docs/platform.md "Manifest (platform 3.0)"); anything else fails the FDK's
 * JSON schema.
 */
export const MANIFEST_KEYS: readonly string[] = [
  'platform-version',
  'modules',
  'engines',
  'dependencies',
  'metaConfig',
  'scripts',
  'app',
];
