/** In-memory ports for workflow unit tests: the KV store's setIf is atomic, as the platform's is. */
import type { Clock, KeyValueStore, Log, Scheduler } from '../../../../server/ports';

export interface MemoryStore extends KeyValueStore {
  data: Map<string, Record<string, unknown>>;
  ops: number;
}

export function memoryStore(): MemoryStore {
  const data = new Map<string, Record<string, unknown>>();
  const store: MemoryStore = {
    data,
    ops: 0,
    async claim(key, value) {
      store.ops += 1;
      if (data.has(key)) return false;
      data.set(key, structuredClone(value) as Record<string, unknown>);
      return true;
    },
    async get(key) {
      store.ops += 1;
      const v = data.get(key);
      return v === undefined ? undefined : structuredClone(v);
    },
    async set(key, value) {
      store.ops += 1;
      data.set(key, structuredClone(value) as Record<string, unknown>);
    },
    async merge(key, attributes) {
      store.ops += 1;
      data.set(key, { ...(data.get(key) ?? {}), ...structuredClone(attributes) });
    },
    async removeAttributes(key, names) {
      store.ops += 1;
      const v = { ...(data.get(key) ?? {}) };
      for (const n of names) delete v[n];
      data.set(key, v);
    },
  };
  return store;
}

export function manualClock(start = Date.UTC(2026, 11, 6, 9)): Clock & { advance(ms: number): void } {
  let now = start;
  return { now: () => now, advance: (ms) => void (now += ms) };
}

export function memoryLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (l) => void lines.push(l), warn: (l) => void lines.push(l), error: (l) => void lines.push(l) };
}

export function memoryScheduler(): Scheduler & { once: Map<string, { at: number; data: object }> } {
  const once = new Map<string, { at: number; data: object }>();
  return {
    once,
    async scheduleOnce(name, at, data) {
      if (once.has(name)) return 'exists';
      once.set(name, { at, data });
      return 'created';
    },
    async ensureRecurring() {
      return 'created';
    },
    async cancel(name) {
      return once.delete(name) ? 'deleted' : 'absent';
    },
  };
}

/** The entity store's `jobs` entity as the lifecycle sees it: no uniqueness, pages of 20. */
export function memoryBacklog(): import('../../../../server/ports').Backlog & { entries: Map<string, import('../../../../server/ports').BacklogEntry>; ops: number } {
  type Entry = import('../../../../server/ports').BacklogEntry;
  const entries = new Map<string, Entry>();
  let n = 0;
  const backlog = {
    entries,
    ops: 0,
    async add(entry: Omit<Entry, 'id'>) {
      backlog.ops += 1;
      n += 1;
      const id = `jobs-${n}`;
      entries.set(id, { ...structuredClone(entry), id });
      return id;
    },
    async move(id: string, to: import('../../../../server/ports').BacklogMove) {
      backlog.ops += 1;
      const e = entries.get(id);
      if (!e) throw new Error(`no entry ${id}`);
      const { cost: _old, ...rest } = e;
      entries.set(id, { ...rest, ...to });
    },
    async begun() {
      backlog.ops += 1;
      return [...entries.values()].filter((e) => e.cost !== undefined && e.cost <= 3).slice(0, 20).map((e) => structuredClone(e));
    },
    async remove(id: string) {
      backlog.ops += 1;
      entries.delete(id);
    },
    async lane(lane: Entry['lane'], next?: string) {
      backlog.ops += 1;
      const all = [...entries.values()].filter((e) => e.lane === lane);
      const from = next ? Number(next) : 0;
      const page = all.slice(from, from + 20);
      return { entries: structuredClone(page), ...(from + 20 < all.length ? { next: String(from + 20) } : {}) };
    },
    async hasQueued() {
      backlog.ops += 1;
      return [...entries.values()].some((e) => e.lane !== 'running');
    },
    async findJobs(jobs: readonly string[]) {
      backlog.ops += 1;
      return [...entries.values()].filter((e) => jobs.includes(e.job)).slice(0, 20);
    },
  };
  return backlog;
}
