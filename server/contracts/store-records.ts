/**
 * What the app keeps in `$db` (docs/platform.md "Key-value store": ≤ 40 KB per key+value, 50 ops/min). One record per
 * ticket, read by the sidebar in one operation (docs/platform.md "Budgets per installation"); the server writes it.
 */
import * as z from 'zod/mini';
import { jobRecordShape } from './job-record';

export const TRIAGE_STEPS = ['classify', 'draft', 'route', 'update', 'note'] as const;
export type TriageStep = (typeof TRIAGE_STEPS)[number];

const decision = z.object({
  field: z.string(),
  suggested: z.string(),
  applied: z.boolean(),
  reason: z.string(),
});

export const triageRecordSchema = z.object({
  ...jobRecordShape(TRIAGE_STEPS),
  classification: z.optional(z.object({ category: z.string(), urgency: z.string(), sentiment: z.optional(z.string()), confidence: z.number() })),
  routing: z.optional(z.object({ team: z.nullish(z.string()), agent: z.nullish(z.string()), reason: z.nullish(z.string()), group_id: z.nullish(z.number()) })),
  decisions: z.optional(z.array(decision)),
  draft: z.optional(
    z.object({ id: z.nullish(z.string()), text: z.string(), confidence: z.number(), language: z.nullish(z.string()), style: z.nullish(z.string()) }),
  ),
  language: z.optional(z.string()),
});

// Loose on purpose: besides `triage`, `sentiment` and `sentimentSkipped` (sentiment-record.ts) and `qa`
// (qa-record.ts), the sidebar adds
// `sidebarDraft` (the agent's latest Regenerate, app/src/contracts/record.ts) to an existing record. The server
// never reads it, and its top-level merges leave it alone.
export const ticketRecordSchema = z.looseObject({
  v: z.literal(1),
  ticketId: z.int(),
  triage: z.optional(triageRecordSchema),
});

export type TriageRecord = z.infer<typeof triageRecordSchema>;
export type TicketRecord = z.infer<typeof ticketRecordSchema>;

export const ticketRecordKey = (ticketId: number): string => `ticket:${ticketId}`;
export const SCHEMA_CACHE_KEY = 'schema:ticket-fields';
