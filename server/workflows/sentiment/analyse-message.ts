/**
 * Sentiment of a new customer message, from the event: claimed once per message (a duplicate delivery finds the
 * mark and stops), then run on the shared job mechanism.
 */
import type { Settings } from '../../contracts/iparams';
import { sentimentClaimKey, type MessageRef } from '../../contracts/sentiment-record';
import { AppFailure } from '../../domain/errors';
import type { TicketTagsAndPriority } from '../../domain/sentiment/escalation';
import type { Channel } from '../../domain/sentiment/types';
import { messageName } from './finish-sentiment';
import { CLAIM_TTL_SECONDS, deferUnclaimed, freshRecord, runSentiment, type SentimentDeps } from './run-sentiment';

/** A message as the event gives it: the text is already trimmed and cut (domain/sentiment/message.ts). */
export interface NewMessage {
  ref: MessageRef;
  text: string;
  channel?: Channel;
  knownTicket?: TicketTagsAndPriority;
}

export async function analyseNewMessage(deps: SentimentDeps, settings: Settings, message: NewMessage, startedAt = deps.clock.now()): Promise<void> {
  const { ref } = message;
  const record = freshRecord(startedAt, ref, message.channel, settings);
  let claimed: boolean;
  try {
    claimed = await deps.store.claim(sentimentClaimKey(ref), { ticketId: ref.ticketId, at: startedAt }, CLAIM_TTL_SECONDS);
  } catch (error) {
    if (error instanceof AppFailure) return deferUnclaimed(deps, ref, startedAt, error);
    throw error;
  }
  if (!claimed) return deps.log.info(`ticket ${ref.ticketId}: sentiment of ${messageName(ref)} already done or in progress, duplicate delivery skipped`);
  await runSentiment(deps, settings, message, record, startedAt);
}

