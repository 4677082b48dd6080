/** Backlog over the entity store's `jobs` entity (config/entities.json; docs/platform.md "Entity store"). */
import { isReadyLane, READY_LANES, type Lane } from '../domain/jobs/lanes';
import { BEGUN_COSTS, type Backlog, type BacklogEntry } from '../ports';
import { fdkDb } from './globals';
import { platformFailure } from './platform-error';
import type { FdkDb, FdkEntity, FdkEntityRecord } from './types';

export const JOBS_ENTITY = 'jobs';

const isLane = (v: unknown): v is Lane => typeof v === 'string' && (v === 'running' || v === 'wait' || isReadyLane(v));

function toEntry(record: FdkEntityRecord): BacklogEntry | undefined {
  const { job, lane, due_at, attempt, input, cost } = record.data;
  if (typeof job !== 'string' || !isLane(lane) || typeof due_at !== 'number' || typeof attempt !== 'number') return undefined;
  let parsed: unknown;
  try {
    parsed = typeof input === 'string' ? JSON.parse(input) : undefined;
  } catch {
    parsed = undefined;
  }
  return { id: record.display_id, job, lane, dueAt: due_at, attempt, input: parsed, ...(typeof cost === 'number' ? { cost } : {}) };
}

const entries = (records: FdkEntityRecord[]) => records.map(toEntry).filter((e): e is BacklogEntry => e !== undefined);

export function createBacklog(db: () => FdkDb = fdkDb): Backlog {
  const jobs = (): FdkEntity => {
    const entity = db().entity;
    if (!entity) throw platformFailure('backlog', { status: 501, message: 'the entity store is not available' });
    return entity.call(db(), { version: 'v1' }).get(JOBS_ENTITY);
  };
  const call = async <T>(what: () => Promise<T>): Promise<T> => {
    try {
      return await what();
    } catch (rejection) {
      throw platformFailure('backlog', rejection);
    }
  };
  return {
    async add(entry) {
      const data = { job: entry.job, lane: entry.lane, due_at: Math.round(entry.dueAt), attempt: entry.attempt, input: JSON.stringify(entry.input ?? null), ...(entry.cost === undefined ? {} : { cost: entry.cost }) };
      const { record } = await call(() => jobs().create(data));
      return record.display_id;
    },
    async move(id, to) {
      // null clears an estimate the entry no longer has (the entity store's update merges the fields given).
      await call(() => jobs().update(id, { lane: to.lane, due_at: Math.round(to.dueAt), attempt: to.attempt, cost: to.cost ?? null }));
    },
    async remove(id) {
      try {
        await jobs().delete(id);
      } catch (rejection) {
        // Already gone (a duplicate finished it) is what was wanted.
        if ((rejection as { status?: unknown })?.status === 404) return;
        throw platformFailure('backlog', rejection);
      }
    },
    async lane(lane, next) {
      const page = await call(() => jobs().getAll({ query: { lane }, ...(next ? { next: { marker: next } } : {}) }));
      const marker = page.links?.next?.marker;
      return { entries: entries(page.records), ...(marker ? { next: marker } : {}) };
    },
    async begun() {
      const page = await call(() => jobs().getAll({ query: { $or: BEGUN_COSTS.map((cost) => ({ cost })) } }));
      return entries(page.records);
    },
    async hasQueued() {
      const page = await call(() => jobs().getAll({ query: { $or: ['wait', ...READY_LANES].map((lane) => ({ lane })) } }));
      return page.records.length > 0;
    },
    async findJobs(names) {
      if (names.length === 0) return [];
      const query = names.length === 1 ? { job: names[0] } : { $or: names.slice(0, 10).map((job) => ({ job })) };
      const page = await call(() => jobs().getAll({ query }));
      return entries(page.records);
    },
  };
}
