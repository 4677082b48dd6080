/**
 * The hourly recurring schedule's run (domain/schedules/sweep.ts). It makes no template request; it drops
 * fired retries from the pending index: one `$db` read, and one write only when something fired.
 */
import { PENDING_SCHEDULES_KEY } from '../../contracts/app-records';
import { firedEntries, readIndex } from '../../domain/schedules/pending-index';
import type { Clock, KeyValueStore, Log } from '../../ports';
import { reasonOf } from '../reason-of';

export async function sweep({ store, clock, log }: { store: KeyValueStore; clock: Clock; log: Log }): Promise<void> {
  try {
    const fired = firedEntries(readIndex(await store.get(PENDING_SCHEDULES_KEY)), clock.now());
    if (fired.length > 0) await store.removeAttributes(PENDING_SCHEDULES_KEY, fired);
    log.info(`sweep: ${fired.length} fired retries dropped from the schedule index`);
  } catch (error) {
    log.warn(`sweep: schedule index not tidied (${reasonOf(error)})`);
  }
}
