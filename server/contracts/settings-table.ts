/**
 * Every installation setting, once: its key (the iparam name the platform stores), label, help text, kind,
 * default, secure flag and the section of the installation page it sits in. The installation page
 * (config/iparams.html, built from app/src/settings/) renders and checks this table. The defaults themselves sit
 * in settings-defaults.ts, which the server's readSettings and the sidebar read without the table's texts. Pure
 * data: the server, the page and the devkit all import it.
 *
 * Secure keys are in the table because the page asks for them; they are stored with `__meta.secure` and only
 * ever reach request-template headers (https://developers.freshworks.com/docs/app-sdk/v3.0/support_ticket/app-settings/custom-app-settings).
 */

import { SETTING_DEFAULTS as D } from './settings-defaults';

export { DRAFT_STYLES, SETTING_DEFAULTS, type DraftStyle, type SettingDefaults } from './settings-defaults';

/** How a setting is entered and checked (server/domain/settings/check-settings.ts). */
export type SettingKind = 'host' | 'api_key' | 'subdomain' | 'switch' | 'percent' | 'team_groups' | 'draft_style' | 'language';

export type SettingSection = 'simpli' | 'freshdesk' | 'triage' | 'draft' | 'sentiment' | 'qa' | 'kb';

interface Row {
  key: string;
  label: string;
  help: string;
  kind: SettingKind;
  section: SettingSection;
  required?: true;
  secure?: true;
  default?: string | number | boolean;
  /** A sample value shown as the input's placeholder. */
  example?: string;
}

const simpliHost = <K extends string>(key: K, service: string, example: string) =>
  ({
    key,
    label: `Simpli ${service} service host`,
    help: `Host name of the Simpli ${service} service, reached over HTTPS: no https://, no path, no port.`,
    kind: 'host',
    section: 'simpli',
    required: true,
    example,
  }) as const;

export const SETTINGS_TABLE = [
  simpliHost('simpli_triage_host', 'Triage', 'triage.simpli.example.com'),
  simpliHost('simpli_reply_host', 'Reply', 'reply.simpli.example.com'),
  simpliHost('simpli_sentiment_host', 'Sentiment', 'sentiment.simpli.example.com'),
  simpliHost('simpli_qa_host', 'QA', 'qa.simpli.example.com'),
  simpliHost('simpli_kb_host', 'KB', 'kb.simpli.example.com'),
  {
    key: 'simpli_api_key',
    label: 'Simpli API key',
    help: 'Sent as X-API-Key to every Simpli service. Stored securely; never shown again, never sent to agents’ browsers.',
    kind: 'api_key',
    section: 'simpli',
    required: true,
    secure: true,
  },
  {
    key: 'freshdesk_subdomain',
    label: 'Freshdesk subdomain',
    help: 'The part before .freshdesk.com, e.g. acme for acme.freshdesk.com.',
    kind: 'subdomain',
    section: 'freshdesk',
    required: true,
    example: 'acme',
  },
  {
    key: 'freshdesk_api_key',
    label: 'Freshdesk API key',
    help: 'An admin agent’s API key (Profile settings → View API key). Stored securely; never shown again.',
    kind: 'api_key',
    section: 'freshdesk',
    required: true,
    secure: true,
  },
  {
    key: 'feature_triage',
    label: 'Triage new tickets',
    help: 'Classify and route each new ticket (priority, type, group, AI fields and tags).',
    kind: 'switch',
    section: 'triage',
    default: D.feature_triage,
  },
  {
    key: 'triage_min_confidence_priority',
    label: 'Minimum confidence to set priority (%)',
    help: 'Below this Triage confidence the priority is only suggested (tags, AI fields, sidebar), not applied.',
    kind: 'percent',
    section: 'triage',
    default: D.triage_min_confidence_priority,
  },
  {
    key: 'triage_min_confidence_type',
    label: 'Minimum confidence to set type (%)',
    help: 'Below this Triage confidence the ticket type is only suggested.',
    kind: 'percent',
    section: 'triage',
    default: D.triage_min_confidence_type,
  },
  {
    key: 'triage_min_confidence_group',
    label: 'Minimum confidence to route to a group (%)',
    help: 'Below this Triage confidence the group is only suggested.',
    kind: 'percent',
    section: 'triage',
    default: D.triage_min_confidence_group,
  },
  {
    key: 'triage_overwrite_existing',
    label: 'Overwrite values set at creation',
    help: 'When off, priority, type and group already set on a new ticket (by the requester, a rule or an agent) are kept.',
    kind: 'switch',
    section: 'triage',
    default: D.triage_overwrite_existing,
  },
  {
    key: 'triage_team_groups',
    label: 'Team to group mapping',
    help: 'One line per Triage team whose name differs from your Freshdesk group: team = Group name (or group id). Checked against your Freshdesk groups.',
    kind: 'team_groups',
    section: 'triage',
    example: 'tech = Technical Support',
  },
  {
    key: 'feature_draft',
    label: 'Draft replies',
    help: 'Draft a reply for each new ticket with Simpli Reply.',
    kind: 'switch',
    section: 'draft',
    default: D.feature_draft,
  },
  {
    key: 'feature_draft_note',
    label: 'Post drafts as private notes',
    help: 'Post the AI draft as a private note; when off, the draft lives only in the sidebar.',
    kind: 'switch',
    section: 'draft',
    default: D.feature_draft_note,
  },
  {
    key: 'draft_style',
    label: 'Draft style',
    help: 'The tone Simpli Reply drafts in.',
    kind: 'draft_style',
    section: 'draft',
    default: D.draft_style,
  },
  {
    key: 'draft_language',
    label: 'Draft language',
    help: 'A language code such as en, de or pt-BR. Leave empty to answer in the requester’s language.',
    kind: 'language',
    section: 'draft',
    example: 'en',
  },
  {
    key: 'feature_sentiment',
    label: 'Analyze customer replies',
    help: 'Score the sentiment and escalation risk of each customer reply.',
    kind: 'switch',
    section: 'sentiment',
    default: D.feature_sentiment,
  },
  {
    key: 'sentiment_escalation_threshold',
    label: 'Escalation risk threshold (%)',
    help: 'A customer reply whose escalation risk reaches this tags the ticket escalation-risk:high (risk runs from 0 to 100 %).',
    kind: 'percent',
    section: 'sentiment',
    default: D.sentiment_escalation_threshold,
  },
  {
    key: 'sentiment_raise_priority',
    label: 'Raise priority on escalation risk',
    help: 'When a reply reaches the escalation threshold, also raise the ticket’s priority one level (once, when the tag is added).',
    kind: 'switch',
    section: 'sentiment',
    default: D.sentiment_raise_priority,
  },
  {
    key: 'sentiment_first_message',
    label: 'Analyze the first message too',
    help: 'Also score the ticket’s first message when it is created. Off by default: first messages describe a problem and tend to read negative.',
    kind: 'switch',
    section: 'sentiment',
    default: D.sentiment_first_message,
  },
  {
    key: 'feature_qa',
    label: 'Score resolved tickets',
    help: 'Run QA when a ticket is resolved or closed and post the score as a private note.',
    kind: 'switch',
    section: 'qa',
    default: D.feature_qa,
  },
  {
    key: 'qa_sample_rate',
    label: 'QA sample rate (%)',
    help: 'Share of resolved tickets QA scores, to bound its cost. The same tickets are always chosen; the others are recorded as not sampled.',
    kind: 'percent',
    section: 'qa',
    default: D.qa_sample_rate,
  },
  {
    key: 'feature_kb_sync',
    label: 'Sync the knowledge base',
    help: 'Send Freshdesk Solutions articles to Simpli KB on a schedule.',
    kind: 'switch',
    section: 'kb',
    default: D.feature_kb_sync,
  },
] as const satisfies readonly Row[];

export type SettingDefinition = (typeof SETTINGS_TABLE)[number];
export type SettingKey = SettingDefinition['key'];

/** Keys stored with `__meta.secure`: readable only in request-template headers. */
export const SECURE_SETTING_KEYS: readonly SettingKey[] = SETTINGS_TABLE.filter((row) => 'secure' in row && row.secure).map((row) => row.key);

export const SECTION_TITLES: Readonly<Record<SettingSection, string>> = {
  simpli: 'Simpli services',
  freshdesk: 'Freshdesk',
  triage: 'Triage',
  draft: 'Reply drafts',
  sentiment: 'Sentiment',
  qa: 'Quality assurance',
  kb: 'Knowledge base',
};

export function settingDefinition(key: string): SettingDefinition | undefined {
  return SETTINGS_TABLE.find((row) => row.key === key);
}
