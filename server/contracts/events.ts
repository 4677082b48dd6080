/**
 * The fields of the 3.0 event payloads we read (docs/platform.md "Event payloads" sections). Everything else passes
 * through untouched; a payload without these fields is rejected once, here, with the paths that were wrong.
 */
import * as z from 'zod/mini';

const id = z.int().check(z.nonnegative());

export const ticketSchema = z.looseObject({
  id,
  subject: z.nullish(z.string()),
  description: z.nullish(z.string()),
  description_text: z.nullish(z.string()),
  status: z.int(),
  priority: z.nullish(z.int()),
  source: z.nullish(z.int()),
  type: z.nullish(z.string()),
  group_id: z.nullish(id),
  responder_id: z.nullish(id),
  requester_id: z.nullish(id),
  tags: z.nullish(z.array(z.string())),
  custom_fields: z.nullish(z.record(z.string(), z.unknown())),
  /** Only on onTicketUpdate: attribute → [old, new] (docs/platform.md "Event payloads: onTicketUpdate"). */
  changes: z.nullish(z.record(z.string(), z.unknown())),
});

export const conversationSchema = z.looseObject({
  id,
  ticket_id: id,
  /** HTML: the reply, and below it any quoted history in its markup (domain/sentiment/quoted-history.ts). */
  body: z.nullish(z.string()),
  body_text: z.nullish(z.string()),
  incoming: z.boolean(),
  private: z.boolean(),
  source: z.nullish(z.int()),
  user_id: z.nullish(id),
});

const envelope = <T extends z.ZodMiniType>(data: T) =>
  z.looseObject({
    event: z.string(),
    account_id: z.nullish(z.union([z.string(), z.number()])),
    timestamp: z.optional(z.unknown()),
    iparams: z._default(z.record(z.string(), z.unknown()), {}),
    data,
  });

const requesterSchema = z.looseObject({ id: z.nullish(id), name: z.nullish(z.string()), language: z.nullish(z.string()) });
/** Who caused the event (docs/platform.md "Event payloads: onTicketCreate"): its name is read only for the quality record. */
const actorSchema = z.looseObject({ id: z.nullish(id), name: z.nullish(z.string()) });

export const ticketEventSchema = envelope(z.looseObject({ ticket: ticketSchema, requester: z.nullish(requesterSchema), actor: z.nullish(actorSchema) }));
export const conversationEventSchema = envelope(z.looseObject({ conversation: conversationSchema, actor: z.nullish(actorSchema) }));

/** The actor's name when the actor is the given person (an agent or a contact id), else undefined. */
export const actorNamed = (actor: { id?: number | null; name?: string | null } | null | undefined, personId: number | null | undefined): string | undefined =>
  actor && personId != null && actor.id === personId ? (actor.name ?? undefined) : undefined;
export const scheduledEventSchema = envelope(z._default(z.record(z.string(), z.unknown()), {}));
export const appEventSchema = z.looseObject({ event: z.optional(z.string()), iparams: z._default(z.record(z.string(), z.unknown()), {}) });

export type TicketEvent = z.infer<typeof ticketEventSchema>;
export type ConversationEvent = z.infer<typeof conversationEventSchema>;
export type EventConversation = z.infer<typeof conversationSchema>;
export type ScheduledEvent = z.infer<typeof scheduledEventSchema>;

const measure = (origin: string) => (origin === 'string' ? 'length' : origin === 'array' || origin === 'set' ? 'size' : 'value');

/** What one issue says, from its code and limits: zod/mini ships no message texts (its English locale would add ~6 KB). */
function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_small':
      return `${measure(issue.origin)} must be ${issue.inclusive === false ? '>' : '>='} ${issue.minimum}`;
    case 'too_big':
      return `${measure(issue.origin)} must be ${issue.inclusive === false ? '<' : '<='} ${issue.maximum}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v))).join(' or ')}`;
    case 'invalid_format':
      return `expected the ${issue.format} format`;
    default:
      return issue.code.replace(/_/g, ' ');
  }
}

/** One line naming what was wrong, never the payload itself (it carries customer text and secure iparams). */
export function describeIssues(error: { issues: readonly z.core.$ZodIssue[] }): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${issueText(i)}`).join('; ');
}
