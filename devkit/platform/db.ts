/**
 * The key-value store behind `$db` and `client.db` (docs/platform.md "Key-value store"), one per installation.
 *
 * Rules and where they come from:
 * - 50 operations per minute per installation, each set/get/update/delete counting one (docs/platform.md
 *   "Key-value store", "Limits"). The limiter is injected so server and front end draw on the same budget. A call
 * is counted before it is validated: the
 *   budget is spent by reaching the platform, not by succeeding.
 * - key non-blank, ≤ 60 characters; key + value ≤ 40 KB (docs/platform.md "Key-value store", "Limits"; FDK 6.9 still
 *   had 30 chars / 8 KB, with the same messages, which we keep with the current numbers).
 * - value a non-empty JSON object; '' / NaN / ±Infinity inside it are stored as null (docs/platform.md
 *   "Key-value store").
 * - ttl in seconds (int or float, > 0), setIf "exist" | "not_exist" (docs/platform.md "Key-value store").
 * - update actions set (dot paths, nested; the parent must exist), remove (array of paths), increment (numbers,
 *   top level), append (arrays, top level) (docs/platform.md "Key-value store"). Where the docs are silent (update
 * on a missing key, messages
 *   for type clashes) we follow the FDK 6.9 local store [R2 lib/utils/data-util.js, lib/api/db.js].
 * Errors reject with `{ status, message }`; a missing key is `{ status: 404, message: 'Record not found' }`.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { cloneJson, isPlainObject, jsonBytes, platformError } from './json';
import type { RateLimiter } from './rate-limiter';
import type { Clock, DbApi } from './types';

/** docs/platform.md "Key-value store", "Limits". */
export const KV_MAX_KEY_LENGTH = 60;
export const KV_MAX_RECORD_BYTES = 40 * 1024;
export const KV_OPS_PER_MINUTE = 50;

export const KV_MESSAGES = {
  blankKey: 'The key cannot be blank',
  keyLength: `Key length should not exceed ${KV_MAX_KEY_LENGTH} characters`,
  blankValue: 'The value cannot be blank and should be of type JSON',
  size: 'The combined size of the key and value should not exceed 40KB',
  notFound: 'Record not found',
  ttl: 'Time to live(ttl) should be of type float and a non-zero value',
  setIf: 'setIf can only take two values: "exist" or "not_exist"',
  conditionFailed: 'The setIf conditional request failed',
  blankAttributes: 'Attributes object cannot be empty and should be of type JSON or Array',
  blankAttributeKey: 'Keys or paths inside attributes object cannot be blank',
  emptyKeyInValue: 'Mandatory attributes Missing',
  increment: 'The value passed to increment should be of type number',
  append: 'The value passed to append should be of type array and should not be an empty array',
  removeType: 'The attributes object passed to remove action should be of type array',
  removeMissing: 'The specified key for remove operation does not exist in the data store',
  invalidPath: 'One or more paths in the attributes are invalid or overlapping with each other',
} as const;

export interface KeyValueStoreOptions {
  clock: Clock;
  /** The installation's KV budget (50/min, docs/platform.md "Limits"). */
  limiter: RateLimiter;
  /** Persist to this JSON file (npm start); in memory when absent (tests). */
  file?: string;
}

export interface KeyValueStore extends DbApi {
  /** Reads a live record without spending budget or validating: for tests and dev tools, never for the app. */
  peek(key: string): Record<string, unknown> | undefined;
  /** Live keys, for the same audience (the real store has no listing, docs/platform.md "Key-value store"). */
  keys(): string[];
  /**
   * The platform's own wipe when the app is uninstalled ("data deleted on uninstall", docs/platform.md
   * "Key-value store"); not an app call.
   */
  clear(): void;
}

interface StoredRecord {
  value: Record<string, unknown>;
  /** Epoch ms on the platform clock. */
  expiresAt?: number;
}

type UpdateAction = 'set' | 'remove' | 'increment' | 'append';
const ACTIONS: readonly UpdateAction[] = ['set', 'remove', 'increment', 'append'];
const OPTION_KEYS = ['ttl', 'setIf'];
/** Path segments that would reach an object's prototype instead of a stored attribute. */
const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

export function createKeyValueStore({ clock, limiter, file }: KeyValueStoreOptions): KeyValueStore {
  const records = file ? load(file) : new Map<string, StoredRecord>();

  const persist = () => {
    if (!file) return;
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, JSON.stringify({ records: Object.fromEntries(records) }, null, 2));
    renameSync(tmp, file); // a crash mid-write never leaves half a store
  };

  /** The record if it exists and has not expired; an expired one is dropped as it is seen. */
  const live = (key: string): StoredRecord | undefined => {
    const record = records.get(key);
    if (record?.expiresAt !== undefined && record.expiresAt <= clock.now()) {
      records.delete(key);
      persist();
      return undefined;
    }
    return record;
  };

  const spend = () => {
    if (!limiter.tryTake()) {
      throw platformError(429, `KV store rate limit exceeded; retry after ${limiter.retryAfterSeconds()} s`);
    }
  };

  return {
    async set(key, value, options) {
      spend();
      validateKey(key);
      const normalized = normalizeValue(value);
      const { ttl, setIf } = validateSetOptions(options);
      checkSize(key, normalized);
      const exists = live(key) !== undefined;
      if ((setIf === 'not_exist' && exists) || (setIf === 'exist' && !exists)) {
        throw platformError(400, KV_MESSAGES.conditionFailed);
      }
      const record: StoredRecord = { value: normalized };
      if (ttl !== undefined) record.expiresAt = clock.now() + ttl * 1000;
      records.set(key, record);
      persist();
      return { Created: true };
    },

    async get(key) {
      spend();
      const record = typeof key === 'string' ? live(key) : undefined;
      if (!record) throw platformError(404, KV_MESSAGES.notFound);
      return cloneJson(record.value);
    },

    async update(key, action, attributes) {
      spend();
      validateKey(key);
      if (!ACTIONS.includes(action)) throw platformError(400, `Invalid action ${String(action)} for update`);
      if (isBlank(attributes) || typeof attributes !== 'object' || attributes === null) {
        throw platformError(400, KV_MESSAGES.blankAttributes);
      }
      const current = live(key);
      const next = applyUpdate(current ? cloneJson(current.value) : undefined, action, attributes);
      checkSize(key, next);
      const record: StoredRecord = { value: next };
      if (current?.expiresAt !== undefined) record.expiresAt = current.expiresAt; // an update keeps the TTL
      records.set(key, record);
      persist();
      return { Updated: true };
    },

    async delete(key) {
      spend();
      validateKey(key);
      // FDK 6.9 answers { Deleted: true } whether or not the key existed; the docs say nothing else.
      records.delete(key);
      persist();
      return { Deleted: true };
    },

    peek(key) {
      const record = live(key);
      return record ? cloneJson(record.value) : undefined;
    },

    keys() {
      return [...records.keys()].filter((k) => live(k) !== undefined);
    },

    clear() {
      records.clear();
      persist();
    },
  };
}

function load(file: string): Map<string, StoredRecord> {
  if (!existsSync(file)) return new Map();
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { records?: Record<string, StoredRecord> };
  return new Map(Object.entries(parsed.records ?? {}));
}

/** Blank as FDK 6.9 means it: absent, '', or an empty object/array. */
function isBlank(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

function validateKey(key: unknown): asserts key is string {
  if (typeof key !== 'string' || key.trim() === '') throw platformError(400, KV_MESSAGES.blankKey);
  if (key.length > KV_MAX_KEY_LENGTH) throw platformError(400, KV_MESSAGES.keyLength);
}

function checkSize(key: string, value: unknown) {
  if (Buffer.byteLength(key, 'utf8') + jsonBytes(value) > KV_MAX_RECORD_BYTES) {
    throw platformError(400, KV_MESSAGES.size);
  }
}

/**
 * The value as it will be stored: a JSON copy with '' / NaN / ±Infinity turned into null (docs/platform.md
 * "Key-value store").
 */
function normalizeValue(value: unknown): Record<string, unknown> {
  if (isBlank(value)) throw platformError(400, KV_MESSAGES.blankValue);
  // FDK 6.9 answers 422 for a non-object value; an array is not the documented "JSON object" either.
  if (!isPlainObject(value)) throw platformError(422, KV_MESSAGES.blankValue);
  if (hasEmptyKey(value)) throw platformError(400, KV_MESSAGES.emptyKeyInValue);
  return toStored(value) as Record<string, unknown>;
}

function toStored(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v === '' ? null : v)));
}

function hasEmptyKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasEmptyKey);
  if (isPlainObject(value)) return Object.entries(value).some(([k, v]) => k === '' || hasEmptyKey(v));
  return false;
}

function validateSetOptions(options: unknown): { ttl?: number; setIf?: 'exist' | 'not_exist' } {
  if (options === undefined || options === null) return {};
  if (!isPlainObject(options)) throw platformError(400, 'options should be of type JSON');
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.includes(key)) throw platformError(400, `Invalid option ${key} inside options`);
  }
  const { ttl, setIf } = options;
  if (ttl !== undefined && (typeof ttl !== 'number' || !Number.isFinite(ttl) || ttl <= 0)) {
    throw platformError(400, KV_MESSAGES.ttl);
  }
  if (setIf !== undefined && setIf !== 'exist' && setIf !== 'not_exist') throw platformError(422, KV_MESSAGES.setIf);
  return { ttl: ttl as number | undefined, setIf: setIf as 'exist' | 'not_exist' | undefined };
}

function applyUpdate(
  current: Record<string, unknown> | undefined,
  action: UpdateAction,
  attributes: object,
): Record<string, unknown> {
  switch (action) {
    case 'set':
      return setPaths(current ?? {}, attributes);
    case 'remove':
      return removePaths(current, attributes);
    case 'increment':
      return increment(current, attributes);
    case 'append':
      return append(current, attributes);
  }
}

/** "a.b[2].c" → ["a", "b", "2", "c"], as FDK 6.9 splits paths. */
function splitPath(path: string): string[] {
  const segments = path.split(/\.|\[|\]/).filter((s) => s !== '');
  if (segments.length === 0 || segments.some((s) => FORBIDDEN_SEGMENTS.has(s))) {
    throw platformError(400, KV_MESSAGES.invalidPath);
  }
  return segments;
}

/** Walks to the parent of the last segment; every step must exist and be a container (DynamoDB-like). */
function parentOf(root: Record<string, unknown>, segments: string[]): Record<string, unknown> | unknown[] {
  let node: unknown = root;
  for (const segment of segments.slice(0, -1)) {
    const next: unknown = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    if (next === null || typeof next !== 'object') throw platformError(400, KV_MESSAGES.invalidPath);
    node = next;
  }
  return node as Record<string, unknown> | unknown[];
}

function setPaths(record: Record<string, unknown>, attributes: object): Record<string, unknown> {
  if (!isPlainObject(attributes)) throw platformError(400, KV_MESSAGES.blankAttributes);
  for (const [path, raw] of Object.entries(attributes)) {
    if (path.trim() === '') throw platformError(422, KV_MESSAGES.blankAttributeKey);
    const segments = splitPath(path);
    const last = segments[segments.length - 1] as string;
    const parent = parentOf(record, segments);
    const value = toStored(raw);
    if (Array.isArray(parent) && Number(last) >= parent.length) parent.push(value);
    else (parent as Record<string, unknown>)[last] = value;
  }
  return record;
}

function removePaths(record: Record<string, unknown> | undefined, attributes: object): Record<string, unknown> {
  if (!Array.isArray(attributes)) throw platformError(400, KV_MESSAGES.removeType);
  if (!record) throw platformError(400, KV_MESSAGES.removeMissing);
  for (const path of attributes as unknown[]) {
    if (typeof path !== 'string' || path.trim() === '') throw platformError(422, KV_MESSAGES.blankAttributeKey);
    const segments = splitPath(path);
    const last = segments[segments.length - 1] as string;
    const parent = parentOf(record, segments);
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  }
  return record;
}

function increment(record: Record<string, unknown> | undefined, attributes: object): Record<string, unknown> {
  if (!isPlainObject(attributes)) throw platformError(400, KV_MESSAGES.blankAttributes);
  const next = record ?? {};
  for (const [key, by] of Object.entries(attributes)) {
    if (key.trim() === '') throw platformError(400, KV_MESSAGES.blankAttributeKey);
    if (typeof by !== 'number' || !Number.isFinite(by)) throw platformError(400, KV_MESSAGES.increment);
    const current = next[key];
    if (current === undefined || current === null) next[key] = by;
    else if (typeof current === 'number') next[key] = current + by;
    else throw platformError(400, `The attribute ${key} is not a number and cannot be incremented`);
  }
  return next;
}

function append(record: Record<string, unknown> | undefined, attributes: object): Record<string, unknown> {
  if (!isPlainObject(attributes)) throw platformError(400, KV_MESSAGES.blankAttributes);
  const next = record ?? {};
  for (const [key, items] of Object.entries(attributes)) {
    if (key.trim() === '') throw platformError(400, KV_MESSAGES.blankAttributeKey);
    if (!Array.isArray(items) || items.length === 0) throw platformError(400, KV_MESSAGES.append);
    const current = next[key];
    const stored = toStored(items) as unknown[];
    if (current === undefined || current === null) next[key] = stored;
    else if (Array.isArray(current)) next[key] = [...current, ...stored];
    else throw platformError(400, `The attribute ${key} is not an array and cannot be appended to`);
  }
  return next;
}
