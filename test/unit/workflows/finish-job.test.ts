import type { JobRecord } from '../../../server/contracts/job-record';
import { finishJob, scheduleRetry, type NextAttempt } from '../../../server/workflows/jobs/finish-job';
import { MAX_AGE_MS } from '../../../server/domain/retry-policy';
import { manualClock, memoryLog, memoryStore } from './support/memory-ports';

const identity = {
  label: 'ticket 7: triage',
  spreadKey: 7,
  recordKey: 'ticket:7',
  saveAs: (r: JobRecord<string>) => ({ triage: r }),
  queue: async (next: NextAttempt) => void queued.push(next),
};
const queued: NextAttempt[] = [];

describe('giving up', () => {
  it('keeps each step its own error: the first cause does not overwrite the others', async () => {
    const clock = manualClock();
    const deps = { store: memoryStore(), clock, log: memoryLog() };
    const record: JobRecord<string> = {
      status: 'deferred',
      attempt: 5,
      firstSeenAt: clock.now() - MAX_AGE_MS,
      updatedAt: clock.now(),
      done: [],
      errors: {
        classify: { kind: 'unavailable', message: 'simpliClassify is unavailable (503)', retryable: true },
        draft: { kind: 'timeout', message: 'simpliDraft timed out', retryable: true },
        update: { kind: 'unauthorized', message: 'Freshdesk refused the key', retryable: false },
      },
      requests: 9,
    };
    const cause = { kind: 'unavailable' as const, step: 'simpliClassify', message: 'simpliClassify is unavailable (503)' };
    const out = await scheduleRetry(deps, identity, record, cause);
    expect(out.status).toBe('failed');
    expect(out.errors).toEqual({
      classify: { kind: 'unavailable', message: 'gave up after 5 attempts: simpliClassify is unavailable (503)', retryable: false },
      draft: { kind: 'timeout', message: 'gave up after 5 attempts: simpliDraft timed out', retryable: false },
      update: { kind: 'unauthorized', message: 'Freshdesk refused the key', retryable: false },
    });
    expect(queued).toEqual([]);
  });
});

describe('recording', () => {
  const done = (clock: { now(): number }): JobRecord<string> => ({ status: 'done', attempt: 2, firstSeenAt: clock.now(), updatedAt: clock.now(), done: ['classify'], errors: {}, requests: 5 });

  it('a finished job whose record the store refuses is queued again, so a later attempt records it', async () => {
    queued.length = 0;
    const clock = manualClock();
    const store = { ...memoryStore(), merge: async () => Promise.reject(new Error('store is rate limited by the platform (429)')) };
    const log = memoryLog();
    const out = await finishJob({ store, clock, log }, identity, { record: done(clock) });
    expect(out).toMatchObject({ status: 'deferred', retryAt: clock.now() + 60_000 });
    expect(queued).toEqual([{ attempt: 3, at: clock.now() + 60_000, ready: true }]);
    expect(log.lines.join('\n')).toMatch(/could not save the record \(store is rate limited/);
  });

  it('a saved finished job queues nothing; a deferred one carries what its next attempt costs', async () => {
    queued.length = 0;
    const clock = manualClock();
    const store = memoryStore();
    expect(await finishJob({ store, clock, log: memoryLog() }, identity, { record: done(clock) })).toMatchObject({ status: 'done' });
    expect(store.data.get('ticket:7')).toMatchObject({ triage: { status: 'done' } });
    expect(queued).toEqual([]);
    const deferred = { ...done(clock), status: 'deferred' as const };
    const cause = { kind: 'rate_limited' as const, step: 'note', message: 'note is rate limited by the platform (429)', byPlatform: true };
    await finishJob({ store, clock, log: memoryLog() }, { ...identity, requestsLeft: () => 1 }, { record: deferred, retryCause: cause });
    expect(queued).toEqual([{ attempt: 3, at: clock.now() + 60_000, ready: true, cost: 1 }]);
  });
});
