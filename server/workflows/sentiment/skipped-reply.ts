/** A customer reply left unanalyzed for a reason worth keeping (it only quotes earlier messages): logged and recorded. */
import { sentimentSkippedSchema, type SentimentSkipped } from '../../contracts/sentiment-record';
import { ticketRecordKey } from '../../contracts/store-records';
import type { Clock, KeyValueStore, Log } from '../../ports';

export interface SkipDeps {
  store: KeyValueStore;
  clock: Clock;
  log: Log;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One `$db` write, which leaves the ticket's analyzed `sentiment` as it is. */
export async function recordSkippedReply(deps: SkipDeps, ticketId: number, skipped: Omit<SentimentSkipped, 'at'>): Promise<void> {
  const label = `ticket ${ticketId}: sentiment of conversation ${skipped.conversationId}`;
  const value = sentimentSkippedSchema.parse({ ...skipped, at: deps.clock.now() });
  try {
    await deps.store.merge(ticketRecordKey(ticketId), { v: 1, ticketId, sentimentSkipped: value });
    deps.log.info(`${label} skipped, ${skipped.reason}`);
  } catch (error) {
    deps.log.error(`${label} skipped, ${skipped.reason}; the record could not be saved (${describe(error)})`);
  }
}
