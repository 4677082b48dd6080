/**
 * The account's sentiment contact fields, cached in `$db` like the ticket schema (workflows/triage/account-schema.ts)
 * so that a reply costs no Freshdesk read: onAppInstall warms it, a refused contact update or the TTL refreshes it.
 */
import { z } from 'zod';
import { CONTACT_FIELDS_CACHE_KEY } from '../../contracts/sentiment-record';
import { findSentimentFields } from '../../domain/sentiment/contact-fields';
import type { ContactFieldDef, SentimentFields } from '../../domain/sentiment/types';
import type { HelpdeskPort, KeyValueStore } from '../../ports';

/** Admins rarely change contact fields; a refused update refreshes the cache at once anyway. */
export const FIELDS_TTL_SECONDS = 24 * 60 * 60;
/** A field the admin has not created yet is looked for again within the hour, not the day. */
export const MISSING_FIELD_TTL_SECONDS = 60 * 60;

const target = z.object({
  name: z.string(),
  label: z.string(),
  kind: z.enum(['dropdown', 'text', 'number', 'decimal', 'other']),
  choices: z.array(z.string()),
});
const cachedFields = z.object({ label: target.optional(), risk: target.optional() });

export interface ContactFieldSource {
  /** The cached fields, or fresh ones (then cached). `requests` counts the Freshdesk reads it cost. */
  load(): Promise<{ fields: SentimentFields; requests: number }>;
  refresh(): Promise<SentimentFields>;
  /** Caches the fields found among `defs`, a list the caller already has (the install's, with those it created). */
  save(defs: readonly ContactFieldDef[]): Promise<SentimentFields>;
}

export function createContactFieldSource(helpdesk: HelpdeskPort, store: KeyValueStore): ContactFieldSource {
  const save = async (defs: readonly ContactFieldDef[]) => {
    const fields = findSentimentFields(defs);
    const ttl = fields.label && fields.risk ? FIELDS_TTL_SECONDS : MISSING_FIELD_TTL_SECONDS;
    // `$db` refuses an empty object (fdk-platform.md §4.10): "neither field exists" is stored as a marker.
    await store.set(CONTACT_FIELDS_CACHE_KEY, { ...fields, checked: true }, ttl);
    return fields;
  };
  const refresh = async () => save(await helpdesk.contactFields());
  return {
    save,
    async load() {
      const cached = cachedFields.safeParse(await store.get(CONTACT_FIELDS_CACHE_KEY));
      if (cached.success) return { fields: cached.data, requests: 0 };
      return { fields: await refresh(), requests: 1 };
    },
    refresh,
  };
}
