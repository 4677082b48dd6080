/**
 * The entity store behind `$db.entity` and `client.db.entity`, one per installation, built from the app's
 * config/entities.json (schema.ts) and held to the documented limits (limits.ts). Sources and the choices made
 * where the docs are silent are listed in docs/platform.md, "Entity store"; in short:
 * - Every call of a record method or schema() is one operation of the 250-a-minute budget, counted before
 *   anything is checked (as the KV store counts): a refused call costs too. A getAll page is one operation.
 *   `entity()` and `.get('<entity>')` only build references and cost nothing.
 * - Each operation is atomic and last-writer-wins; there is no conditional write (no setIf) and create never
 *   enforces uniqueness, so two creates for the same key make two records. Claims belong in the KV store.
 * - update merges the given fields into the record (the documented example keeps the fields it did not send),
 *   but must carry every required field; `null` clears a field.
 * - getAll answers 20 records a page in an order that is neither creation nor update time (a hash of the
 *   display id), stable across pages: code that assumes "newest first" fails here. A record created during a
 *   listing may land before or after the marker, so it can be missed until the next listing.
 * - display ids are "<prefix>-<n>" with n counting up per entity and never reused.
 * Errors reject with `{ status, message, errorSource }` (+ `errors` for invalid input): 400 invalid input, query,
 * marker, size or record count; 404 unknown entity or record; 429 over budget.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { cloneJson, isPlainObject, jsonBytes } from '../json';
import type { RateLimiter } from '../rate-limiter';
import type { Clock } from '../types';
import { type EntityDb, type EntityPage, type EntityRecord, type EntityRef, entityError } from './api';
import { ENTITY_PAGE_SIZE, ENTITY_VERSION, MAX_RECORD_BYTES, MAX_RECORDS_PER_ENTITY } from './limits';
import { decodeMarker, encodeMarker, fingerprint, matches, parseQuery } from './query';
import { type EntityDef, parseEntities } from './schema';
import { dataProblems } from './values';

export interface EntityStoreOptions {
  /** config/entities.json, parsed. A definition with problems throws (fix it first, as `fdk run` asks). */
  definition: unknown;
  clock: Clock;
  /** The installation's entity budget (250/min), shared by the server and the front end. */
  limiter: RateLimiter;
  /** Persist to this JSON file (npm start); in memory when absent (tests). */
  file?: string;
}

export interface EntityStore extends EntityDb {
  readonly definitions: readonly EntityDef[];
  /** A live record without spending budget: for tests and dev tools, never for the app. */
  peek(entity: string, displayId: string): EntityRecord | undefined;
  /** Every record of an entity in creation order, for the same audience. */
  records(entity: string): EntityRecord[];
  /** Operations spent in the current one-minute window. */
  opsUsed(): number;
}

interface Table {
  def: EntityDef;
  id: number;
  prefix: string;
  next: number;
  records: Map<string, EntityRecord>;
}

export const ENTITY_MESSAGES = {
  invalidInput: 'Invalid input field',
  version: `Entity storage needs $db.entity({ version: '${ENTITY_VERSION}' })`,
  entityNotFound: (name: string) => `Entity ${name} not found`,
  displayId: 'display_id should be a non-empty string',
  recordNotFound: 'Record not found',
  size: 'The record size should not exceed 100KB',
  full: (name: string) => `The entity ${name} already holds the maximum of ${MAX_RECORDS_PER_ENTITY} records`,
  getAllOptions: 'getAll takes an optional object with "query" and "next" only',
  rateLimited: (seconds: number) => `Entity store rate limit exceeded; retry after ${seconds} s`,
} as const;

const hash = (text: string) => createHash('sha256').update(text).digest();

function newTable(def: EntityDef): Table {
  const h = hash(def.name);
  const prefix = Array.from(h.subarray(0, 5), (b) => String.fromCharCode(97 + (b % 26))).join('');
  return { def, id: h.readUInt32BE(8), prefix, next: 1, records: new Map() };
}

/** Where a record sorts in getAll: unrelated to when it was written. */
const sortKey = (entity: string, displayId: string) => hash(`${entity}:${displayId}`).toString('hex');

export function createEntityStore({ definition, clock, limiter, file }: EntityStoreOptions): EntityStore {
  const parsed = parseEntities(definition);
  if (parsed.problems.length > 0) throw new Error(`config/entities.json: ${parsed.problems.join('; ')}`);
  const tables = new Map(parsed.entities.map((def) => [def.name, newTable(def)]));
  if (file) load(file, tables);

  const persist = () => {
    if (!file) return;
    mkdirSync(dirname(file), { recursive: true });
    const entities = Object.fromEntries([...tables].map(([name, t]) => [name, { next: t.next, records: [...t.records.values()] }]));
    writeFileSync(`${file}.tmp`, JSON.stringify({ entities }, null, 2));
    renameSync(`${file}.tmp`, file); // a crash mid-write never leaves half a store
  };

  const spend = () => {
    if (!limiter.tryTake()) throw entityError(429, ENTITY_MESSAGES.rateLimited(limiter.retryAfterSeconds()), undefined, 'PLATFORM');
  };
  const now = () => new Date(clock.now()).toISOString();

  /** Spends the operation, then checks the version and the entity: what every method starts with. */
  const open = (options: unknown, name: unknown): Table => {
    spend();
    if (!isPlainObject(options) || options.version !== ENTITY_VERSION) throw entityError(400, ENTITY_MESSAGES.version);
    const table = typeof name === 'string' ? tables.get(name) : undefined;
    if (!table) throw entityError(404, ENTITY_MESSAGES.entityNotFound(String(name)));
    return table;
  };
  const recordOf = (table: Table, displayId: unknown): EntityRecord => {
    if (typeof displayId !== 'string' || displayId.trim() === '') throw entityError(400, ENTITY_MESSAGES.displayId);
    const record = table.records.get(displayId);
    if (!record) throw entityError(404, ENTITY_MESSAGES.recordNotFound);
    return record;
  };
  const checkData = (table: Table, data: unknown): Record<string, unknown> => {
    const copy: unknown = cloneJson(data);
    const errors = dataProblems(table.def, copy);
    if (errors.length) throw entityError(400, ENTITY_MESSAGES.invalidInput, errors);
    return copy as Record<string, unknown>;
  };
  const checkSize = (data: Record<string, unknown>) => {
    if (jsonBytes(data) > MAX_RECORD_BYTES) throw entityError(400, ENTITY_MESSAGES.size);
  };

  const ref = (options: unknown, name: unknown): EntityRef => ({
    async schema() {
      const t = open(options, name);
      return { id: t.id, name: t.def.name, prefix: t.prefix, fields: cloneJson(t.def.fields) };
    },

    async create(data) {
      const t = open(options, name);
      const values = checkData(t, data);
      checkSize(values);
      if (t.records.size >= MAX_RECORDS_PER_ENTITY) throw entityError(400, ENTITY_MESSAGES.full(t.def.name));
      const at = now();
      const record: EntityRecord = { display_id: `${t.prefix}-${t.next}`, created_time: at, updated_time: at, data: values };
      t.next += 1;
      t.records.set(record.display_id, record);
      persist();
      return { record: cloneJson(record) };
    },

    async get(displayId) {
      const t = open(options, name);
      return { record: cloneJson(recordOf(t, displayId)) };
    },

    async getAll(args) {
      const t = open(options, name);
      if (args !== undefined && (!isPlainObject(args) || Object.keys(args).some((k) => k !== 'query' && k !== 'next'))) {
        throw entityError(400, ENTITY_MESSAGES.getAllOptions);
      }
      const query = parseQuery(t.def, args?.query);
      if (!query.ok) throw entityError(400, ENTITY_MESSAGES.invalidInput, query.errors);
      const print = fingerprint(t.def.name, query.value);
      let after = '';
      if (args?.next !== undefined) {
        const next = args.next;
        const marker = decodeMarker(isPlainObject(next) && Object.keys(next).length === 1 ? next.marker : undefined, print);
        if (!marker.ok) throw entityError(400, ENTITY_MESSAGES.invalidInput, marker.errors);
        after = marker.value;
      }
      const rows = [...t.records.values()]
        .filter((r) => matches(query.value, r.data))
        .map((r) => ({ key: sortKey(t.def.name, r.display_id), r }))
        .filter((x) => x.key > after)
        .sort((a, b) => (a.key < b.key ? -1 : 1));
      const page = rows.slice(0, ENTITY_PAGE_SIZE);
      const answer: EntityPage = { records: cloneJson(page.map((x) => x.r)) };
      const last = page[page.length - 1];
      if (rows.length > ENTITY_PAGE_SIZE && last) answer.links = { next: { marker: encodeMarker({ after: last.key, query: print }) } };
      return answer;
    },

    async update(displayId, data) {
      const t = open(options, name);
      const record = recordOf(t, displayId);
      const values = checkData(t, data);
      const merged = { ...record.data, ...values };
      checkSize(merged);
      record.data = merged;
      record.updated_time = now();
      persist();
      return { record: cloneJson(record) };
    },

    async delete(displayId) {
      const t = open(options, name);
      const record = recordOf(t, displayId);
      t.records.delete(record.display_id);
      persist();
      return {};
    },
  });

  return {
    definitions: parsed.entities,
    entity: (options) => ({ get: (name) => ref(cloneJson(options), name) }),
    peek: (entity, displayId) => {
      const record = tables.get(entity)?.records.get(displayId);
      return record ? cloneJson(record) : undefined;
    },
    records: (entity) => cloneJson([...(tables.get(entity)?.records.values() ?? [])]),
    opsUsed: () => limiter.used(),
  };
}

/** Restores a persisted store; entities no longer defined are dropped, and so are fields no longer defined. */
function load(file: string, tables: Map<string, Table>): void {
  if (!existsSync(file)) return;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { entities?: Record<string, { next?: number; records?: EntityRecord[] }> };
  for (const [name, saved] of Object.entries(parsed.entities ?? {})) {
    const table = tables.get(name);
    if (!table) continue;
    table.next = Math.max(1, Number(saved.next) || 1);
    for (const r of saved.records ?? []) {
      const data = Object.fromEntries(Object.entries(r.data ?? {}).filter(([k]) => table.def.dataFields.has(k)));
      table.records.set(r.display_id, { ...r, data });
    }
  }
}
