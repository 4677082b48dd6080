/**
 * The account's ticket schema, cached in `$db` so that triage costs no Freshdesk read per ticket: onAppInstall
 * warms it, a validation error or the TTL refreshes it (issue budget: ≤ 0.05 Freshdesk GETs per ticket). Triage
 * loads it before anything else: a cached schema (or a fresh read of it) is the proof that Freshdesk takes the
 * key, and a remembered refusal stops the ticket before its text goes to Simpli (workflows/cached-account-data.ts).
 */
import { SCHEMA_CACHE_KEY } from '../../contracts/store-records';
import type { AccountSchema } from '../../domain/triage/types';
import type { Clock, HelpdeskPort, KeyValueStore } from '../../ports';
import * as z from 'zod/mini';
import { createCachedData, type CacheOptions } from '../cached-account-data';

/** Admins add types and groups rarely; a day-old schema is refreshed anyway on the first validation error. */
export const SCHEMA_TTL_SECONDS = 24 * 60 * 60;

const cachedSchema = z.object({
  ticketTypes: z.array(z.string()),
  groups: z.array(z.object({ id: z.int(), name: z.string() })),
  customFields: z.record(
    z.string(),
    z.union([
      z.object({ kind: z.literal('dropdown'), choices: z.array(z.string()) }),
      z.object({ kind: z.enum(['text', 'number', 'decimal', 'other']) }),
    ]),
  ),
  aiFieldNames: z.optional(z.partialRecord(z.enum(['cf_ai_category', 'cf_ai_urgency', 'cf_ai_confidence']), z.string())),
});

export interface SchemaSource {
  /** The cached schema, or a fresh one (then cached). `requests` counts the Freshdesk reads it cost. */
  load(): Promise<{ schema: AccountSchema; requests: number }>;
  refresh(): Promise<AccountSchema>;
  /** Caches a schema the caller already has (the install's, with the fields it created). */
  save(schema: AccountSchema): Promise<void>;
}

const systemClock: Clock = { now: () => Date.now() };

export function createSchemaSource(helpdesk: HelpdeskPort, store: KeyValueStore, clock: Clock = systemClock, options: CacheOptions = {}): SchemaSource {
  const data = createCachedData<AccountSchema>(
    {
      key: SCHEMA_CACHE_KEY,
      parse: (record) => {
        const parsed = cachedSchema.safeParse(record);
        return parsed.success ? parsed.data : undefined;
      },
      fetch: async () => {
        const schema = await helpdesk.ticketSchema();
        return { value: schema, stored: schema, ttlSeconds: SCHEMA_TTL_SECONDS };
      },
    },
    store,
    clock,
    options,
  );
  return {
    // Storing a fresh schema also clears any remembered refusal: the caller has just read it from Freshdesk.
    save: (schema) => store.set(SCHEMA_CACHE_KEY, schema, SCHEMA_TTL_SECONDS),
    async load() {
      const { value, requests } = await data.load();
      return { schema: value, requests };
    },
    refresh: () => data.refresh(),
  };
}
