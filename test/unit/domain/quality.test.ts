/** The rolling quality record's entries and its compaction (server/domain/quality/). */
import { ESCALATIONS_KEPT, QUALITY_COMPACT_BYTES, QUALITY_RESULTS_KEPT } from '../../../server/contracts/quality-record';
import { compactQuality } from '../../../server/domain/quality/compact';
import { escalationEntry, qaResultEntry } from '../../../server/domain/quality/entries';

const NOW = Date.UTC(2026, 11, 6, 9, 0, 0, 750);

describe('entries', () => {
  it('keep a result in seconds and scores to 2 decimals, clamped to 0–1, the agent only as far as known', () => {
    expect(qaResultEntry({ overall: 0.8249, dimensions: { empathy: 1.2, tone: -0.1 } }, NOW, { id: 7, name: '  Ana  ' })).toEqual({
      t: Math.floor(NOW / 1000),
      o: 0.82,
      d: { empathy: 1, tone: 0 },
      a: 7,
      n: 'Ana',
    });
    expect(qaResultEntry({ overall: 0.5, dimensions: {} }, NOW, { id: null, name: ' ' })).toEqual({ t: Math.floor(NOW / 1000), o: 0.5, d: {} });
  });

  it('keep an escalation with at most 5 trigger words, each and the name cut to size', () => {
    const e = escalationEntry({ escalationRisk: 0.876, triggers: ['a', 'b', 'c', 'd', 'e', 'f', 'x'.repeat(60)] }, NOW, 42, 'N'.repeat(200));
    expect(e).toMatchObject({ r: 0.88, w: ['a', 'b', 'c', 'd', 'e'], c: 42 });
    expect(e.n).toHaveLength(80);
    expect(escalationEntry({ escalationRisk: 0.9, triggers: ['x'.repeat(60)] }, NOW, 1).w[0]).toHaveLength(40);
  });
});

describe('compaction', () => {
  const result = (i: number) => qaResultEntry({ overall: 0.5, dimensions: { empathy: 0.5 } }, i * 1000, { id: i });
  const escalation = (i: number) => escalationEntry({ escalationRisk: 0.9, triggers: ['refund'] }, i * 1000, i);

  it('drops closed and unreadable attributes, keeps the newest results and escalations up to their counts', () => {
    const record: Record<string, unknown> = { e1: 0, r2: { o: 1 }, x: 'junk', v: null };
    for (let i = 1; i <= QUALITY_RESULTS_KEPT + 30; i += 1) record[`r${1000 + i}`] = result(i);
    for (let i = 1; i <= ESCALATIONS_KEPT + 20; i += 1) record[`e${5000 + i}`] = escalation(i);
    const compacted = compactQuality(record);
    const results = Object.keys(compacted).filter((k) => k.startsWith('r'));
    const escalations = Object.keys(compacted).filter((k) => k.startsWith('e'));
    expect(results).toHaveLength(QUALITY_RESULTS_KEPT);
    expect(escalations).toHaveLength(ESCALATIONS_KEPT);
    expect(compacted).not.toHaveProperty('r1001');
    expect(compacted).toHaveProperty(`r${1000 + QUALITY_RESULTS_KEPT + 30}`);
    expect(compacted).not.toHaveProperty('e5001');
    expect(['e1', 'r2', 'x', 'v'].some((k) => k in compacted)).toBe(false);
    expect(JSON.stringify(compacted).length).toBeLessThanOrEqual(QUALITY_COMPACT_BYTES);
  });

  it('then drops the oldest of either kind until the record weighs at most its share of the store', () => {
    const record: Record<string, unknown> = {};
    const heavy = 'n'.repeat(300);
    for (let i = 1; i <= 150; i += 1) record[`r${i}`] = { ...result(i * 2), n: heavy };
    for (let i = 1; i <= 50; i += 1) record[`e${i}`] = { ...escalation(i * 2 + 1), n: heavy };
    const compacted = compactQuality(record);
    expect(JSON.stringify(compacted).length).toBeLessThanOrEqual(QUALITY_COMPACT_BYTES);
    const kept = Object.values(compacted).map((v) => (v as { t: number }).t);
    const dropped = Object.values(record).map((v) => (v as { t: number }).t).filter((t) => !kept.includes(t));
    expect(dropped.length).toBeGreaterThan(0);
    expect(Math.max(...dropped)).toBeLessThan(Math.min(...kept));
  });

  it('answers an empty record for nothing readable', () => {
    expect(compactQuality(undefined)).toEqual({});
    expect(compactQuality('x')).toEqual({});
  });
});
