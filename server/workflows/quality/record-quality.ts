/**
 * Writes a ticket's attributes into the rolling quality record (contracts/quality-record.ts): one `$db` update. The
 * store refuses a record over 40 KB (docs/platform.md "Key-value store"); any refusal of the update (4xx other than
 * the rate limit) compacts the record once and writes it whole with the new attributes (2 more operations, about
 * once every hundred results). What still fails is thrown to the step, which is retried like any store failure.
 */
import { QUALITY_KEY, type QualityAttributes } from '../../contracts/quality-record';
import { AppFailure } from '../../domain/errors';
import { compactQuality } from '../../domain/quality/compact';
import type { KeyValueStore } from '../../ports';

export type RecordQuality = (attributes: QualityAttributes) => Promise<void>;

const refused = (error: unknown): boolean => error instanceof AppFailure && error.error.kind === 'rejected';

export const qualityRecorder =
  (store: KeyValueStore): RecordQuality =>
  async (attributes) => {
    try {
      return await store.merge(QUALITY_KEY, attributes);
    } catch (error) {
      if (!refused(error)) throw error;
    }
    await store.set(QUALITY_KEY, { ...compactQuality(await store.get(QUALITY_KEY)), ...attributes });
  };
