import type { JobRecord } from '../../../server/contracts/job-record';
import { scheduleRetry, type NextAttempt } from '../../../server/workflows/jobs/finish-job';
import { MAX_AGE_MS } from '../../../server/domain/deferral';
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
