import { findSentimentFields, planContactUpdate, riskText } from '../../../../server/domain/sentiment/contact-plan';
import type { ContactFieldDef, SentimentResult } from '../../../../server/domain/sentiment/types';

const field = (name: string, label: string, type: string, choices: string[] = []): ContactFieldDef => ({ name, label, type, choices });
const SEED_FIELDS = [
  field('customer_tier', 'Customer Tier', 'custom_dropdown', ['free', 'premium']),
  field('sentiment_score', 'Sentiment Score', 'custom_dropdown', ['positive', 'neutral', 'negative']),
  field('escalation_risk', 'Escalation Risk', 'custom_text'),
];
const result = (over: Partial<SentimentResult> = {}): SentimentResult => ({ score: -0.8, label: 'negative', escalationRisk: 0.65, triggers: [], ...over });

describe('findSentimentFields', () => {
  it('finds the Simpli Freshdesk guide’s two fields by their labels', () => {
    expect(findSentimentFields(SEED_FIELDS)).toEqual({
      label: { name: 'sentiment_score', label: 'Sentiment Score', kind: 'dropdown', choices: ['positive', 'neutral', 'negative'] },
      risk: { name: 'escalation_risk', label: 'Escalation Risk', kind: 'text', choices: [] },
    });
  });

  it('uses the name Freshdesk gave, whatever it is (digits after a name collision)', () => {
    const fields = [field('sentiment_score1', 'Sentiment score', 'custom_dropdown', ['Positive']), field('escalation_risk', 'escalation-risk', 'custom_text')];
    expect(findSentimentFields(fields)).toMatchObject({ label: { name: 'sentiment_score1' }, risk: { name: 'escalation_risk' } });
  });

  it('falls back to a name match when the admin relabelled the field', () => {
    expect(findSentimentFields([field('sentiment_score', 'Customer mood', 'custom_dropdown')]).label?.name).toBe('sentiment_score');
  });

  it('prefers a label match over a name match', () => {
    const fields = [field('sentiment_score', 'Old mood', 'custom_text'), field('mood_2', 'Sentiment Score', 'custom_dropdown')];
    expect(findSentimentFields(fields).label?.name).toBe('mood_2');
  });

  it('ignores default fields and reports a missing field as absent, never a guess', () => {
    expect(findSentimentFields([field('name', 'Sentiment Score', 'default_name')])).toEqual({});
    expect(findSentimentFields([])).toEqual({});
  });

  it('knows how each type takes a value', () => {
    const kinds = ['custom_paragraph', 'custom_number', 'custom_decimal', 'custom_checkbox'].map(
      (type) => findSentimentFields([field('escalation_risk', 'Escalation Risk', type)]).risk?.kind,
    );
    expect(kinds).toEqual(['text', 'number', 'decimal', 'other']);
  });
});

describe('riskText', () => {
  it('writes two decimals, so text sorts as numbers do', () => {
    expect([0, 0.5, 0.65, 1, 0.123].map(riskText)).toEqual(['0.00', '0.50', '0.65', '1.00', '0.12']);
  });
});

describe('planContactUpdate', () => {
  it('writes the label and the risk under the account’s keys, without cf_', () => {
    const plan = planContactUpdate(findSentimentFields(SEED_FIELDS), result());
    expect(plan).toEqual({ customFields: { sentiment_score: 'negative', escalation_risk: '0.65' }, written: ['sentiment_score', 'escalation_risk'], skipped: [] });
  });

  it('uses the dropdown’s own spelling of the label', () => {
    const fields = findSentimentFields([field('sentiment_score', 'Sentiment Score', 'custom_dropdown', ['Positive', 'Neutral', 'Negative'])]);
    expect(planContactUpdate(fields, result()).customFields).toEqual({ sentiment_score: 'Negative' });
  });

  it('skips a dropdown that lacks the label, saying why', () => {
    const fields = findSentimentFields([field('sentiment_score', 'Sentiment Score', 'custom_dropdown', ['happy', 'sad'])]);
    const plan = planContactUpdate(fields, result());
    expect(plan.customFields).toEqual({});
    expect(plan.skipped[0]).toBe('"Sentiment Score" (sentiment_score) cannot hold "negative"');
  });

  it('a missing field is skipped with its reason and never written', () => {
    const plan = planContactUpdate(findSentimentFields([SEED_FIELDS[2] as ContactFieldDef]), result({ escalationRisk: 0.5 }));
    expect(plan.customFields).toEqual({ escalation_risk: '0.50' });
    expect(plan.skipped).toEqual(['no "Sentiment Score" contact field in this account']);
  });

  it('writes the risk as a percentage in a number field and as a number in a decimal field', () => {
    const asNumber = findSentimentFields([field('escalation_risk', 'Escalation Risk', 'custom_number')]);
    const asDecimal = findSentimentFields([field('escalation_risk', 'Escalation Risk', 'custom_decimal')]);
    expect(planContactUpdate(asNumber, result({ escalationRisk: 0.65 })).customFields).toEqual({ escalation_risk: 65 });
    expect(planContactUpdate(asDecimal, result({ escalationRisk: 0.655 })).customFields).toEqual({ escalation_risk: 0.66 });
  });

  it('writes the label into a text field as it is', () => {
    const fields = findSentimentFields([field('sentiment_score', 'Sentiment Score', 'custom_text')]);
    expect(planContactUpdate(fields, result({ label: 'neutral' })).customFields).toEqual({ sentiment_score: 'neutral' });
  });
});
