/**
 * The Freshdesk platform-3.0 vocabulary the manifest is checked against (fdk-platform.md §1.2, §4.7, §8).
 * Sources: Freshworks skill docs `freshdesk_modules.md`, `freshdesk_support_*.md` and the FDK 6.9 addon
 * `locations/product_locations*.json` (for the icon-less placeholders).
 */

export const COMMON = 'common';

/** Placeholders allowed under `modules.<module>.location`. `common` only takes the two app-wide ones (§1.2). */
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
  support_portal: [],
};

/** Every module name the manifest may use for a Freshdesk app. */
export const MODULES: readonly string[] = Object.keys(LOCATIONS);

/**
 * Placeholders that render no icon, so `icon` is optional there (FDK 6.9 `location_without_icons`, §1.2).
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

/** Serverless events each module may subscribe to (§4.7, §8). */
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

/** Keys a module block may hold. Requests and SMI functions are app-wide, so they live in `common` (§1.2). */
export const MODULE_KEYS: Readonly<Record<'common' | 'product', readonly string[]>> = {
  common: ['location', 'requests', 'functions', 'events'],
  product: ['location', 'events'],
};

/** Top-level manifest keys of platform 3.0 (§1.2); anything else fails the FDK's JSON schema. */
export const MANIFEST_KEYS: readonly string[] = [
  'platform-version',
  'modules',
  'engines',
  'dependencies',
  'metaConfig',
  'scripts',
  'app',
];
