/** How the sentiment of one message is named, scheduled and saved (the shared job mechanism does the rest). */
import { z } from 'zod';
import type { MessageRef } from '../../contracts/sentiment-record';
import { ticketRecordKey } from '../../contracts/store-records';
import type { JobIdentity } from '../jobs/finish-job';

/** What a scheduled sentiment retry carries (≤ 4 KB, fdk-platform.md §4.11): never the text. */
export const sentimentJobSchema = z.object({
  kind: z.literal('sentiment'),
  ticketId: z.number().int(),
  conversationId: z.number().int().optional(),
  contactId: z.number().int(),
  attempt: z.number().int().positive(),
  firstSeenAt: z.number(),
});
export type SentimentJob = z.infer<typeof sentimentJobSchema>;

/** "conversation 3301" or "the first message". */
export const messageName = (ref: Pick<MessageRef, 'conversationId'>): string =>
  ref.conversationId === undefined ? 'the first message' : `conversation ${ref.conversationId}`;

/** Unique per installation and ≤ 30 characters (fdk-platform.md §4.11): Freshdesk conversation ids have ~11 digits. */
export const sentimentJobName = (ref: Pick<MessageRef, 'ticketId' | 'conversationId'>, attempt: number): string =>
  ref.conversationId === undefined ? `sentiment-t${ref.ticketId}-${attempt}` : `sentiment-${ref.conversationId}-${attempt}`;

export function sentimentJob(ref: MessageRef, attempt: number, firstSeenAt: number): SentimentJob {
  return { kind: 'sentiment', ...ref, attempt, firstSeenAt };
}

export function sentimentIdentity(ref: MessageRef): JobIdentity {
  return {
    label: `ticket ${ref.ticketId}: sentiment of ${messageName(ref)}`,
    spreadKey: ref.conversationId ?? ref.ticketId,
    scheduleName: (attempt) => sentimentJobName(ref, attempt),
    scheduleData: (attempt, firstSeenAt) => sentimentJob(ref, attempt, firstSeenAt),
    recordKey: ticketRecordKey(ref.ticketId),
    saveAs: (sentiment) => ({ v: 1, ticketId: ref.ticketId, sentiment }),
  };
}
