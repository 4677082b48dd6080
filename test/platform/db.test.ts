/**
 * $db conformance (docs/platform.md "Key-value store", "Limits"): every limit, error shape, TTL, setIf, update action,
 * budget.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../devkit/platform/clock';
import { createKeyValueStore, KV_MESSAGES } from '../../devkit/platform/db';
import { createRateLimiter } from '../../devkit/platform/rate-limiter';
import { rejection } from './helpers';

function store(limit = 10_000) {
  const clock = new ManualClock();
  const limiter = createRateLimiter(limit, clock);
  return { clock, limiter, db: createKeyValueStore({ clock, limiter }) };
}

describe('$db set / get / delete', () => {
  it('stores a JSON object and answers { Created: true }; get answers a copy', async () => {
    const { db } = store();
    await expect(db.set('ticket:1', { stage: 'new', n: 1 })).resolves.toEqual({ Created: true });
    const value = await db.get('ticket:1');
    expect(value).toEqual({ stage: 'new', n: 1 });
    value.stage = 'mutated';
    await expect(db.get('ticket:1')).resolves.toEqual({ stage: 'new', n: 1 });
  });

  it('rejects a missing key with { status: 404, message: "Record not found" }', async () => {
    const { db } = store();
    await expect(db.get('nope')).rejects.toEqual({ status: 404, message: 'Record not found' });
  });

  it('delete answers { Deleted: true } and the key is gone', async () => {
    const { db } = store();
    await db.set('k', { a: 1 });
    await expect(db.delete('k')).resolves.toEqual({ Deleted: true });
    await expect(db.get('k')).rejects.toMatchObject({ status: 404 });
  });

  // docs/platform.md "Key-value store"
  it('stores empty strings, NaN and ±Infinity inside the value as null', async () => {
    const { db } = store();
    await db.set('k', { s: '', nan: NaN, inf: Infinity, ninf: -Infinity, deep: { list: ['', 1, NaN], ok: 'x' } });
    await expect(db.get('k')).resolves.toEqual({ s: null, nan: null, inf: null, ninf: null, deep: { list: [null, 1, null], ok: 'x' } });
  });
});

describe('$db key and value rules', () => {
  it('rejects a blank key (400)', async () => {
    const { db } = store();
    for (const key of ['', '   ']) {
      await expect(db.set(key, { a: 1 })).rejects.toEqual({ status: 400, message: KV_MESSAGES.blankKey });
    }
  });

  it('accepts a 60-character key and rejects 61 (docs/platform.md "Key-value store")', async () => {
    const { db } = store();
    await expect(db.set('k'.repeat(60), { a: 1 })).resolves.toEqual({ Created: true });
    await expect(db.set('k'.repeat(61), { a: 1 })).rejects.toEqual({
      status: 400,
      message: 'Key length should not exceed 60 characters',
    });
  });

  // docs/platform.md "Key-value store"
  it('accepts key + value of exactly 40 KB and rejects one byte more', async () => {
    const { db } = store();
    const key = 'big';
    // {"v":"…"} is 8 bytes of JSON around the string.
    const fill = 40 * 1024 - key.length - 8;
    await expect(db.set(key, { v: 'x'.repeat(fill) })).resolves.toEqual({ Created: true });
    await expect(db.set(key, { v: 'x'.repeat(fill + 1) })).rejects.toEqual({
      status: 400,
      message: 'The combined size of the key and value should not exceed 40KB',
    });
  });

  it('counts the size in UTF-8 bytes, not characters', async () => {
    const { db } = store();
    const fill = Math.floor((40 * 1024 - 8 - 1) / 2) + 1; // 2-byte characters just past the limit
    await expect(db.set('k', { v: 'é'.repeat(fill) })).rejects.toMatchObject({ status: 400 });
  });

  it('requires a non-empty JSON object as the value', async () => {
    const { db } = store();
    for (const blank of [{}, [], null, undefined, '']) {
      await expect(db.set('k', blank)).rejects.toEqual({ status: 400, message: KV_MESSAGES.blankValue });
    }
    for (const notObject of ['text', 42, true, [1, 2]]) {
      await expect(db.set('k', notObject)).rejects.toEqual({ status: 422, message: KV_MESSAGES.blankValue });
    }
  });

  it('rejects unknown options, a bad ttl and a bad setIf', async () => {
    const { db } = store();
    await expect(db.set('k', { a: 1 }, { expire: 5 } as never)).rejects.toEqual({ status: 400, message: 'Invalid option expire inside options' });
    for (const ttl of [0, -1, Number.NaN, '60' as unknown as number]) {
      await expect(db.set('k', { a: 1 }, { ttl })).rejects.toEqual({ status: 400, message: KV_MESSAGES.ttl });
    }
    await expect(db.set('k', { a: 1 }, { setIf: 'maybe' as never })).rejects.toEqual({ status: 422, message: KV_MESSAGES.setIf });
  });
});

describe('$db ttl and setIf', () => {
  it('expires a record after ttl seconds on the platform clock', async () => {
    const { db, clock } = store();
    await db.set('k', { a: 1 }, { ttl: 60 });
    clock.advance(59_999);
    await expect(db.get('k')).resolves.toEqual({ a: 1 });
    clock.advance(1);
    await expect(db.get('k')).rejects.toEqual({ status: 404, message: 'Record not found' });
  });

  it('accepts a fractional ttl', async () => {
    const { db, clock } = store();
    await db.set('k', { a: 1 }, { ttl: 1.5 });
    clock.advance(1_499);
    await expect(db.get('k')).resolves.toEqual({ a: 1 });
    clock.advance(1);
    await expect(db.get('k')).rejects.toMatchObject({ status: 404 });
  });

  it('a plain set replaces the record and clears its ttl', async () => {
    const { db, clock } = store();
    await db.set('k', { a: 1 }, { ttl: 10 });
    await db.set('k', { a: 2 });
    clock.advance(3_600_000);
    await expect(db.get('k')).resolves.toEqual({ a: 2 });
  });

  it('setIf "not_exist" writes once, then fails with 400; an expired record no longer exists', async () => {
    const { db, clock } = store();
    await expect(db.set('mark', { by: 'first' }, { setIf: 'not_exist', ttl: 30 })).resolves.toEqual({ Created: true });
    await expect(db.set('mark', { by: 'second' }, { setIf: 'not_exist' })).rejects.toEqual({
      status: 400,
      message: 'The setIf conditional request failed',
    });
    await expect(db.get('mark')).resolves.toEqual({ by: 'first' });
    clock.advance(30_000);
    await expect(db.set('mark', { by: 'third' }, { setIf: 'not_exist' })).resolves.toEqual({ Created: true });
  });

  it('setIf "exist" only overwrites a record that is there', async () => {
    const { db } = store();
    await expect(db.set('k', { a: 1 }, { setIf: 'exist' })).rejects.toEqual({ status: 400, message: KV_MESSAGES.conditionFailed });
    await db.set('k', { a: 1 });
    await expect(db.set('k', { a: 2 }, { setIf: 'exist' })).resolves.toEqual({ Created: true });
    await expect(db.get('k')).resolves.toEqual({ a: 2 });
  });
});

describe('$db update', () => {
  it('set writes dot paths and array indexes into nested objects', async () => {
    const { db } = store();
    await db.set('k', { a: { b: 1 }, list: [1, 2], keep: true });
    await expect(db.update('k', 'set', { 'a.b': 2, 'a.c': { d: '' }, 'list[1]': 20, 'list[5]': 99, top: 'x' })).resolves.toEqual({ Updated: true });
    await expect(db.get('k')).resolves.toEqual({ a: { b: 2, c: { d: null } }, list: [1, 20, 99], keep: true, top: 'x' });
  });

  it('set through a missing parent fails and leaves the record as it was', async () => {
    const { db } = store();
    await db.set('k', { a: 1 });
    await expect(db.update('k', 'set', { ok: 2, 'missing.child': 1 })).rejects.toEqual({ status: 400, message: KV_MESSAGES.invalidPath });
    await expect(db.get('k')).resolves.toEqual({ a: 1 });
  });

  it('set on a missing key creates the record (FDK 6.9)', async () => {
    const { db } = store();
    await db.update('new', 'set', { a: 1 });
    await expect(db.get('new')).resolves.toEqual({ a: 1 });
  });

  it('remove deletes paths; it needs an array and an existing record', async () => {
    const { db } = store();
    await db.set('k', { a: { b: 1, c: 2 }, list: ['x', 'y', 'z'], gone: 1 });
    await db.update('k', 'remove', ['a.b', 'list[1]', 'gone', 'a.absent']);
    await expect(db.get('k')).resolves.toEqual({ a: { c: 2 }, list: ['x', 'z'] });
    await expect(db.update('k', 'remove', { a: 1 })).rejects.toEqual({ status: 400, message: KV_MESSAGES.removeType });
    await expect(db.update('absent', 'remove', ['a'])).rejects.toEqual({ status: 400, message: KV_MESSAGES.removeMissing });
  });

  it('increment adds to top-level numbers, starts missing ones, and refuses non-numbers', async () => {
    const { db } = store();
    await db.update('counters', 'increment', { requests: 5 });
    await db.update('counters', 'increment', { requests: 2, retries: 1 });
    await expect(db.get('counters')).resolves.toEqual({ requests: 7, retries: 1 });
    await expect(db.update('counters', 'increment', { requests: '1' })).rejects.toEqual({ status: 400, message: KV_MESSAGES.increment });
    await db.set('text', { requests: 'many' });
    await expect(db.update('text', 'increment', { requests: 1 })).rejects.toMatchObject({ status: 400 });
  });

  it('append concatenates top-level arrays, starts missing ones, and refuses empty or non-arrays', async () => {
    const { db } = store();
    await db.set('k', { tags: ['a'] });
    await db.update('k', 'append', { tags: ['b', 'c'], other: [1] });
    await expect(db.get('k')).resolves.toEqual({ tags: ['a', 'b', 'c'], other: [1] });
    await expect(db.update('k', 'append', { tags: [] })).rejects.toEqual({ status: 400, message: KV_MESSAGES.append });
    await expect(db.update('k', 'append', { tags: 'd' })).rejects.toEqual({ status: 400, message: KV_MESSAGES.append });
  });

  it('rejects an unknown action and blank attributes', async () => {
    const { db } = store();
    await db.set('k', { a: 1 });
    await expect(db.update('k', 'merge' as never, { a: 2 })).rejects.toEqual({ status: 400, message: 'Invalid action merge for update' });
    for (const blank of [{}, [], null]) {
      await expect(db.update('k', 'set', blank)).rejects.toEqual({ status: 400, message: KV_MESSAGES.blankAttributes });
    }
  });

  it('keeps the ttl of the record it updates', async () => {
    const { db, clock } = store();
    await db.set('k', { n: 1 }, { ttl: 60 });
    clock.advance(30_000);
    await db.update('k', 'increment', { n: 1 });
    await expect(db.get('k')).resolves.toEqual({ n: 2 });
    clock.advance(30_000);
    await expect(db.get('k')).rejects.toMatchObject({ status: 404 });
  });

  it('refuses an update that would take the record over 40 KB, leaving it unchanged', async () => {
    const { db } = store();
    await db.set('k', { a: 'x'.repeat(30 * 1024) });
    await expect(db.update('k', 'set', { b: 'y'.repeat(11 * 1024) })).rejects.toEqual({
      status: 400,
      message: 'The combined size of the key and value should not exceed 40KB',
    });
    await expect(db.get('k')).resolves.toEqual({ a: 'x'.repeat(30 * 1024) });
  });

  it('cannot reach an object prototype through a path', async () => {
    const { db } = store();
    await db.set('k', { a: {} });
    await expect(db.update('k', 'set', { '__proto__.polluted': 1 })).rejects.toMatchObject({ status: 400 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('$db budget: 50 operations per minute per installation (docs/platform.md "Key-value store", "Limits")', () => {
  it('allows 50 operations of any kind, refuses the 51st with 429, and recovers after 60 s', async () => {
    const { db, clock } = store(50);
    await db.set('k', { n: 0 });
    for (let i = 0; i < 24; i += 1) {
      await db.update('k', 'increment', { n: 1 });
      await db.get('k');
    }
    await db.delete('other'); // 50th
    const refused = (await rejection(db.get('k'))) as { status: number; message: string };
    expect(refused.status).toBe(429);
    expect(refused.message).toMatch(/rate limit/i);
    await expect(db.set('x', { a: 1 })).rejects.toMatchObject({ status: 429 });
    clock.advance(59_999);
    await expect(db.get('k')).rejects.toMatchObject({ status: 429 });
    clock.advance(1);
    await expect(db.get('k')).resolves.toEqual({ n: 24 });
  });

  it('counts calls that fail validation too', async () => {
    const { db, limiter } = store(50);
    await expect(db.set('', { a: 1 })).rejects.toMatchObject({ status: 400 });
    await expect(db.get('missing')).rejects.toMatchObject({ status: 404 });
    expect(limiter.used()).toBe(2);
  });
});

describe('$db persistence (npm start)', () => {
  it('a store opened on the same file sees the records and their ttl', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kv-'));
    try {
      const file = join(dir, 'nested', 'kv.json');
      const clock = new ManualClock();
      const first = createKeyValueStore({ clock, limiter: createRateLimiter(50, clock), file });
      await first.set('kept', { a: 1 });
      await first.set('short', { b: 2 }, { ttl: 10 });
      const second = createKeyValueStore({ clock, limiter: createRateLimiter(50, clock), file });
      await expect(second.get('kept')).resolves.toEqual({ a: 1 });
      clock.advance(10_000);
      await expect(second.get('short')).rejects.toMatchObject({ status: 404 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
