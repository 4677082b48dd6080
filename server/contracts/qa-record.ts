/**
 * The `qa` attribute of the ticket's `$db` record (store-records.ts): the latest resolution's QA, where its job
 * stands and the score the sidebar shows; or, for a ticket outside the admin's sample, "not sampled".
 */
import * as z from 'zod/mini';
import { jobRecordShape } from './job-record';

export const QA_STEPS = ['evaluate', 'note'] as const;
export type QaStep = (typeof QA_STEPS)[number];

export const resolutionSchema = z.object({ id: z.string().check(z.minLength(1)), at: z.string().check(z.minLength(1)), status: z.int() });

export const qaJobRecordSchema = z.object({
  sampled: z.literal(true),
  ...jobRecordShape(QA_STEPS),
  resolution: resolutionSchema,
  /** A reopened ticket resolved again: an earlier resolution was scored and noted. */
  rescore: z.boolean(),
  previousOverall: z.optional(z.number()),
  evaluation: z.optional(z.object({ overall: z.number(), dimensions: z.record(z.string(), z.number()), coachingNotes: z.array(z.string()) })),
  messages: z.optional(z.object({ sent: z.int(), omitted: z.int() })),
  /** The agent scored (the ticket's responder) and their name when the event named them: for the quality record. */
  agent: z.optional(z.object({ id: z.optional(z.int()), name: z.optional(z.string()) })),
  /** Nothing to score yet (why, e.g. "no public agent reply"): QA was not asked and no note was posted. */
  nothingToScore: z.optional(z.object({ reason: z.string() })),
});

export const qaNotSampledSchema = z.object({
  sampled: z.literal(false),
  resolution: resolutionSchema,
  samplePercent: z.number(),
  decidedAt: z.number(),
});

// A union (not discriminatedUnion: the literal `sampled` already tells them apart, and it costs the bundle ~1 KB).
export const qaRecordSchema = z.union([qaJobRecordSchema, qaNotSampledSchema]);

export type QaRecord = z.infer<typeof qaJobRecordSchema>;
export type QaNotSampled = z.infer<typeof qaNotSampledSchema>;
