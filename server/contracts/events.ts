/**
 * The fields of the 3.0 event payloads we read (docs/platform.md "Event payloads" sections). Everything else passes
 * through untouched; a payload without these fields is rejected once, here, with the paths that were wrong.
 */
import { z } from 'zod';

const id = z.number().int().nonnegative();

export const ticketSchema = z.looseObject({
  id,
  subject: z.string().nullish(),
  description: z.string().nullish(),
  description_text: z.string().nullish(),
  status: z.number().int(),
  priority: z.number().int().nullish(),
  source: z.number().int().nullish(),
  type: z.string().nullish(),
  group_id: id.nullish(),
  responder_id: id.nullish(),
  requester_id: id.nullish(),
  tags: z.array(z.string()).nullish(),
  custom_fields: z.record(z.string(), z.unknown()).nullish(),
  /** Only on onTicketUpdate: attribute → [old, new] (docs/platform.md "Event payloads: onTicketUpdate"). */
  changes: z.record(z.string(), z.unknown()).nullish(),
});

export const conversationSchema = z.looseObject({
  id,
  ticket_id: id,
  /** HTML: the reply, and below it any quoted history in its markup (domain/sentiment/quoted-history.ts). */
  body: z.string().nullish(),
  body_text: z.string().nullish(),
  incoming: z.boolean(),
  private: z.boolean(),
  source: z.number().int().nullish(),
  user_id: id.nullish(),
});

const envelope = <T extends z.ZodType>(data: T) =>
  z.looseObject({
    event: z.string(),
    account_id: z.union([z.string(), z.number()]).nullish(),
    timestamp: z.unknown().optional(),
    iparams: z.record(z.string(), z.unknown()).default({}),
    data,
  });

const requesterSchema = z.looseObject({ id: id.nullish(), language: z.string().nullish() });

export const ticketEventSchema = envelope(z.looseObject({ ticket: ticketSchema, requester: requesterSchema.nullish() }));
export const conversationEventSchema = envelope(z.looseObject({ conversation: conversationSchema }));
export const scheduledEventSchema = envelope(z.record(z.string(), z.unknown()).default({}));
export const appEventSchema = z.looseObject({ event: z.string().optional(), iparams: z.record(z.string(), z.unknown()).default({}) });

export type TicketEvent = z.infer<typeof ticketEventSchema>;
export type ConversationEvent = z.infer<typeof conversationEventSchema>;
export type ScheduledEvent = z.infer<typeof scheduledEventSchema>;

/** One line naming what was wrong, never the payload itself (it carries customer text and secure iparams). */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}
