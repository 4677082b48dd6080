/**
 * The account's ticket schema, cached in `$db` so that triage costs no Freshdesk read per ticket: onAppInstall
 * warms it, a validation error or the TTL refreshes it (issue budget: ≤ 0.05 Freshdesk GETs per ticket).
 */
import { SCHEMA_CACHE_KEY } from '../../contracts/store-records';
import type { AccountSchema } from '../../domain/triage/types';
import type { HelpdeskPort, KeyValueStore } from '../../ports';
import { z } from 'zod';

/** Admins add types and groups rarely; a day-old schema is refreshed anyway on the first validation error. */
export const SCHEMA_TTL_SECONDS = 24 * 60 * 60;

const cachedSchema = z.object({
  ticketTypes: z.array(z.string()),
  groups: z.array(z.object({ id: z.number().int(), name: z.string() })),
  customFields: z.record(
    z.string(),
    z.union([
      z.object({ kind: z.literal('dropdown'), choices: z.array(z.string()) }),
      z.object({ kind: z.enum(['text', 'number', 'decimal', 'other']) }),
    ]),
  ),
  aiFieldNames: z.partialRecord(z.enum(['cf_ai_category', 'cf_ai_urgency', 'cf_ai_confidence']), z.string()).optional(),
});

export interface SchemaSource {
  /** The cached schema, or a fresh one (then cached). `requests` counts the Freshdesk reads it cost. */
  load(): Promise<{ schema: AccountSchema; requests: number }>;
  refresh(): Promise<AccountSchema>;
  /** Caches a schema the caller already has (the install's, with the fields it created). */
  save(schema: AccountSchema): Promise<void>;
}

export function createSchemaSource(helpdesk: HelpdeskPort, store: KeyValueStore): SchemaSource {
  const save = (schema: AccountSchema) => store.set(SCHEMA_CACHE_KEY, schema, SCHEMA_TTL_SECONDS);
  const refresh = async () => {
    const schema = await helpdesk.ticketSchema();
    await save(schema);
    return schema;
  };
  return {
    save,
    async load() {
      const cached = cachedSchema.safeParse(await store.get(SCHEMA_CACHE_KEY));
      if (cached.success) return { schema: cached.data, requests: 0 };
      return { schema: await refresh(), requests: 1 };
    },
    refresh,
  };
}
