/**
 * The cached account data (workflows/cached-account-data.ts) over an in-memory store that counts its operations:
 * one `$db` read per run, however often it is asked, and a remembered refusal of the key that holds, then lapses.
 */
import { createCachedData, REFUSAL_ATTRIBUTE } from '../../../server/workflows/cached-account-data';
import { AppFailure } from '../../../server/domain/errors';
import type { KeyValueStore } from '../../../server/ports';

class MemoryStore implements KeyValueStore {
  readonly records = new Map<string, object>();
  ops = 0;
  async claim(key: string, value: object) {
    this.ops += 1;
    if (this.records.has(key)) return false;
    this.records.set(key, value);
    return true;
  }
  async get(key: string) {
    this.ops += 1;
    return this.records.get(key);
  }
  async set(key: string, value: object) {
    this.ops += 1;
    this.records.set(key, value);
  }
  async merge(key: string, attributes: object) {
    this.ops += 1;
    this.records.set(key, { ...(this.records.get(key) ?? {}), ...attributes });
  }
  async removeAttributes(key: string, names: readonly string[]) {
    this.ops += 1;
    const kept = Object.entries(this.records.get(key) ?? {}).filter(([name]) => !names.includes(name));
    this.records.set(key, Object.fromEntries(kept));
  }
}

const KEY = 'schema:test';
const NOW = 5_000_000;
const clock = { now: () => NOW };
const refused = (at: number) => ({ [REFUSAL_ATTRIBUTE]: { at, status: 401, message: 'Freshdesk rejected the API key (401): check the Freshdesk API key setting' } });

function setUp(options: { recheck?: boolean } = {}) {
  const store = new MemoryStore();
  let fetches = 0;
  const data = createCachedData<{ n: number }>(
    {
      key: KEY,
      parse: (r) => (typeof (r as { n?: unknown } | undefined)?.n === 'number' ? { n: (r as { n: number }).n } : undefined),
      fetch: async () => {
        fetches += 1;
        return { value: { n: 2 }, stored: { n: 2 }, ttlSeconds: 60 };
      },
    },
    store,
    clock,
    options,
  );
  return { store, data, fetches: () => fetches };
}

const rejection = async (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e);

it('a cached value costs one read per run, whoever asks first; nothing is fetched', async () => {
  const { store, data, fetches } = setUp();
  store.records.set(KEY, { n: 1 });
  await data.checkNotRefused('analyze');
  expect(await data.load()).toEqual({ value: { n: 1 }, requests: 0 });
  expect(await data.load()).toEqual({ value: { n: 1 }, requests: 0 });
  expect([store.ops, fetches()]).toEqual([1, 0]);
});

it('nothing cached: one read, one fetch counted once, one write; later loads reuse it', async () => {
  const { store, data, fetches } = setUp();
  expect(await data.load()).toEqual({ value: { n: 2 }, requests: 1 });
  expect(await data.load()).toEqual({ value: { n: 2 }, requests: 0 });
  expect([store.ops, fetches()]).toEqual([2, 1]);
  expect(store.records.get(KEY)).toEqual({ n: 2 });
});

it('a refusal within the hold fails load and checkNotRefused for good, without fetching', async () => {
  const { store, data, fetches } = setUp();
  store.records.set(KEY, { n: 1, ...refused(NOW - 60_000) });
  const checked = await rejection(data.checkNotRefused('analyze'));
  expect(checked).toBeInstanceOf(AppFailure);
  expect((checked as AppFailure).error).toMatchObject({ kind: 'freshdesk_key_rejected', step: 'analyze' });
  expect((await rejection(data.load())) as AppFailure).toBeInstanceOf(AppFailure);
  expect([store.ops, fetches()]).toEqual([1, 0]);
});

it('a refusal past its hold does not trust the cache: Freshdesk is asked again and the clean answer replaces it', async () => {
  const { store, data, fetches } = setUp();
  store.records.set(KEY, { n: 1, ...refused(NOW - 11 * 60_000) });
  await data.checkNotRefused('analyze');
  expect(await data.load()).toEqual({ value: { n: 2 }, requests: 1 });
  expect(fetches()).toBe(1);
  expect(store.records.get(KEY)).toEqual({ n: 2 });
});

it("an agent's Retry (recheck) asks Freshdesk even within the hold", async () => {
  const { store, data, fetches } = setUp({ recheck: true });
  store.records.set(KEY, { n: 1, ...refused(NOW - 60_000) });
  await data.checkNotRefused('analyze');
  expect(await data.load()).toEqual({ value: { n: 2 }, requests: 1 });
  expect(fetches()).toBe(1);
});
