/**
 * server/fdk/backlog.ts over the local platform's entity store with the app's own config/entities.json: the
 * queries it makes are ones the store accepts (equality on filterable fields, `$or` of ≤ 10 terms, pages of 20).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createBacklog } from '../../server/fdk/backlog';
import type { FdkDb } from '../../server/fdk/types';
import { entityPlatform } from './entity-app';

const definition = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'config', 'entities.json'), 'utf8')) as unknown;

function backlog() {
  const { platform } = entityPlatform({ definition });
  const db = { entity: (options: { version: 'v1' }) => platform.entities!.entity(options) } as unknown as FdkDb;
  return { platform, backlog: createBacklog(() => db) };
}

it('adds, moves, lists a lane page by page, finds jobs by an $or of ten names, and removes', async () => {
  const { backlog: b, platform } = backlog();
  const ids: string[] = [];
  for (let n = 1; n <= 25; n += 1) ids.push(await b.add({ job: `triage:${n}`, lane: 'u2', dueAt: n, attempt: 1, input: { ticketId: n } }));
  const first = await b.lane('u2');
  expect(first.entries).toHaveLength(20);
  const second = await b.lane('u2', first.next);
  expect(second.next).toBeUndefined();
  expect([...first.entries, ...second.entries].map((e) => e.job).sort()).toEqual(Array.from({ length: 25 }, (_, i) => `triage:${i + 1}`).sort());
  expect(first.entries[0]?.input).toEqual({ ticketId: Number(first.entries[0]?.job.split(':')[1]) });

  const found = await b.findJobs(Array.from({ length: 10 }, (_, i) => `triage:${i + 1}`));
  expect(found.map((e) => e.job).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `triage:${i + 1}`).sort());

  await b.move(ids[0]!, { lane: 'running', dueAt: 99, attempt: 2 });
  expect((await b.lane('running')).entries).toEqual([expect.objectContaining({ id: ids[0], job: 'triage:1', lane: 'running', dueAt: 99, attempt: 2 })]);
  expect(await b.hasQueued()).toBe(true);
  for (const id of ids) await b.remove(id);
  await b.remove(ids[0]!); // already gone: fine
  expect(await b.hasQueued()).toBe(false);
  expect(platform.entities!.records('jobs')).toEqual([]);
});

it('keeps what a next run is expected to cost, clears it when an entry moves without one, and finds the begun cheap work', async () => {
  const { backlog: b } = backlog();
  const fresh = await b.add({ job: 'triage:1', lane: 'u1', dueAt: 1, attempt: 1, input: { ticketId: 1 } });
  const cut = await b.add({ job: 'triage:2', lane: 'running', dueAt: 1, attempt: 1, input: { ticketId: 2 } });
  await b.move(cut, { lane: 'u1', dueAt: 2, attempt: 2, cost: 1 });
  const costly = await b.add({ job: 'triage:3', lane: 'wait', dueAt: 3, attempt: 2, input: { ticketId: 3 }, cost: 6 });
  expect((await b.begun()).map((e) => [e.job, e.cost, e.lane])).toEqual([['triage:2', 1, 'u1']]);
  expect((await b.lane('u1')).entries.find((e) => e.id === fresh)?.cost).toBeUndefined();
  await b.move(cut, { lane: 'running', dueAt: 4, attempt: 2 });
  expect((await b.lane('running')).entries[0]?.cost).toBeUndefined();
  expect(await b.begun()).toEqual([]);
  expect((await b.lane('wait')).entries.find((e) => e.id === costly)?.cost).toBe(6);
});
