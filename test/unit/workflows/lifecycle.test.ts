/**
 * The job lifecycle's rules against in-memory ports: claim, lease takeover, attempts only up, defer lanes, give up.
 */
import * as z from 'zod/mini';
import type { JobRecord } from '../../../server/contracts/job-record';
import { beginInvocation } from '../../../server/workflows/invocation';
import { leaseKey, LEASE_MS } from '../../../server/domain/jobs/lease';
import { AppFailure, type AppError } from '../../../server/domain/errors';
import { finishJob } from '../../../server/workflows/jobs/finish-job';
import { startJob, type JobDeclaration, type LifecycleDeps } from '../../../server/workflows/jobs/lifecycle';
import { claimAttempt } from '../../../server/workflows/jobs/claim';
import { manualClock, memoryBacklog, memoryLog, memoryScheduler, memoryStore } from './support/memory-ports';

type Rec = JobRecord<'work'>;
/** A handler run over these ports with the default settings, starting now. */
const invocation = <D extends { clock: { now(): number } }>(deps: D) => beginInvocation(deps, {});

function setup() {
  const clock = manualClock();
  const deps = { store: memoryStore(), backlog: memoryBacklog(), scheduler: memoryScheduler(), clock, log: memoryLog() };
  return deps;
}

/** A one-step job whose step answers what `outcome` says; the record lives at `rec:<id>`. */
function declaration(outcome: () => 'ok' | AppError, runs: number[] = []): JobDeclaration<{ id: number }, Rec, LifecycleDeps> {
  return {
    kind: 'test',
    subject: (i) => String(i.id),
    label: (i) => `job ${i.id}`,
    lane: () => 'u2',
    parse: (raw) => {
      const p = z.object({ id: z.number() }).safeParse(raw);
      return p.success ? p.data : undefined;
    },
    load: async (deps, i) => (await deps.store.get(`rec:${i.id}`)) as Rec | undefined,
    finished: (r, origin) => (r?.status === 'done' ? 'done' : r?.status === 'failed' && origin !== 'retry' ? 'failed' : undefined),
    async run(deps, i, ctx) {
      runs.push(ctx.attempt);
      const base: Rec = ctx.stored
        ? { ...ctx.stored, attempt: ctx.attempt, status: 'processing' }
        : { status: 'processing', attempt: ctx.attempt, firstSeenAt: deps.startedAt, updatedAt: deps.startedAt, done: [], errors: {}, requests: 0 };
      const o = outcome();
      const record: Rec = o === 'ok' ? { ...base, status: 'done', done: ['work'], errors: {} } : { ...base, status: 'deferred', errors: { work: { kind: o.kind, message: o.message, retryable: true } } };
      const id = { label: `job ${i.id}`, spreadKey: 0, recordKey: `rec:${i.id}`, saveAs: (r: Rec) => r, queue: ctx.queue };
      return finishJob(deps as never, id, o === 'ok' ? { record } : { record, retryCause: { ...o } });
    },
  };
}

const unavailable: AppError = { kind: 'unavailable', step: 'svc', message: 'svc is unavailable (503)' };

describe('claims', () => {
  it('one delivery gets attempt 1; a duplicate while it runs is skipped', async () => {
    const deps = setup();
    const first = await claimAttempt(deps, { kind: 'test', subject: '1', from: 1, finished: async () => undefined });
    const second = await claimAttempt(deps, { kind: 'test', subject: '1', from: 1, finished: async () => undefined });
    expect(first).toEqual({ claimed: true, attempt: 1 });
    expect(second).toEqual({ claimed: false, reason: 'attempt 1 is running right now' });
  });

  it('a lease older than LEASE is taken over as the next attempt, by exactly one taker', async () => {
    const deps = setup();
    await claimAttempt(deps, { kind: 'test', subject: '1', from: 1, finished: async () => undefined });
    deps.clock.advance(LEASE_MS + 1);
    const [a, b] = await Promise.all([
      claimAttempt(deps, { kind: 'test', subject: '1', from: 1, finished: async () => undefined }),
      claimAttempt(deps, { kind: 'test', subject: '1', from: 1, finished: async () => undefined }),
    ]);
    expect([a, b].filter((c) => c.claimed)).toEqual([{ claimed: true, attempt: 2 }]);
    expect(deps.store.data.has(leaseKey('test', '1', 2))).toBe(true);
  });

  it('a finished job is never claimed again, however old its lease', async () => {
    const deps = setup();
    await claimAttempt(deps, { kind: 'test', subject: '1', from: 1, finished: async () => undefined });
    deps.clock.advance(10 * LEASE_MS);
    expect(await claimAttempt(deps, { kind: 'test', subject: '1', from: 1, finished: async () => 'already done' })).toEqual({ claimed: false, reason: 'already done' });
  });
});

describe('startJob', () => {
  it('the normal path: 1 KV claim, the entry created running and removed at the end', async () => {
    const deps = setup();
    const record = await startJob(invocation(deps), declaration(() => 'ok'), { id: 1 }, { origin: 'event' });
    expect(record?.status).toBe('done');
    expect(deps.backlog.entries.size).toBe(0);
    expect(deps.backlog.ops).toBe(2); // add running, remove
    expect(deps.store.ops).toBe(2); // lease claim, record save
  });

  it('a service fault moves the entry to wait with the next attempt; the backlog run claims it and finishes', async () => {
    const deps = setup();
    let fail = true;
    const runs: number[] = [];
    const decl = declaration(() => (fail ? unavailable : 'ok'), runs);
    await startJob(invocation(deps), decl, { id: 1 }, { origin: 'event' });
    const [entry] = [...deps.backlog.entries.values()];
    expect(entry).toMatchObject({ job: 'test:1', lane: 'wait', attempt: 2 });
    expect(entry!.dueAt).toBeGreaterThan(deps.clock.now());
    expect(deps.scheduler.once.has('simpli-pump-0')).toBe(true); // queuing starts the pump
    fail = false;
    deps.clock.advance(entry!.dueAt - deps.clock.now());
    const done = await startJob(invocation(deps), decl, { id: 1 }, { origin: 'backlog', entry: entry! });
    expect(done?.status).toBe('done');
    expect(runs).toEqual([1, 2]);
    expect(deps.backlog.entries.size).toBe(0);
  });

  it("the platform's budget refusal goes to a ready lane, due next minute, no backoff", async () => {
    const deps = setup();
    await startJob(invocation(deps), declaration(() => ({ kind: 'rate_limited', step: 'svc', byPlatform: true, message: 'the platform is rate limited (429)' })), { id: 1 }, { origin: 'event' });
    const [entry] = [...deps.backlog.entries.values()];
    expect(entry).toMatchObject({ lane: 'u2', attempt: 2, dueAt: deps.clock.now() + 60_000 });
  });

  it('a killed run (running past its lease) is taken over as attempt N+1, never re-run as attempt 1 (attempts only go up)', async () => {
    const deps = setup();
    const runs: number[] = [];
    // The killed run: claimed attempt 1 and wrote its running entry, then nothing.
    await claimAttempt(deps, { kind: 'test', subject: '1', from: 1, finished: async () => undefined });
    const id = await deps.backlog.add({ job: 'test:1', lane: 'running', dueAt: deps.clock.now() + LEASE_MS, attempt: 1, input: { id: 1 } });
    deps.clock.advance(LEASE_MS + 1);
    const entry = { ...deps.backlog.entries.get(id)!, lane: 'u0' as const };
    const record = await startJob(invocation(deps), declaration(() => 'ok', runs), { id: 1 }, { origin: 'backlog', entry });
    expect(runs).toEqual([2]);
    expect(record).toMatchObject({ status: 'done', attempt: 2 });
    expect(deps.backlog.entries.size).toBe(0);
  });

  it('a redelivered event of a finished job is skipped', async () => {
    const deps = setup();
    const runs: number[] = [];
    await startJob(invocation(deps), declaration(() => 'ok', runs), { id: 1 }, { origin: 'event' });
    deps.clock.advance(10 * LEASE_MS);
    expect(await startJob(invocation(deps), declaration(() => 'ok', runs), { id: 1 }, { origin: 'event' })).toBeUndefined();
    expect(runs).toEqual([1]);
  });

  it('work the key-value store refuses to claim is queued straight into a ready lane', async () => {
    const deps = setup();
    deps.store.claim = async () => {
      throw new AppFailure({ kind: 'rate_limited', step: 'store', byPlatform: true, message: 'store is rate limited by the platform (429)' });
    };
    expect(await startJob(invocation(deps), declaration(() => 'ok'), { id: 1 }, { origin: 'event' })).toBeUndefined();
    expect([...deps.backlog.entries.values()]).toEqual([expect.objectContaining({ job: 'test:1', lane: 'u2', attempt: 1 })]);
  });
});
