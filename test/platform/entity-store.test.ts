/**
 * Entity store conformance ($db.entity / client.db.entity): the documented record API, shapes, limits and
 * errors, paging with markers, filters, the 250/min budget shared by the server and the front end, persistence,
 * and the strict choices of docs/platform.md "Entity store".
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../devkit/platform/clock';
import type { EntityPage, EntityRecord } from '../../devkit/platform/entity/api';
import { ENTITY_PAGE_SIZE, MAX_QUERY_TERMS, MAX_RECORDS_PER_ENTITY } from '../../devkit/platform/entity/limits';
import { createEntityStore, ENTITY_MESSAGES } from '../../devkit/platform/entity/store';
import { jsonBytes } from '../../devkit/platform/json';
import { createRateLimiter } from '../../devkit/platform/rate-limiter';
import { createPlatformWebServer } from '../../devkit/platform/web';
import type { FdkClient } from '../../devkit/platform/web/client/client';
import { DEFINITION, entityAppDir, entityPlatform, runOps } from './entity-app';
import { rejection } from './helpers';
import { createFixtureApp } from './web/fixture-app';
import { openPage, settle } from './web/open-page';

function store(opts: { limit?: number; definition?: unknown; file?: string; clock?: ManualClock } = {}) {
  const clock = opts.clock ?? new ManualClock();
  const limiter = createRateLimiter(opts.limit ?? 1_000_000, clock);
  const entities = createEntityStore({ definition: opts.definition ?? DEFINITION, clock, limiter, file: opts.file });
  return { clock, limiter, entities, jobs: entities.entity({ version: 'v1' }).get('ticket_job') };
}

const job = (ticket_id: number, extra: Record<string, unknown> = {}) => ({ ticket_id, state: 'queued', ...extra });
const invalid = (...errors: { name: string; message: string }[]) => ({ status: 400, message: 'Invalid input field', errorSource: 'APP', errors });
const invalidAny = { status: 400, message: 'Invalid input field', errorSource: 'APP', errors: [expect.objectContaining({ name: expect.any(String) })] };

describe('records: create, get, update, delete', () => {
  it('create answers { record: { display_id, created_time, updated_time, data } }; ids count up per entity', async () => {
    const { jobs, clock, entities } = store();
    const first = await jobs.create(job(1042, { kind: 'triage' }));
    const at = new Date(clock.now()).toISOString();
    expect(first).toEqual({ record: { display_id: expect.stringMatching(/^[a-z]{5}-1$/), created_time: at, updated_time: at, data: { ticket_id: 1042, state: 'queued', kind: 'triage' } } });
    const prefix = first.record.display_id.split('-')[0];
    expect((await jobs.create(job(1043))).record.display_id).toBe(`${prefix}-2`);
    const sweep = await entities.entity({ version: 'v1' }).get('sweep').create({ since: '2026-11-25T09:00:00Z' });
    expect(sweep.record.display_id).toMatch(/^[a-z]{5}-1$/);
    expect(sweep.record.display_id.split('-')[0]).not.toBe(prefix);
  });

  it('get answers the record; a copy, not the stored object', async () => {
    const { jobs } = store();
    const { record } = await jobs.create(job(1));
    const got = await jobs.get(record.display_id);
    expect(got).toEqual({ record });
    got.record.data.state = 'done';
    expect((await jobs.get(record.display_id)).record.data.state).toBe('queued');
  });

  it('update merges the given fields, moves updated_time and keeps created_time; null clears an optional field', async () => {
    const { jobs, clock } = store();
    const { record } = await jobs.create(job(1, { kind: 'triage', urgent: true }));
    clock.advance(5000);
    const updated = await jobs.update(record.display_id, { ticket_id: 1, state: 'running', urgent: null });
    expect(updated.record).toEqual({
      display_id: record.display_id,
      created_time: record.created_time,
      updated_time: new Date(clock.now()).toISOString(),
      data: { ticket_id: 1, state: 'running', kind: 'triage', urgent: null },
    });
  });

  it('update must carry every required field (the documented rule), and is validated like create', async () => {
    const { jobs } = store();
    const { record } = await jobs.create(job(1));
    expect(await rejection(jobs.update(record.display_id, { state: 'done' }))).toEqual(invalid({ name: 'ticket_id', message: 'ticket_id is required' }));
    expect(await rejection(jobs.update(record.display_id, { ticket_id: 1, state: 'gone' }))).toEqual(invalid({ name: 'state', message: 'state should be one of: queued, running, done' }));
    expect((await jobs.get(record.display_id)).record.data).toEqual(job(1));
  });

  it('delete resolves {}; the record is gone and its number is never reused', async () => {
    const { jobs } = store();
    const a = (await jobs.create(job(1))).record.display_id;
    await expect(jobs.delete(a)).resolves.toEqual({});
    expect(await rejection(jobs.get(a))).toEqual({ status: 404, message: 'Record not found', errorSource: 'APP' });
    const b = (await jobs.create(job(2))).record.display_id;
    expect(b.endsWith('-2')).toBe(true);
  });

  it('a missing record is 404 for get, update and delete; a display_id that is not a string is 400', async () => {
    const { jobs } = store();
    const notFound = { status: 404, message: ENTITY_MESSAGES.recordNotFound, errorSource: 'APP' };
    expect(await rejection(jobs.get('abcde-99'))).toEqual(notFound);
    expect(await rejection(jobs.update('abcde-99', job(1)))).toEqual(notFound);
    expect(await rejection(jobs.delete('abcde-99'))).toEqual(notFound);
    for (const id of [undefined, 7, '', '  ']) {
      expect(await rejection(jobs.get(id))).toEqual({ status: 400, message: ENTITY_MESSAGES.displayId, errorSource: 'APP' });
    }
  });

  it('create never enforces uniqueness: the same data twice is two records', async () => {
    const { jobs, entities } = store();
    await jobs.create(job(7));
    await jobs.create(job(7));
    expect(entities.records('ticket_job').map((r) => r.data)).toEqual([job(7), job(7)]);
  });

  it('an undeclared entity is 404 and another version than v1 is 400, on every method', async () => {
    const { entities } = store();
    const ghost = entities.entity({ version: 'v1' }).get('ghost');
    expect(await rejection(ghost.create({ a: 1 }))).toEqual({ status: 404, message: 'Entity ghost not found', errorSource: 'APP' });
    for (const options of [{ version: 'v2' }, undefined, {}]) {
      const ref = entities.entity(options).get('ticket_job');
      expect(await rejection(ref.getAll())).toEqual({ status: 400, message: ENTITY_MESSAGES.version, errorSource: 'APP' });
    }
  });

  it('schema() answers the entity id, name, prefix and fields', async () => {
    const { jobs } = store();
    const schema = await jobs.schema();
    const { record } = await jobs.create(job(1));
    expect(schema).toMatchObject({ id: expect.any(Number), name: 'ticket_job', prefix: record.display_id.split('-')[0] });
    expect(schema.fields).toHaveLength(9);
    expect(schema.fields[8]).toMatchObject({ name: 'lease', type: 'section', fields: [{ name: 'owner' }, { name: 'until' }] });
  });
});

describe('field types and limits (entity_storage_doc.md)', () => {
  const cases: [string, string, unknown, unknown][] = [
    // what, field, accepted, refused
    ['text: 64 characters, not 65', 'kind', 'x'.repeat(64), 'x'.repeat(65)],
    ['text: counted in UTF-16 units (33 emoji are 66)', 'kind', 'é'.repeat(64), '😀'.repeat(33)],
    ['paragraph: 2048 characters, not 2049', 'note', 'x'.repeat(2048), 'x'.repeat(2049)],
    ['integer: 15 digits, not 16', 'ticket_id', 999_999_999_999_999, 1_000_000_000_000_000],
    ['integer: negative, not a fraction', 'ticket_id', -999_999_999_999_999, 1.5],
    ['float: 15 significant digits, not 16', 'score', 12345.6789012345, 1234567.890123456],
    ['float: small, not in exponent form', 'score', 0.000001, 1e21],
    ['float: a number, not a numeric string', 'score', -2.5, '2.5'],
    ['boolean: true/false, not a string', 'urgent', false, 'false'],
    ['datetime: seconds required', 'due', '2026-11-25T09:00:00Z', '2026-11-25T09:00Z'],
    ['datetime: offset and fraction, not a space', 'due', '2026-11-25T09:00:00.123+05:30', '2026-11-25 09:00:00Z'],
    ['datetime: a real day', 'due', '2028-02-29T00:00:00Z', '2026-02-29T00:00:00Z'],
    ['datetime: a zone is required', 'due', '2026-11-25T09:00:00-01:00', '2026-11-25T09:00:00'],
    ['date: a real day', 'day', '2026-11-25', '2026-02-30'],
    ['date: no time', 'day', '2028-02-29', '2026-11-25T00:00:00Z'],
    ['enum: the choice value, not its id', 'state', 'done', 3],
    ['enum: case-sensitive', 'state', 'running', 'Running'],
  ];
  it.each(cases)('%s', async (_what, field, ok, bad) => {
    const { jobs } = store();
    await expect(jobs.create({ ...job(1), [field]: ok })).resolves.toMatchObject({ record: { data: { [field]: ok } } });
    const refused = (await rejection(jobs.create({ ...job(1), [field]: bad }))) as { errors: { name: string }[] };
    expect(refused).toEqual(invalidAny);
    expect(refused.errors.map((e) => e.name)).toEqual([field]);
  });

  it('NaN and Infinity travel as JSON null: they clear an optional field and never fill a required one', async () => {
    const { jobs } = store();
    await expect(jobs.create(job(1, { score: Number.POSITIVE_INFINITY }))).resolves.toMatchObject({ record: { data: { score: null } } });
    expect(await rejection(jobs.create(job(Number.NaN)))).toEqual(invalid({ name: 'ticket_id', message: 'ticket_id is required' }));
  });

  it('refuses unknown keys, a section name as a key, missing required fields and empty data, naming each field', async () => {
    const { jobs } = store();
    expect(await rejection(jobs.create({ ticket_id: 1, state: 'queued', lease: { owner: 'x' }, colour: 'red' }))).toEqual(
      invalid(
        { name: 'lease', message: 'lease is not a field of the entity ticket_job' },
        { name: 'colour', message: 'colour is not a field of the entity ticket_job' },
      ),
    );
    expect(await rejection(jobs.create({ kind: 'triage', state: null }))).toEqual(
      invalid({ name: 'ticket_id', message: 'ticket_id is required' }, { name: 'state', message: 'state is required' }),
    );
    for (const data of [{}, [], 'x', null, undefined]) {
      expect(await rejection(jobs.create(data))).toEqual(invalid({ name: 'data', message: 'The record data should be a non-empty JSON object' }));
    }
  });

  it('fields inside a section are plain data keys', async () => {
    const { jobs } = store();
    const { record } = await jobs.create(job(1, { owner: 'run-1', until: '2026-11-25T09:05:00Z' }));
    expect(record.data).toEqual(job(1, { owner: 'run-1', until: '2026-11-25T09:05:00Z' }));
  });

  it('a record of exactly 100 KB of JSON is stored; one byte more is refused (UTF-8 bytes of the data)', async () => {
    const paragraphs = Array.from({ length: 20 }, (_, i) => ({ name: `p${i + 1}`, label: `P${i + 1}`, type: 'paragraph' }));
    const { entities } = store({ definition: { big: { fields: paragraphs } } });
    const big = entities.entity({ version: 'v1' }).get('big');
    const data: Record<string, string> = {};
    for (let i = 1; i <= 16; i++) data[`p${i}`] = '€'.repeat(2048); // 3 bytes each
    data.p17 = '';
    data.p18 = '';
    const room = 100 * 1024 - jsonBytes(data);
    const euros = Math.min(2048, Math.floor(room / 3));
    data.p17 = '€'.repeat(euros);
    data.p18 = 'x'.repeat(room - 3 * euros);
    expect(data.p18.length).toBeLessThanOrEqual(2047);
    expect(jsonBytes(data)).toBe(100 * 1024);
    await expect(big.create(data)).resolves.toBeDefined();
    expect(await rejection(big.create({ ...data, p18: `${data.p18}x` }))).toEqual({ status: 400, message: ENTITY_MESSAGES.size, errorSource: 'APP' });
    // An update that would grow a record past the limit is refused and changes nothing.
    const small = (await big.create({ p1: 'x' })).record.display_id;
    expect(await rejection(big.update(small, { ...data, p18: `${data.p18}x` }))).toMatchObject({ status: 400, message: ENTITY_MESSAGES.size });
    expect(entities.peek('big', small)?.data).toEqual({ p1: 'x' });
  });

  it(`an entity holds at most ${MAX_RECORDS_PER_ENTITY} records; deleting one makes room`, async () => {
    const { jobs, entities } = store();
    for (let i = 0; i < MAX_RECORDS_PER_ENTITY; i++) await jobs.create(job(i + 1));
    expect(await rejection(jobs.create(job(0)))).toEqual({ status: 400, message: ENTITY_MESSAGES.full('ticket_job'), errorSource: 'APP' });
    await entities.entity({ version: 'v1' }).get('sweep').create({ since: '2026-11-25T09:00:00Z' }); // per entity
    const first = entities.records('ticket_job')[0] as EntityRecord;
    await jobs.delete(first.display_id);
    await expect(jobs.create(job(0))).resolves.toBeDefined();
  });
});

describe('getAll: pages and markers', () => {
  async function listAll(jobs: ReturnType<typeof store>['jobs'], query?: unknown): Promise<EntityPage[]> {
    const pages: EntityPage[] = [];
    let page = await jobs.getAll(query === undefined ? undefined : { query });
    pages.push(page);
    while (page.links) {
      page = await jobs.getAll({ ...(query === undefined ? {} : { query }), next: { marker: page.links.next.marker } });
      pages.push(page);
    }
    return pages;
  }

  it(`answers ${ENTITY_PAGE_SIZE} records a page with links.next.marker until the last page, which has no links`, async () => {
    const { jobs, limiter } = store();
    for (let i = 1; i <= 45; i++) await jobs.create(job(i));
    const before = limiter.used();
    const pages = await listAll(jobs);
    expect(limiter.used() - before).toBe(3); // one operation a page
    expect(pages.map((p) => p.records.length)).toEqual([20, 20, 5]);
    expect(pages[0]?.links).toEqual({ next: { marker: expect.any(String) } });
    expect(pages[2]).not.toHaveProperty('links');
    const ticketIds = pages.flatMap((p) => p.records.map((r) => r.data.ticket_id as number));
    expect([...ticketIds].sort((a, b) => a - b)).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
  });

  it('the order is neither creation nor update order, and the same on every listing', async () => {
    const { jobs } = store();
    for (let i = 1; i <= 10; i++) await jobs.create(job(i));
    const order = (await jobs.getAll()).records.map((r) => r.data.ticket_id as number);
    expect(order).not.toEqual([...order].sort((a, b) => a - b));
    expect(order).not.toEqual([...order].sort((a, b) => b - a));
    expect((await jobs.getAll()).records.map((r) => r.data.ticket_id)).toEqual(order);
  });

  it('an empty entity answers { records: [] } without links', async () => {
    const { jobs } = store();
    await expect(jobs.getAll()).resolves.toEqual({ records: [] });
    await expect(jobs.getAll({})).resolves.toEqual({ records: [] });
  });

  it('a marker still works after the record it points at is deleted', async () => {
    const { jobs } = store();
    for (let i = 1; i <= 25; i++) await jobs.create(job(i));
    const first = await jobs.getAll();
    const last = first.records[first.records.length - 1] as EntityRecord;
    await jobs.delete(last.display_id);
    const second = await jobs.getAll({ next: { marker: first.links?.next.marker } });
    expect(second.records).toHaveLength(5);
    expect(second.records.map((r) => r.display_id)).not.toContain(last.display_id);
  });

  it('refuses a marker of another query, a made-up marker and unknown getAll options', async () => {
    const { jobs } = store();
    for (let i = 1; i <= 25; i++) await jobs.create(job(i));
    const marker = (await jobs.getAll()).links?.next.marker;
    expect(await rejection(jobs.getAll({ query: { state: 'queued' }, next: { marker } }))).toEqual(
      invalid({ name: 'next.marker', message: 'The marker belongs to another query' }),
    );
    for (const next of [{ marker: 'not-a-marker' }, { marker: 42 }, {}, 'x', { marker, extra: 1 }]) {
      expect(await rejection(jobs.getAll({ next }))).toEqual(invalidAny);
    }
    for (const options of [{ limit: 5 }, 'all', [], null]) {
      expect(await rejection(jobs.getAll(options))).toEqual({ status: 400, message: ENTITY_MESSAGES.getAllOptions, errorSource: 'APP' });
    }
  });
});

describe('getAll: filters on filterable fields', () => {
  async function seeded() {
    const s = store();
    await s.jobs.create(job(1, { kind: 'triage', urgent: true }));
    await s.jobs.create(job(2, { kind: 'triage', state: 'done' }));
    await s.jobs.create(job(3, { kind: 'qa', urgent: true, due: '2026-11-25T10:00:00Z' }));
    await s.jobs.create(job(4, { kind: 'Triage' }));
    return s;
  }
  const ids = (page: EntityPage) => page.records.map((r) => r.data.ticket_id as number).sort((a, b) => a - b);

  it('equality on one field, case-sensitive, typed', async () => {
    const { jobs } = await seeded();
    expect(ids(await jobs.getAll({ query: { kind: 'triage' } }))).toEqual([1, 2]);
    expect(ids(await jobs.getAll({ query: { ticket_id: 3 } }))).toEqual([3]);
    expect(ids(await jobs.getAll({ query: { urgent: true } }))).toEqual([1, 3]);
    expect(ids(await jobs.getAll({ query: { due: '2026-11-25T10:00:00Z' } }))).toEqual([3]);
    expect(ids(await jobs.getAll({ query: { state: 'running' } }))).toEqual([]);
  });

  it('$and and $or of single-field conditions', async () => {
    const { jobs } = await seeded();
    expect(ids(await jobs.getAll({ query: { $and: [{ kind: 'triage' }, { state: 'queued' }] } }))).toEqual([1]);
    expect(ids(await jobs.getAll({ query: { $or: [{ ticket_id: 2 }, { ticket_id: 4 }, { kind: 'qa' }] } }))).toEqual([2, 3, 4]);
    expect(ids(await jobs.getAll({ query: { $or: [{ ticket_id: 2 }] } }))).toEqual([2]);
  });

  it(`$or takes at most ${MAX_QUERY_TERMS} conditions`, async () => {
    const { jobs } = await seeded();
    const terms = (n: number) => Array.from({ length: n }, (_, i) => ({ ticket_id: i + 1 }));
    expect(ids(await jobs.getAll({ query: { $or: terms(MAX_QUERY_TERMS) } }))).toEqual([1, 2, 3, 4]);
    expect(await rejection(jobs.getAll({ query: { $or: terms(MAX_QUERY_TERMS + 1) } }))).toEqual(
      invalid({ name: 'query', message: `$or takes an array of 1 to ${MAX_QUERY_TERMS} conditions` }),
    );
  });

  it('paging a filtered listing: markers carry the query', async () => {
    const { jobs } = store();
    for (let i = 1; i <= 50; i++) await jobs.create(job(i, { kind: i % 2 ? 'odd' : 'even' }));
    const first = await jobs.getAll({ query: { kind: 'odd' } });
    const second = await jobs.getAll({ query: { kind: 'odd' }, next: { marker: first.links?.next.marker } });
    expect(second).not.toHaveProperty('links');
    const all = [...first.records, ...second.records].map((r) => r.data.ticket_id as number).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 25 }, (_, i) => 2 * i + 1));
  });

  it('refuses what the docs do not offer: other fields, operators, nesting, several keys, null, wrong types', async () => {
    const { jobs } = await seeded();
    const refusals: [unknown, string, string][] = [
      [{ score: 1.5 }, 'query', 'score is not filterable'],
      [{ note: 'x' }, 'query', 'note is not filterable'],
      [{ colour: 'red' }, 'query', 'colour is not a field of the entity ticket_job'],
      [{ ticket_id: { $gt: 1 } }, 'query', 'ticket_id: only equality with a value is supported'],
      [{ ticket_id: [1, 2] }, 'query', 'ticket_id: only equality with a value is supported'],
      [{ kind: null }, 'query', 'kind: only equality with a value is supported'],
      [{ ticket_id: '3' }, 'query', 'ticket_id should be an integer of at most 15 digits'],
      [{ $not: [{ kind: 'qa' }] }, 'query', 'Unknown operator $not; use $and or $or'],
      [{ kind: 'qa', urgent: true }, 'query', 'A query holds exactly one condition, or one $and / $or of conditions'],
      [{}, 'query', 'A query holds exactly one condition, or one $and / $or of conditions'],
      [{ $and: [] }, 'query', `$and takes an array of 1 to ${MAX_QUERY_TERMS} conditions`],
      [{ $or: [{ kind: 'qa' }, { $and: [{ kind: 'qa' }] }] }, 'query.$or[1]', '$and cannot be nested'],
      [{ $and: [{ kind: 'qa', urgent: true }] }, 'query.$and[0]', 'A condition is an object with exactly one field: { <field>: <value> }'],
    ];
    for (const [query, name, message] of refusals) {
      expect({ query, error: await rejection(jobs.getAll({ query })) }).toEqual({ query, error: invalid({ name, message }) });
    }
  });
});

describe('budget: 250 operations a minute per installation, apart from the key-value store', () => {
  it('counts every call, refused ones too, then rejects 429 (PLATFORM) until the window moves', async () => {
    const { jobs, clock, entities } = store({ limit: 250 });
    for (let i = 0; i < 248; i++) await jobs.create(job(i));
    await rejection(jobs.get('nope-1')); // a 404 costs an operation too
    await jobs.schema();
    expect(entities.opsUsed()).toBe(250);
    const limited = await rejection(jobs.getAll());
    expect(limited).toEqual({ status: 429, message: 'Entity store rate limit exceeded; retry after 60 s', errorSource: 'PLATFORM' });
    clock.advance(60_000);
    await expect(jobs.getAll()).resolves.toBeDefined();
  });

  it('entity() and .get() build references without spending anything', () => {
    const { entities } = store({ limit: 250 });
    for (let i = 0; i < 1000; i++) entities.entity({ version: 'v1' }).get('ticket_job');
    expect(entities.opsUsed()).toBe(0);
  });

  it('the server and the front end spend one budget; the KV budget is separate', async () => {
    const { platform } = entityPlatform();
    const front = platform.frontendBackend(async () => ({})).entity;
    if (!front) throw new Error('the front end has no entity store');
    const jobs = front.entity({ version: 'v1' }).get('ticket_job');
    for (let i = 0; i < 248; i++) await jobs.create(job(i));
    const { results } = await runOps(platform, [
      { entity: 'ticket_job', method: 'create', args: [job(1000)] },
      { entity: 'ticket_job', method: 'getAll', args: [] },
      { entity: 'ticket_job', method: 'getAll', args: [] },
    ]);
    expect(results.map((r) => ('err' in r ? (r.err as { status: number }).status : 200))).toEqual([200, 200, 429]);
    expect(await rejection(jobs.getAll())).toMatchObject({ status: 429 });
    expect(platform.entities?.opsUsed()).toBe(250);
    expect(platform.budgetUsage().db).toBe(0);
    await expect(platform.db.set('still', { free: true })).resolves.toEqual({ Created: true });
  });
});

describe('in the server sandbox ($db.entity)', () => {
  it('exists only when the app has config/entities.json', async () => {
    const withStore = entityPlatform().platform;
    const without = entityPlatform({ definition: undefined }).platform;
    expect(without.entities).toBeUndefined();
    const shape = async (p: typeof withStore) => {
      const run = await p.fireEvent('onTicketCreate', { entityProbe: 'shape' });
      return JSON.parse((run.logs.find((l) => l.startsWith('[log] {')) as string).slice(6)) as unknown;
    };
    expect(await shape(withStore)).toEqual({ dbKeys: ['delete', 'entity', 'get', 'set', 'update'], entityType: 'function' });
    expect(await shape(without)).toEqual({ dbKeys: ['delete', 'get', 'set', 'update'], entityType: 'undefined' });
  });

  it('answers objects of the sandbox realm and rejects with the documented error object', async () => {
    const { platform } = entityPlatform();
    const { results } = await runOps(platform, [
      { entity: 'ticket_job', method: 'create', args: [job(5, { kind: 'triage' })] },
      { entity: 'ticket_job', method: 'getAll', args: [{ query: { kind: 'triage' } }] },
      { entity: 'ticket_job', method: 'create', args: [{ ticket_id: 'five' }] },
      { entity: 'ghost', method: 'get', args: ['x-1'] },
      { entity: 'ticket_job', method: 'get', args: ['x-1'], options: { version: 'v2' } },
    ]);
    const [created, listed, invalidInput, ghost, version] = results;
    expect(created).toEqual({ ok: { record: expect.objectContaining({ data: job(5, { kind: 'triage' }) }) }, isObject: true, recordsIsArray: null });
    expect(listed).toMatchObject({ isObject: true, recordsIsArray: true, ok: { records: [{ data: { ticket_id: 5 } }] } });
    expect(invalidInput).toEqual({
      err: invalid({ name: 'ticket_id', message: 'ticket_id should be an integer of at most 15 digits' }, { name: 'state', message: 'state is required' }),
      isObject: true,
    });
    expect(ghost).toEqual({ err: { status: 404, message: 'Entity ghost not found', errorSource: 'APP' }, isObject: true });
    expect(version).toEqual({ err: { status: 400, message: ENTITY_MESSAGES.version, errorSource: 'APP' }, isObject: true });
    expect(platform.entities?.records('ticket_job').map((r) => r.data)).toEqual([job(5, { kind: 'triage' })]);
  });

  it('a call made after the handler returned never completes and is logged', async () => {
    const { platform } = entityPlatform();
    const run = await platform.fireEvent('onTicketCreate', { entityProbe: 'after-return' });
    await new Promise((r) => setImmediate(r));
    expect(run.ok).toBe(true);
    expect(run.logs).toContain('[platform] $db.entity(…).get(…).create called after the run ended; the call never completes');
    expect(platform.entities?.records('ticket_job')).toEqual([]);
  });

  it('an invalid config/entities.json stops the platform from starting, naming the problem', () => {
    expect(() => entityPlatform({ definition: { ticket_job: { fields: [] } } })).toThrow(/ticket_job.*"fields" must be a non-empty array/);
  });
});

describe('in the browser (client.db.entity over the dprouter)', () => {
  it('reaches the same store and budget, with the same answers and rejections', async () => {
    const { platform } = entityPlatform();
    const fixture = createFixtureApp();
    const server = await createPlatformWebServer({ appDir: fixture.appDir, backend: platform.frontendBackend(async () => ({})) });
    const page = await openPage(server.pageUrl(42));
    try {
      const client: FdkClient = await page.app().initialized();
      const jobs = client.db.entity({ version: 'v1' }).get('ticket_job');
      const created = (await jobs.create(job(42, { kind: 'qa' }))) as { record: EntityRecord };
      expect(platform.entities?.peek('ticket_job', created.record.display_id)?.data).toEqual(job(42, { kind: 'qa' }));
      expect(await jobs.getAll(undefined)).toEqual({ records: [created.record] });
      expect(await jobs.get(created.record.display_id)).toEqual(created);
      expect(await settle(jobs.create({ ticket_id: 1 }))).toEqual({ rejected: invalid({ name: 'state', message: 'state is required' }) });
      expect(await settle(client.db.entity({ version: 'v2' }).get('ticket_job').getAll())).toEqual({
        rejected: { status: 400, message: ENTITY_MESSAGES.version, errorSource: 'APP' },
      });
      expect(platform.entities?.opsUsed()).toBe(5);
    } finally {
      page.close();
      await server.close();
      fixture.remove();
    }
  });

  it('without config/entities.json every call rejects 404', async () => {
    const { platform } = entityPlatform({ definition: undefined });
    const fixture = createFixtureApp();
    const server = await createPlatformWebServer({ appDir: fixture.appDir, backend: platform.frontendBackend(async () => ({})) });
    const page = await openPage(server.pageUrl(42));
    try {
      const client: FdkClient = await page.app().initialized();
      expect(await settle(client.db.entity({ version: 'v1' }).get('ticket_job').getAll())).toEqual({
        rejected: { status: 404, message: 'Entity ticket_job not found (the app has no config/entities.json)', errorSource: 'APP' },
      });
    } finally {
      page.close();
      await server.close();
      fixture.remove();
    }
  });
});

describe('persistence (npm start)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'entity-store-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('survives a restart: records, times and the next display number', async () => {
    const file = join(dir, 'entities.json');
    const clock = new ManualClock();
    const first = store({ file, clock });
    const a = (await first.jobs.create(job(1))).record;
    const b = (await first.jobs.create(job(2))).record;
    await first.jobs.delete(b.display_id);

    const second = store({ file, clock });
    expect(await second.jobs.get(a.display_id)).toEqual({ record: a });
    expect((await second.jobs.create(job(3))).record.display_id).toBe(a.display_id.replace(/-1$/, '-3'));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ entities: { ticket_job: { next: 4 } } });
  });

  it('LocalPlatform persists to entityFile; a changed definition drops entities and fields it no longer has', async () => {
    const file = join(dir, 'entities.json');
    const appDir = entityAppDir(DEFINITION);
    const first = entityPlatform({ appDir, entityFile: file }).platform;
    await runOps(first, [
      { entity: 'ticket_job', method: 'create', args: [job(1, { kind: 'triage', note: 'long' })] },
      { entity: 'sweep', method: 'create', args: [{ since: '2026-11-25T09:00:00Z' }] },
    ]);
    const narrower = { ticket_job: { fields: DEFINITION.ticket_job.fields.filter((f) => f.name !== 'note') } };
    writeFileSync(join(appDir, 'config', 'entities.json'), JSON.stringify(narrower));
    const second = entityPlatform({ appDir, entityFile: file }).platform;
    expect(second.entities?.records('ticket_job').map((r) => r.data)).toEqual([job(1, { kind: 'triage' })]);
    expect(second.entities?.records('sweep')).toEqual([]);
  });
});
