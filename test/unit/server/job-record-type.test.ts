/**
 * The job record is written down twice on the server — as a zod shape (what the store's records are read with)
 * and as the `JobRecord` type (what the lifecycle passes around). The typecheck holds them equal: a field renamed
 * or retyped in one and not the other fails `npm run typecheck` here, before anything reads a record wrongly.
 */
import * as z from 'zod/mini';
import { freshJobRecord, jobRecordShape, type JobRecord } from '../../../server/contracts/job-record';

const probe = z.object(jobRecordShape(['classify', 'note'] as const));
type FromShape = z.infer<typeof probe>;
type Declared = JobRecord<'classify' | 'note'>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Same keys, each of the same type (optional fields alone would let a renamed one pass as mutually assignable). */
type SameFields<A, B> = Same<keyof A, keyof B> extends true ? { [K in keyof A & keyof B]: Same<A[K], B[K]> }[keyof A & keyof B] : false;

const sameRecord: Same<FromShape, Declared> = true;
const sameFields: SameFields<FromShape, Declared> = true;

it('the declared job record is the shape the store reads, and a fresh record passes it', () => {
  expect([sameRecord, sameFields]).toEqual([true, true]);
  expect(probe.safeParse(freshJobRecord<'classify' | 'note'>(Date.UTC(2026, 11, 6))).success).toBe(true);
});
