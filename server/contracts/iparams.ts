/**
 * The installation settings (config/iparams.json) the server code may read. Empty strings count as "not set";
 * nothing here throws. The secure ones (the Simpli and Freshdesk API keys) are deliberately absent: they reach the
 * services only through request-template headers, and whether the platform also puts them in event payloads is
 * unsettled (docs/platform.md, "Secure installation parameters"). A wrong or missing key shows as the service's
 * 401/403 (server/fdk/request.ts).
 */
import { z } from 'zod';

const text = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().optional());
const flag = (fallback: boolean) =>
  z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean().optional()).transform((v) => v ?? fallback);
/** A percentage (0–100) as the admin typed it, as a 0–1 share. */
const percent = (fallback: number) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v), z.number().min(0).max(100).optional()).transform((v) => (v ?? fallback) / 100);

const fields = {
  simpli_triage_host: text,
  simpli_reply_host: text,
  simpli_sentiment_host: text,
  simpli_qa_host: text,
  simpli_kb_host: text,
  freshdesk_subdomain: text,
  feature_triage: flag(true),
  triage_min_confidence_priority: percent(60),
  triage_min_confidence_type: percent(70),
  triage_min_confidence_group: percent(70),
  triage_overwrite_existing: flag(false),
  triage_team_groups: text,
  feature_draft: flag(true),
  feature_draft_note: flag(true),
  draft_style: z.enum(['friendly', 'formal', 'concise']).optional().transform((v) => v ?? 'friendly'),
  draft_language: text,
  feature_sentiment: flag(true),
  sentiment_escalation_threshold: percent(50),
  sentiment_raise_priority: flag(false),
  sentiment_first_message: flag(false),
  feature_qa: flag(true),
  qa_sample_rate: percent(100),
  feature_kb_sync: flag(true),
};

export const settingsSchema = z.object(fields);
export type Settings = z.infer<typeof settingsSchema>;

/** Each setting on its own: one malformed value falls back to its default without losing the others. */
export function readSettings(iparams: unknown): Settings {
  const source = (typeof iparams === 'object' && iparams !== null ? iparams : {}) as Record<string, unknown>;
  const entries = Object.entries(fields).map(([key, schema]) => {
    const parsed = (schema as z.ZodType).safeParse(source[key]);
    return [key, parsed.success ? parsed.data : (schema as z.ZodType).parse(undefined)];
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
