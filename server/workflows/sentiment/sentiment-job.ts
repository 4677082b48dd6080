/**
 * The sentiment of one customer message as a job declaration (jobs/lifecycle.ts does claim, lease, backlog, defer
 * and resume): identity `sentiment:c<conversationId>` (`t<ticketId>` for a ticket's first message), input the
 * message's ids and channel, never its text. The event's run uses the event's text; every other run (a takeover,
 * the backlog, an agent's Retry) reads the message again from Freshdesk while it is still to analyze. A job for an
 * older message than the one on the ticket record is superseded.
 */
import type { Invocation, RunScope } from '../invocation';
import * as z from 'zod/mini';
import { sentimentRecordSchema, type MessageRef, type SentimentRecord } from '../../contracts/sentiment-record';
import { ticketRecordKey } from '../../contracts/store-records';
import { ticketAttribute } from '../../contracts/ticket-attribute';
import { AppFailure } from '../../domain/errors';
import { isRetryable } from '../../domain/retry-policy';
import type { ReadyLane } from '../../domain/jobs/lanes';
import { isEscalation, type TicketTagsAndPriority } from '../../domain/sentiment/escalation';
import { isLaterMessage, isSameMessage, messageName, messageSubject } from '../../domain/sentiment/message-order';
import { CHANNELS } from '../../domain/sentiment/types';
import { finishJob } from '../jobs/finish-job';
import { FAILED_FOR_GOOD, type JobDeclaration, type RunContext } from '../jobs/lifecycle';
import { readMessage } from './read-message';
import { freshRecord, runSentiment, sentimentIdentity, sentimentLabel, unconfiguredSteps, type RunInput, type SentimentDeps } from './run-sentiment';

/** What a queued sentiment carries (a few dozen bytes): the customer's name only the event can tell (for the quality record). */
export const sentimentInputSchema = z.object({
  ticketId: z.int().check(z.positive()),
  conversationId: z.optional(z.int().check(z.positive())),
  contactId: z.int(),
  channel: z.optional(z.enum(CHANNELS)),
  customer: z.optional(z.string()),
});
export type SentimentInput = z.infer<typeof sentimentInputSchema>;

/** What the event carries beyond the input: the text (trimmed and cut) and, when present, the ticket's tags. */
export interface SentimentEvent {
  text: string;
  knownTicket?: TicketTagsAndPriority;
}

const refOf = (input: SentimentInput): MessageRef => ({
  ticketId: input.ticketId,
  contactId: input.contactId,
  ...(input.conversationId !== undefined ? { conversationId: input.conversationId } : {}),
});

/** The `sentiment` attribute of a stored ticket record, if it parses. */
export function sentimentOf(ticketRecord: unknown): SentimentRecord | undefined {
  const parsed = sentimentRecordSchema.safeParse(ticketAttribute(ticketRecord, 'sentiment'));
  return parsed.success ? parsed.data : undefined;
}

/** The input of the ticket's latest message analysis when it did not finish (what an agent's Retry runs). */
export function sentimentToRetry(ticketRecord: unknown): SentimentInput | undefined {
  const record = sentimentOf(ticketRecord);
  if (!record || record.status === 'done') return undefined;
  return { ...record.message, ...(record.channel ? { channel: record.channel } : {}) };
}

/** The record this attempt starts from: this message's stored one (an agent's Retry also reruns what failed for good), or a fresh one. */
function startingRecord(input: SentimentInput, { settings, startedAt }: RunScope, ctx: RunContext<SentimentRecord>): SentimentRecord {
  const mine = ctx.stored && isSameMessage(ctx.stored.message, input) ? ctx.stored : undefined;
  if (!mine) return { ...freshRecord(startedAt, refOf(input), input.channel, settings), attempt: ctx.attempt };
  if (ctx.origin !== 'retry') return { ...mine, attempt: ctx.attempt, status: 'processing' };
  return { ...mine, errors: unconfiguredSteps(settings), attempt: ctx.attempt, status: 'processing', threshold: settings.sentiment_escalation_threshold };
}

/** Reads the message again and runs the rest; failing to read it is analyze's failure, retried or not by its kind. */
async function runFromFreshdesk(inv: Invocation<SentimentDeps>, record: SentimentRecord, ctx: RunContext<SentimentRecord>, customer?: string): Promise<SentimentRecord> {
  const id = sentimentIdentity(record.message, ctx.queue);
  const recheck = ctx.origin === 'retry';
  const channel = record.channel;
  const named = customer ? { customer } : {};
  // The text is needed only while analyze can still run.
  if (record.done.includes('analyze') || record.errors.analyze?.retryable === false) {
    return runSentiment(inv, { ...(channel ? { channel } : {}), ...named }, record, id, recheck);
  }
  let spent = 0;
  let input: RunInput;
  try {
    const message = await readMessage(inv.helpdesk, record.message, () => void (spent += 1));
    const read = channel ?? message.channel;
    input = { text: message.text, ...(read ? { channel: read } : {}), ...named };
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error;
    const retryable = isRetryable(error.error);
    const errors = { ...record.errors, analyze: { kind: error.error.kind, message: error.message, retryable } };
    const failed = { ...record, errors, requests: record.requests + spent, status: retryable ? ('deferred' as const) : ('failed' as const), updatedAt: inv.clock.now() };
    return finishJob(inv, id, { record: failed, retryCause: error.error });
  }
  const withRead = { ...record, requests: record.requests + spent, ...(input.channel ? { channel: input.channel } : {}) };
  return runSentiment(inv, input, withRead, id, recheck);
}

/** `event`: the text the event carried, for the event's own runs. */
export function sentimentDeclaration(event?: SentimentEvent): JobDeclaration<SentimentInput, SentimentRecord, SentimentDeps> {
  return {
    kind: 'sentiment',
    subject: (input) => messageSubject(input),
    label: (input) => sentimentLabel(input),
    // Analyzed and escalating: only its tag is left, and an agent should see it soon; not analyzed yet: medium.
    lane: (input, record): ReadyLane => {
      if (!record?.result || !isSameMessage(record.message, input)) return 'u2';
      return isEscalation(record.result.escalationRisk, record.threshold) ? 'u4' : 'u1';
    },
    parse: (raw) => {
      const parsed = sentimentInputSchema.safeParse(raw);
      return parsed.success ? parsed.data : undefined;
    },
    // The ticket record holds the latest message's analysis, which may be another message's than this job's.
    load: async (deps, input) => sentimentOf(await deps.store.get(ticketRecordKey(input.ticketId))),
    finished(record, origin, input) {
      if (!record) return undefined;
      if (!isSameMessage(record.message, input)) return isLaterMessage(record.message, input) ? `superseded by ${messageName(record.message)}` : undefined;
      if (record.status === 'done') return 'already analyzed';
      if (record.status === 'failed' && origin !== 'retry') return FAILED_FOR_GOOD;
      return undefined;
    },
    async run(inv, input, ctx) {
      const record = startingRecord(input, inv, ctx);
      if (!event || ctx.origin !== 'event') return runFromFreshdesk(inv, record, ctx, input.customer);
      // The event's text is this message's; its tags are the ticket's only on the event's first attempt.
      const known = ctx.attempt === 1 && event.knownTicket ? { knownTicket: event.knownTicket } : {};
      const run: RunInput = { text: event.text, ...(record.channel ? { channel: record.channel } : {}), ...known, ...(input.customer ? { customer: input.customer } : {}) };
      return runSentiment(inv, run, record, sentimentIdentity(record.message, ctx.queue));
    },
  };
}
