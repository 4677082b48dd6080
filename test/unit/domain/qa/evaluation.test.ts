import { normaliseEvaluation } from '../../../../server/domain/qa/evaluation';

describe('normaliseEvaluation', () => {
  it('keeps QA’s words and order', () => {
    expect(normaliseEvaluation({ overall_score: 0.62, dimensions: { empathy: 0.9, resolution: 0.4 }, coaching_notes: ['Be clear'] })).toEqual({
      overall: 0.62,
      dimensions: { empathy: 0.9, resolution: 0.4 },
      coachingNotes: ['Be clear'],
    });
  });

  it('treats absent dimensions and notes as none (both optional, docs/simpli.md "QA")', () => {
    expect(normaliseEvaluation({ overall_score: 0.5, dimensions: null })).toEqual({ overall: 0.5, dimensions: {}, coachingNotes: [] });
  });

  it('drops nameless dimensions and empty notes, which $db cannot keep', () => {
    expect(normaliseEvaluation({ overall_score: 0.5, dimensions: { '': 0.1, ' ': 0.2, tone: 0.3 }, coaching_notes: ['', '  ', ' Listen '] })).toEqual({
      overall: 0.5,
      dimensions: { tone: 0.3 },
      coachingNotes: ['Listen'],
    });
  });

  it('keeps a bounded number of each, each of bounded length, so the ticket record stays under 40 KB', () => {
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`d${i}`, 0.5]));
    const out = normaliseEvaluation({ overall_score: 0.5, dimensions: many, coaching_notes: Array.from({ length: 30 }, (_, i) => `n${i}`) });
    expect(Object.keys(out.dimensions)).toHaveLength(12);
    expect(out.coachingNotes).toHaveLength(10);
    const long = normaliseEvaluation({ overall_score: 0.5, dimensions: { ['x'.repeat(100)]: 0.5 }, coaching_notes: ['😀'.repeat(400)] });
    expect(Object.keys(long.dimensions)).toEqual(['x'.repeat(60)]);
    expect(Array.from(long.coachingNotes[0] ?? '')).toHaveLength(300);
  });
});
