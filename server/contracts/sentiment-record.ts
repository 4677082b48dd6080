/**
 * The `sentiment` attribute of the ticket's `$db` record (store-records.ts): the latest customer message analyzed
 * on the ticket, where its job stands, and what the sidebar shows (label, score, risk, trigger words, escalation).
 * The message's text is never stored: a retry that still needs it reads it again from Freshdesk.
 */
import * as z from 'zod/mini';
import { CHANNELS, LABELS } from '../domain/sentiment/types';
import { jobRecordShape } from './job-record';

export const SENTIMENT_STEPS = ['analyze', 'contact', 'escalate'] as const;
export type SentimentStep = (typeof SENTIMENT_STEPS)[number];

/** Which message: a conversation of the ticket, or (no conversationId) the ticket's own description. */
export const messageRefSchema = z.object({
  ticketId: z.int(),
  conversationId: z.optional(z.int()),
  contactId: z.int(),
});
export type MessageRef = z.infer<typeof messageRefSchema>;

export const sentimentRecordSchema = z.object({
  ...jobRecordShape(SENTIMENT_STEPS),
  message: messageRefSchema,
  channel: z.optional(z.enum(CHANNELS)),
  /** The admin's threshold when this message was judged (0–1). */
  threshold: z.number(),
  result: z.optional(z.object({ score: z.number(), label: z.enum(LABELS), escalationRisk: z.number(), triggers: z.array(z.string()) })),
  escalation: z.optional(
    z.object({ escalated: z.boolean(), tagAdded: z.boolean(), priority: z.optional(z.object({ from: z.number(), to: z.number() })) }),
  ),
  contact: z.optional(z.object({ written: z.array(z.string()), skipped: z.array(z.string()) })),
});
export type SentimentRecord = z.infer<typeof sentimentRecordSchema>;

/**
 * The `sentimentSkipped` attribute of the ticket's record: the latest customer reply that was not analyzed because
 * it holds no words of the customer's own (it only quotes earlier messages). Kept beside `sentiment`, so the
 * latest mood that was analyzed stays on show.
 */
export const sentimentSkippedSchema = z.object({
  conversationId: z.int(),
  contactId: z.optional(z.int()),
  reason: z.string(),
  at: z.number(),
});
export type SentimentSkipped = z.infer<typeof sentimentSkippedSchema>;

/** The contact fields found in the account (domain/sentiment/contact-plan.ts), cached like the ticket schema. */
export const CONTACT_FIELDS_CACHE_KEY = 'schema:contact-fields';
