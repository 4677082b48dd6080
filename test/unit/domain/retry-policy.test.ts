import { canStartStage } from '../../../server/domain/handler-time';
import { BUDGET_RETRY_MS, givenUp, isRetryable, MAX_AGE_MS, MIN_SCHEDULE_LEAD_MS, planRetry } from '../../../server/domain/retry-policy';
import type { AppError } from '../../../server/domain/errors';

const t0 = Date.UTC(2026, 10, 25, 9);
const unavailable: AppError = { kind: 'unavailable', step: 'simpliClassify', status: 503, message: 'simpliClassify is unavailable (503)' };

describe('planRetry', () => {
  it('retries retryable errors no sooner than the platform allows a one-time schedule (5 min)', () => {
    const d = planRetry({ error: unavailable, attempt: 1, firstSeenAt: t0, now: t0, spreadKey: 0 });
    expect(d).toEqual({ retry: true, at: t0 + MIN_SCHEDULE_LEAD_MS, attempt: 2, ready: false });
  });

  it('backs off exponentially', () => {
    const at = (attempt: number) => {
      const d = planRetry({ error: unavailable, attempt, firstSeenAt: t0, now: t0, spreadKey: 0 });
      return d.retry ? (d.at - t0) / 60_000 : undefined;
    };
    expect([at(1), at(2), at(3), at(4)]).toEqual([5, 10, 20, 40]);
    expect(at(20)).toBe(240); // capped at 4 h
  });

  it('honours a Retry-After longer than the backoff', () => {
    const d = planRetry({ error: { ...unavailable, kind: 'rate_limited', status: 429, retryAfterSeconds: 900 }, attempt: 1, firstSeenAt: t0, now: t0, spreadKey: 0 });
    expect(d.retry && d.at - t0).toBe(900_000);
  });

  it('spreads a burst of tickets 6 s apart', () => {
    const at = (ticket: number) => {
      const d = planRetry({ error: unavailable, attempt: 1, firstSeenAt: t0, now: t0, spreadKey: ticket });
      return d.retry ? d.at : 0;
    };
    expect(at(101) - at(100)).toBe(6_000);
    expect(new Set([1, 2, 3, 4, 5].map(at)).size).toBe(5);
  });

  it('does not retry settings or payload errors, and says why', () => {
    const d = planRetry({ error: { kind: 'unauthorized', step: 'freshdeskUpdateTicket', status: 401, message: 'bad key' }, attempt: 1, firstSeenAt: t0, now: t0, spreadKey: 1 });
    expect(d).toEqual({ retry: false, reason: 'bad key' });
    expect(planRetry({ error: { ...unavailable, kind: 'rejected', status: 400 }, attempt: 1, firstSeenAt: t0, now: t0, spreadKey: 1 }).retry).toBe(false);
  });

  it('gives up when the work would be older than a day', () => {
    const d = planRetry({ error: unavailable, attempt: 9, firstSeenAt: t0, now: t0 + MAX_AGE_MS - 60_000, spreadKey: 0 });
    expect(d.retry).toBe(false);
    expect(!d.retry && d.reason).toMatch(/gave up after 9 attempts/);
  });
});

describe('planRetry of an answer that cannot be parsed', () => {
  const garbage: AppError = { kind: 'invalid_response', step: 'simpliClassify', message: 'simpliClassify answered a body that does not parse' };
  it('asks again twice, then gives up: the answer is fetched at most 3 times', () => {
    expect(planRetry({ error: garbage, attempt: 1, firstSeenAt: t0, now: t0, spreadKey: 0 }).retry).toBe(true);
    expect(planRetry({ error: garbage, attempt: 2, firstSeenAt: t0, now: t0, spreadKey: 0 }).retry).toBe(true);
    const third = planRetry({ error: garbage, attempt: 3, firstSeenAt: t0, now: t0, spreadKey: 0 });
    expect(third).toEqual({ retry: false, reason: 'gave up after 3 attempts: simpliClassify answered a body that does not parse' });
  });
});

describe('canStartStage', () => {
  it('starts a stage only while a full 15 s request still fits in the 20 s handler limit', () => {
    expect(canStartStage(0)).toBe(true);
    expect(canStartStage(4_000)).toBe(true);
    expect(canStartStage(4_001)).toBe(false);
  });
});

describe('the retry policy, in one place', () => {
  const now = Date.UTC(2026, 11, 6, 9);
  it("a refusal by the platform's own budget is tried at the next pump minute, ready, with no backoff and no age limit", () => {
    const byPlatform = { kind: 'rate_limited' as const, step: 'note', message: 'note is rate limited by the platform (429)', byPlatform: true };
    expect(planRetry({ error: byPlatform, attempt: 7, firstSeenAt: now - 2 * MAX_AGE_MS, now, spreadKey: 42 })).toEqual({ retry: true, at: now + BUDGET_RETRY_MS, attempt: 8, ready: true });
    const outage = { kind: 'unavailable' as const, step: 'classify', message: 'Simpli answered 503' };
    expect(planRetry({ error: outage, attempt: 1, firstSeenAt: now, now, spreadKey: 0 })).toMatchObject({ retry: true, ready: false, attempt: 2 });
  });
  it('only failures worth another try are retried; giving up marks only the errors still open', () => {
    expect([isRetryable({ kind: 'timeout', step: 's', message: '' }), isRetryable({ kind: 'unauthorized', step: 's', message: '' })]).toEqual([true, false]);
    expect(givenUp({ kind: 'timeout', message: 'slow', retryable: true }, 4)).toEqual({ kind: 'timeout', message: 'gave up after 4 attempts: slow', retryable: false });
    const forGood = { kind: 'unauthorized', message: 'bad key', retryable: false };
    expect(givenUp(forGood, 4)).toBe(forGood);
  });
});
