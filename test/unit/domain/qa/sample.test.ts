import { fnv1a, isSampled, sampleBucket } from '../../../../server/domain/qa/sample';

describe('fnv1a (32-bit FNV-1a)', () => {
  it('matches the published test vectors', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
});

describe('sampleBucket', () => {
  // Checked with an independent Python FNV-1a: "1024" → 2459760706, "1009" → 462929855.
  it('puts a ticket in one of 10,000 buckets by its id', () => {
    expect(sampleBucket(1024)).toBe(706);
    expect(sampleBucket(1009)).toBe(9855);
  });
});

describe('isSampled', () => {
  it('at 100 % scores every ticket and at 0 % none', () => {
    expect(isSampled(1009, 1)).toBe(true);
    expect(isSampled(1024, 0)).toBe(false);
  });

  it('at 50 % decides by the bucket: 706 is in, 9855 is out', () => {
    expect(isSampled(1024, 0.5)).toBe(true);
    expect(isSampled(1009, 0.5)).toBe(false);
  });

  it('honours hundredths of a percent, free of floating-point drift (0.07 × 10,000 is 700.0000000000001)', () => {
    expect(isSampled(1024, 0.0706)).toBe(false); // bucket 706 is the 707th: 7.06 % covers buckets 0–705
    expect(isSampled(1024, 0.0707)).toBe(true);
    expect([1, 2, 3].map(() => isSampled(1024, 0.0707))).toEqual([true, true, true]); // the same every time
  });
});
