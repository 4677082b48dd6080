/**
 * The installation settings the server code may read (their table: settings-table.ts). Empty strings count as "not set";
 * nothing here throws. The secure ones (the Simpli and Freshdesk API keys) are deliberately absent: they reach the
 * services only through request-template headers, and whether the platform also puts them in event payloads is
 * unsettled (docs/platform.md, "Secure installation parameters"). A wrong or missing key shows as the service's
 * 401/403 (server/fdk/request.ts).
 */
import * as z from 'zod/mini';
import { DRAFT_STYLES, SETTING_DEFAULTS as D } from './settings-defaults';

/** `z.preprocess` of full zod, which zod/mini lacks: the same pipe of a transform into the schema. */
const preprocess = <T extends z.ZodMiniType>(fn: (v: unknown) => unknown, schema: T) => z.pipe(z.transform(fn), schema);
const text = preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.optional(z.string().check(z.trim())));
const flag = (fallback: boolean) =>
  z.pipe(
    preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.optional(z.boolean())),
    z.transform((v: boolean | undefined) => v ?? fallback),
  );
/** A percentage (0–100) as the admin typed it, as a 0–1 share. */
const percent = (fallback: number) =>
  z.pipe(
    preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v), z.optional(z.number().check(z.minimum(0), z.maximum(100)))),
    z.transform((v: number | undefined) => (v ?? fallback) / 100),
  );

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
  draft_style: z.pipe(z.optional(z.enum(DRAFT_STYLES)), z.transform((v) => v ?? D.draft_style)),
  draft_language: text,
  feature_sentiment: flag(D.feature_sentiment),
  sentiment_escalation_threshold: percent(D.sentiment_escalation_threshold),
  sentiment_raise_priority: flag(D.sentiment_raise_priority),
  sentiment_first_message: flag(D.sentiment_first_message),
  feature_qa: flag(D.feature_qa),
  qa_sample_rate: percent(D.qa_sample_rate),
  feature_kb_sync: flag(D.feature_kb_sync),
};

export const settingsSchema = z.object(fields);
export type Settings = z.infer<typeof settingsSchema>;

/** Each setting on its own: one malformed value falls back to its default without losing the others. */
export function readSettings(iparams: unknown): Settings {
  const source = (typeof iparams === 'object' && iparams !== null ? iparams : {}) as Record<string, unknown>;
  const entries = Object.entries(fields).map(([key, schema]) => {
    const parsed = (schema as z.ZodMiniType).safeParse(source[key]);
    return [key, parsed.success ? parsed.data : (schema as z.ZodMiniType).parse(undefined)];
  });
  // Already parsed field by field; parsing the whole again would apply the transforms twice.
  return Object.fromEntries(entries) as Settings;
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
