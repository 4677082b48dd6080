import { checkResolution, resolutionOf } from '../../../../server/domain/qa/resolution';

describe('checkResolution', () => {
  it.each([
    [[2, 4], 4],
    [[3, 4], 4],
    [[2, 5], 5],
    [[6, 5], 5], // from a custom status
    [['2', '4'], 4], // numbers as strings
  ])('%p is a resolution into %i', (status, into) => {
    expect(checkResolution({ status })).toEqual({ resolved: true, status: into });
  });

  it('Resolved → Closed is the same resolution, scored when it was resolved', () => {
    expect(checkResolution({ status: [4, 5] })).toEqual({ resolved: false, reason: 'status 4 → 5: already resolved, scored then' });
    expect(checkResolution({ status: [5, 4] })).toEqual({ resolved: false, reason: 'status 5 → 4: already resolved, scored then' });
  });

  it.each([
    [{ status: [2, 3] }, 'status 2 → 3 is not a resolution'],
    [{ status: [4, 2] }, 'status 4 → 2 is not a resolution'],
    [{ status: [2, 6] }, 'status 2 → 6 is not a resolution'],
    [{ priority: [1, 3] }, 'the status did not change'],
    [{ status: 4 }, 'the status did not change'],
    [{ status: [4] }, 'the status did not change'],
    [null, 'the status did not change'],
    [undefined, 'the status did not change'],
  ])('%p is skipped: %s', (changes, reason) => {
    expect(checkResolution(changes)).toEqual({ resolved: false, reason });
  });

  it('a status that was unknown before (null) and is Resolved now is a resolution', () => {
    expect(checkResolution({ status: [null, 4] })).toEqual({ resolved: true, status: 4 });
  });
});

describe('resolutionOf', () => {
  const NOW = Date.UTC(2027, 0, 1);

  it('takes its identity from the ticket’s updated_at: base-36 epoch seconds, stable across duplicate deliveries', () => {
    // 2026-11-25T13:00:00Z = 1,795,611,600 s = "tp26s0" in base 36
    expect(resolutionOf(4, '2026-11-25T13:00:00Z', 123, NOW)).toEqual({ id: 'tp26s0', at: '2026-11-25T13:00:00.000Z', status: 4 });
  });

  it('falls back to the envelope timestamp (seconds, with a fraction), then to now', () => {
    expect(resolutionOf(5, undefined, 1795611600.5, NOW)).toEqual({ id: 'tp26s0', at: '2026-11-25T13:00:00.500Z', status: 5 });
    expect(resolutionOf(4, 'not a date', undefined, NOW)).toEqual({ id: (NOW / 1000).toString(36), at: '2027-01-01T00:00:00.000Z', status: 4 });
  });

  it('two resolutions a second apart are two resolutions', () => {
    expect(resolutionOf(4, '2026-11-25T13:00:01Z', undefined, NOW).id).not.toBe(resolutionOf(4, '2026-11-25T13:00:00Z', undefined, NOW).id);
  });
});
