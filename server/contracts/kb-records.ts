/**
 * What the knowledge-base sync keeps for the full-page app (issue 13), each one `$db` record the page reads once per
 * open: the sync's status and the last gaps and stale articles Simpli KB found (the third record the page reads,
 * the quality jobs', is quality-record.ts). Every text in them is Simpli's: the page renders it as text.
 */
import * as z from 'zod/mini';

export const KB_STATUS_KEY = 'kb:status';
export const KB_FINDINGS_KEY = 'kb:findings';

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
