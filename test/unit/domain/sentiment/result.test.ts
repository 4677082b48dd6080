import { normaliseResult } from '../../../../server/domain/sentiment/result';

describe('normaliseResult', () => {
  it('keeps the keyword-mode answer as it is, in the app’s words', () => {
    expect(normaliseResult({ score: -0.75, label: 'negative', escalation_risk: 0.95, triggers: ['unacceptable', 'refund', 'refund'] })).toEqual({
      score: -0.75,
      label: 'negative',
      escalationRisk: 0.95,
      triggers: ['unacceptable', 'refund', 'refund'], // duplicates kept, as Sentiment reports them
    });
  });

  it('normalises an LLM-mode label and trims, drops and bounds the trigger words', () => {
    const out = normaliseResult({ score: -0.4, label: 'Angry', escalation_risk: 0.4321, triggers: [' lawyer ', '', '  ', 'x'.repeat(80), ...Array(30).fill('sue')] });
    expect(out.label).toBe('negative');
    expect(out.escalationRisk).toBe(0.4321);
    expect(out.triggers[0]).toBe('lawyer');
    expect(out.triggers[1]).toBe('x'.repeat(50));
    expect(out.triggers).toHaveLength(20);
  });
});
