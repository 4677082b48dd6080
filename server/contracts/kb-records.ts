/**
 * What the knowledge-base sync and the quality jobs keep for the full-page app (issue 13), each one `$db` record the
 * page reads once per open (3 reads in all): the sync's status, the last gaps and stale articles Simpli KB found,
 * and a bounded rolling record of QA results and open escalations. Every text in them is Simpli's or a customer's:
 * the page renders it as text.
 */
import * as z from 'zod/mini';

export const KB_STATUS_KEY = 'kb:status';
export const KB_FINDINGS_KEY = 'kb:findings';
export const QUALITY_KEY = 'quality:recent';

/** The last 200 QA results and the open escalations fit one record (~35 KB at most, under the store's 40 KB). */
export const QUALITY_RESULTS_KEPT = 200;
export const ESCALATIONS_KEPT = 100;

const count = z.int().check(z.nonnegative());

export const kbStatusSchema = z.object({
  v: z.literal(1),
  /** The full pass under way (or last finished), from 1. */
  pass: z.int().check(z.positive()),
  state: z.enum(['syncing', 'idle', 'failing']),
  /** Epoch ms. */
  lastRunAt: z.optional(z.number()),
  passStartedAt: z.optional(z.number()),
  lastPassFinishedAt: z.optional(z.number()),
  nextRunAt: z.optional(z.number()),
  /** This pass so far: articles listed published, posted (new or changed), failed to post, found removed or unpublished. */
  counts: z.object({ listed: count, posted: count, failed: count, removed: count }),
  /** The last pass finished: the same counts, for "last sync". */
  lastPass: z.optional(z.object({ listed: count, posted: count, failed: count, removed: count })),
  /** Why the last slice stopped short, in one sentence (never a key or a payload). */
  lastError: z.optional(z.object({ message: z.string(), at: z.number() })),
});
export type KbStatus = z.infer<typeof kbStatusSchema>;

export const kbGapSchema = z.object({
  topic: z.string(),
  count: count,
  sampleQueries: z.array(z.string()),
  suggestedTitle: z.optional(z.string()),
});
export type KbGap = z.infer<typeof kbGapSchema>;

export const staleArticleSchema = z.object({
  articleId: z.optional(z.int()),
  title: z.string(),
  reason: z.optional(z.string()),
  /** When Simpli KB says since when the article is stale, or its last update. */
  since: z.optional(z.string()),
});
export type StaleArticle = z.infer<typeof staleArticleSchema>;

export const kbFindingsSchema = z.object({
  v: z.literal(1),
  /** Epoch ms: fetched after the pass that finished then. */
  at: z.number(),
  gaps: z.array(kbGapSchema),
  stale: z.array(staleArticleSchema),
});
export type KbFindings = z.infer<typeof kbFindingsSchema>;

export const qaResultSchema = z.object({
  ticketId: z.int(),
  /** 0–1. */
  overall: z.number(),
  dimensions: z.record(z.string(), z.number()),
  agentId: z.optional(z.int()),
  agentName: z.optional(z.string()),
  /** Epoch ms the result was recorded. */
  at: z.number(),
});
export type QaResult = z.infer<typeof qaResultSchema>;

export const openEscalationSchema = z.object({
  ticketId: z.int(),
  customer: z.optional(z.string()),
  /** 0–1. */
  risk: z.number(),
  triggers: z.array(z.string()),
  at: z.number(),
});
export type OpenEscalation = z.infer<typeof openEscalationSchema>;

export const qualitySchema = z.object({
  v: z.literal(1),
  /** Newest last, at most QUALITY_RESULTS_KEPT. */
  results: z.array(qaResultSchema),
  /** Newest last, at most ESCALATIONS_KEPT; a ticket appears once. */
  escalations: z.array(openEscalationSchema),
});
export type Quality = z.infer<typeof qualitySchema>;
