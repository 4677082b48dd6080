/**
 * The account data every job of a pump run reads first (the cached ticket schema, the contact fields): read once
 * per run, not once per job — a pump runs ~10 jobs a minute against the key-value store's 50 operations. A write
 * to such a key (a refresh, a remembered refusal) drops the shared read, so later jobs see it.
 */
import type { KeyValueStore } from '../../ports';

export function withSharedReads(store: KeyValueStore, keys: readonly string[]): KeyValueStore {
  const shared = new Map<string, Promise<unknown>>();
  const drop = (key: string) => void shared.delete(key);
  return {
    claim: (key, value, ttl) => store.claim(key, value, ttl),
    get(key) {
      if (!keys.includes(key)) return store.get(key);
      let read = shared.get(key);
      if (!read) {
        read = store.get(key);
        shared.set(key, read);
        // A refused read is not shared: the next job asks again.
        read.catch(() => drop(key));
      }
      return read;
    },
    set: (key, value, ttl) => (drop(key), store.set(key, value, ttl)),
    merge: (key, attributes) => (drop(key), store.merge(key, attributes)),
    removeAttributes: (key, names) => (drop(key), store.removeAttributes(key, names)),
  };
}
