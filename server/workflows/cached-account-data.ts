/**
 * Account data Freshdesk rarely changes (the ticket schema, the sentiment contact fields), cached in `$db` so that a
 * ticket or a reply costs no Freshdesk read. The cached record also carries a recent refusal of the API key
 * (written by freshdesk-refusals.ts), so reading the cache is at the same time the check that Freshdesk takes the
 * key, before any customer text goes to Simpli. The record is read once per run; later loads reuse that read.
 */
import * as z from 'zod/mini';
import { AppFailure } from '../domain/errors';
import { heldBack, isHolding, type FreshdeskRefusal } from '../domain/freshdesk-refusal';
import type { Clock, KeyValueStore } from '../ports';

/** The attribute a refusal is kept under, beside the cached data. */
export const REFUSAL_ATTRIBUTE = 'freshdeskRefused';
const refusalSchema = z.object({ at: z.number(), status: z.int(), message: z.string() });

export function refusalIn(record: unknown): FreshdeskRefusal | undefined {
  const value = typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[REFUSAL_ATTRIBUTE] : undefined;
  const parsed = refusalSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export interface CacheOptions {
  /** An agent's Retry: a remembered refusal holds nothing back, Freshdesk is asked again. */
  recheck?: boolean;
}

export interface CacheSpec<T> {
  key: string;
  /** The cached value, or undefined when the record does not hold one. */
  parse(record: unknown): T | undefined;
  /** Reads Freshdesk: the value, the record to store, and for how long. */
  fetch(): Promise<{ value: T; stored: object; ttlSeconds: number }>;
}

export interface CachedData<T> {
  /** The cached value, or a fresh one (then cached). `requests` counts the Freshdesk reads this call cost. */
  load(): Promise<{ value: T; requests: number }>;
  /** Reads Freshdesk again and caches the answer (which clears a remembered refusal). */
  refresh(): Promise<T>;
  /** Fails `step` for good, without sending anything, while a refusal of the key holds (shares load's read). */
  checkNotRefused(step: string): Promise<void>;
}

export function createCachedData<T>(spec: CacheSpec<T>, store: KeyValueStore, clock: Clock, options: CacheOptions = {}): CachedData<T> {
  let record: Promise<unknown> | undefined;
  let loading: Promise<T> | undefined;
  const readRecord = () => (record ??= store.get(spec.key));
  const holding = (stored: unknown): FreshdeskRefusal | undefined => {
    const refusal = refusalIn(stored);
    return refusal && !options.recheck && isHolding(refusal, clock.now()) ? refusal : undefined;
  };

  const refresh = async (): Promise<T> => {
    const { value, stored, ttlSeconds } = await spec.fetch();
    await store.set(spec.key, stored, ttlSeconds);
    loading = Promise.resolve(value);
    return value;
  };

  const firstLoad = async (fetched: () => void): Promise<T> => {
    const stored = await readRecord();
    const held = holding(stored);
    if (held) throw new AppFailure(heldBack(spec.key, held));
    // A refusal past its hold (or on Retry) means the cached value is not proof the key works: ask Freshdesk.
    const cached = refusalIn(stored) ? undefined : spec.parse(stored);
    if (cached !== undefined) return cached;
    fetched();
    return refresh();
  };

  return {
    async load() {
      let requests = 0;
      loading ??= firstLoad(() => void (requests = 1));
      return { value: await loading, requests };
    },
    refresh,
    async checkNotRefused(step) {
      const held = holding(await readRecord());
      if (held) throw new AppFailure(heldBack(step, held));
    },
  };
}
