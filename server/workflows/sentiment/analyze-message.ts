/**
 * Sentiment of a new customer message, from the event: one job on the shared lifecycle (sentiment-job.ts); a
 * duplicate delivery finds the job claimed or done and stops.
 */
import type { Invocation } from '../invocation';
import type { MessageRef } from '../../contracts/sentiment-record';
import type { TicketTagsAndPriority } from '../../domain/sentiment/escalation';
import type { Channel } from '../../domain/sentiment/types';
import { startJob } from '../jobs/lifecycle';
import type { SentimentDeps } from './run-sentiment';
import { sentimentDeclaration } from './sentiment-job';

/** A message as the event gives it: the text is already trimmed and cut (domain/sentiment/message.ts). */
export interface NewMessage {
  ref: MessageRef;
  text: string;
  channel?: Channel;
  knownTicket?: TicketTagsAndPriority;
  /** The customer's name when the event named them. */
  customer?: string;
}

export async function analyzeNewMessage(inv: Invocation<SentimentDeps>, message: NewMessage): Promise<void> {
  const { ref, text, channel, knownTicket, customer } = message;
  const event = { text, ...(knownTicket ? { knownTicket } : {}) };
  await startJob(inv, sentimentDeclaration(event), { ...ref, ...(channel ? { channel } : {}), ...(customer ? { customer } : {}) }, { origin: 'event' });
}
