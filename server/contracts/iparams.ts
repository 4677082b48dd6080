/**
 * The installation settings the server code may read (their table: settings-table.ts). Empty strings count as "not set";
 * nothing here throws. The secure ones (the Simpli and Freshdesk API keys) are deliberately absent: they reach the
 * services only through request-template headers, and whether the platform also puts them in event payloads is
 * unsettled (docs/platform.md, "Secure installation parameters"). A wrong or missing key shows as the service's
 * 401/403 (server/fdk/request.ts).
 */
import { DRAFT_STYLES, SETTING_DEFAULTS as D } from './settings-defaults';

// Plain readers rather than zod: zod/mini's pipe and transform, which these would need, cost the bundle ~1.3 KB.
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
/** A switch as the page saved it: a boolean or its string form; anything else is the default. */
const flag =
  (fallback: boolean) =>
  (v: unknown): boolean =>
    v === true || v === 'true' ? true : v === false || v === 'false' ? false : fallback;
/** A percentage (0–100) as the admin typed it, as a 0–1 share; out of range or not a number is the default. */
const percent =
  (fallback: number) =>
  (v: unknown): number => {
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
    return (typeof n === 'number' && n >= 0 && n <= 100 ? n : fallback) / 100;
  };
const draftStyle = (v: unknown): (typeof DRAFT_STYLES)[number] => DRAFT_STYLES.find((style) => style === v) ?? D.draft_style;

const fields = {
  simpli_triage_host: text,
  simpli_reply_host: text,
  simpli_sentiment_host: text,
  simpli_qa_host: text,
  simpli_kb_host: text,
  freshdesk_subdomain: text,
  feature_triage: flag(D.feature_triage),
  triage_min_confidence_priority: percent(D.triage_min_confidence_priority),
  triage_min_confidence_type: percent(D.triage_min_confidence_type),
  triage_min_confidence_group: percent(D.triage_min_confidence_group),
  triage_overwrite_existing: flag(D.triage_overwrite_existing),
  triage_team_groups: text,
  feature_draft: flag(D.feature_draft),
  feature_draft_note: flag(D.feature_draft_note),
  draft_style: draftStyle,
  draft_language: text,
  feature_sentiment: flag(D.feature_sentiment),
  sentiment_escalation_threshold: percent(D.sentiment_escalation_threshold),
  sentiment_raise_priority: flag(D.sentiment_raise_priority),
  sentiment_first_message: flag(D.sentiment_first_message),
  feature_qa: flag(D.feature_qa),
  qa_sample_rate: percent(D.qa_sample_rate),
  feature_kb_sync: flag(D.feature_kb_sync),
};

export type Settings = { [K in keyof typeof fields]: ReturnType<(typeof fields)[K]> };

/** Each setting on its own: one malformed value falls back to its default without losing the others. */
export function readSettings(iparams: unknown): Settings {
  const source = (typeof iparams === 'object' && iparams !== null ? iparams : {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(fields).map(([key, read]) => [key, read(source[key])])) as Settings;
}

/** "tech = Technical Support" lines → { tech: 'Technical Support' }; malformed lines are ignored. */
export function parseTeamGroups(text: string | undefined): Record<string, string> {
  const pairs = (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.split('='))
    .filter((parts) => parts.length === 2 && parts[0]!.trim() !== '' && parts[1]!.trim() !== '')
    .map(([team, group]) => [team!.trim(), group!.trim()]);
  return Object.fromEntries(pairs);
}
