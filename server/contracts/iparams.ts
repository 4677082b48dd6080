/** The installation settings (config/iparams.json). Empty strings count as "not set". */
import { z } from 'zod';

const text = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().optional());
const flag = (fallback: boolean) =>
  z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean().optional()).transform((v) => v ?? fallback);

export const settingsSchema = z.object({
  simpli_triage_host: text,
  simpli_reply_host: text,
  simpli_sentiment_host: text,
  simpli_qa_host: text,
  simpli_kb_host: text,
  simpli_api_key: text,
  freshdesk_subdomain: text,
  freshdesk_api_key: text,
  feature_triage: flag(true),
  feature_draft: flag(true),
  feature_draft_note: flag(true),
  feature_sentiment: flag(true),
  feature_qa: flag(true),
  feature_kb_sync: flag(true),
});

export type Settings = z.infer<typeof settingsSchema>;

/** Never fails: a missing or malformed setting falls back to "not set" and the step that needs it says so. */
export function readSettings(iparams: unknown): Settings {
  const parsed = settingsSchema.safeParse(iparams ?? {});
  return parsed.success ? parsed.data : settingsSchema.parse({});
}
