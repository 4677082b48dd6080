import { canStartStage, MAX_AGE_MS, MIN_SCHEDULE_LEAD_MS, planRetry } from '../../../server/domain/deferral';
import type { AppError } from '../../../server/domain/errors';

const t0 = Date.UTC(2026, 10, 25, 9);
const unavailable: AppError = { kind: 'unavailable', step: 'simpliClassify', status: 503, message: 'simpliClassify is unavailable (503)' };

describe('planRetry', () => {
  it('retries retryable errors no sooner than the platform allows a one-time schedule (5 min)', () => {
    const d = planRetry({ error: unavailable, attempt: 1, firstSeenAt: t0, now: t0, spreadKey: 0 });
    expect(d).toEqual({ retry: true, at: t0 + MIN_SCHEDULE_LEAD_MS, attempt: 2 });
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
