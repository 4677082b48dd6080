import { eventTimeMs, isLateEvent } from '../../../../server/domain/jobs/late-event';
import { LEASE_MS } from '../../../../server/domain/jobs/lease';

describe('late events', () => {
  const now = Date.UTC(2026, 10, 25, 9, 0, 0);
  it('reads product events in seconds with a fraction and set-up events in ms', () => {
    expect(eventTimeMs(now / 1000 + 0.125)).toBe(now + 125);
    expect(eventTimeMs(now)).toBe(now);
    expect([eventTimeMs(undefined), eventTimeMs('1767225600'), eventTimeMs(-1), eventTimeMs(Number.NaN)]).toEqual([undefined, undefined, undefined, undefined]);
  });
  it('is late past one lease; without a readable timestamp it cannot be told, so it is not', () => {
    expect(isLateEvent((now - LEASE_MS - 1) / 1000, now)).toBe(true);
    expect(isLateEvent((now - LEASE_MS) / 1000, now)).toBe(false);
    expect(isLateEvent(undefined, now)).toBe(false);
  });
  it("under the reading where the timestamp is the delivery time, the ticket copy's own age still tells", () => {
    expect(isLateEvent(now / 1000, now, now - LEASE_MS - 1)).toBe(true);
    expect(isLateEvent(now / 1000, now, now - 5_000)).toBe(false);
    expect(isLateEvent(undefined, now, now - 2 * LEASE_MS)).toBe(true);
  });
});
