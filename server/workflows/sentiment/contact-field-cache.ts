/**
 * The account's sentiment contact fields, cached in `$db` like the ticket schema (workflows/triage/schema-cache.ts)
 * so that a reply costs no Freshdesk read: onAppInstall warms it, a refused contact update or the TTL refreshes it.
 * Sentiment reads it before sending the text to Simpli: a remembered refusal of the key stops it there.
 */
import * as z from 'zod/mini';
import { CONTACT_FIELDS_CACHE_KEY } from '../../contracts/sentiment-record';
import { findSentimentFields } from '../../domain/sentiment/contact-plan';
import type { ContactFieldDef, SentimentFields } from '../../domain/sentiment/types';
import type { Clock, HelpdeskPort, KeyValueStore } from '../../ports';
import { createCachedData, type CacheOptions } from '../cached-account-data';

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
// `checked` marks a record the refresh wrote, so that a record holding only a remembered refusal is no cache.
const cachedFields = z.object({ label: z.optional(target), risk: z.optional(target), checked: z.literal(true) });

export interface ContactFieldSource {
  /** The cached fields, or fresh ones (then cached). `requests` counts the Freshdesk reads it cost. */
  load(): Promise<{ fields: SentimentFields; requests: number }>;
  refresh(): Promise<SentimentFields>;
  /** Fails `step` for good, sending nothing, while Freshdesk's refusal of the key holds (the same `$db` read as load). */
  checkNotRefused(step: string): Promise<void>;
  /** Caches the fields found among `defs`, a list the caller already has (the install's, with those it created). */
  save(defs: readonly ContactFieldDef[]): Promise<SentimentFields>;
}

/** What is stored for `fields`, and for how long: missing fields are looked for again sooner. */
function storedFields(fields: SentimentFields): { stored: object; ttlSeconds: number } {
  const ttlSeconds = fields.label && fields.risk ? FIELDS_TTL_SECONDS : MISSING_FIELD_TTL_SECONDS;
  // `$db` refuses an empty object: "neither field exists" is stored as a marker.
  return { stored: { ...fields, checked: true }, ttlSeconds };
}

const systemClock: Clock = { now: () => Date.now() };

export function createContactFieldSource(helpdesk: HelpdeskPort, store: KeyValueStore, clock: Clock = systemClock, options: CacheOptions = {}): ContactFieldSource {
  const data = createCachedData<SentimentFields>(
    {
      key: CONTACT_FIELDS_CACHE_KEY,
      parse: (record) => {
        const parsed = cachedFields.safeParse(record);
        if (!parsed.success) return undefined;
        const { label, risk } = parsed.data;
        return { ...(label ? { label } : {}), ...(risk ? { risk } : {}) };
      },
      fetch: async () => {
        const fields = findSentimentFields(await helpdesk.contactFields());
        return { value: fields, ...storedFields(fields) };
      },
    },
    store,
    clock,
    options,
  );
  const save = async (defs: readonly ContactFieldDef[]) => {
    const fields = findSentimentFields(defs);
    const { stored, ttlSeconds } = storedFields(fields);
    await store.set(CONTACT_FIELDS_CACHE_KEY, stored, ttlSeconds);
    return fields;
  };
  return {
    save,
    async load() {
      const { value, requests } = await data.load();
      return { fields: value, requests };
    },
    refresh: () => data.refresh(),
    checkNotRefused: (step) => data.checkNotRefused(step),
  };
}
