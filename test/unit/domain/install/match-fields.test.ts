import { APP_FIELDS, CONTACT_FIELDS, TICKET_FIELDS } from '../../../../server/domain/install/field-specs';
import { findField, planFields } from '../../../../server/domain/install/match-fields';
import type { ExistingField } from '../../../../server/domain/install/types';

const field = (name: string, label: string, type = 'custom_text'): ExistingField => ({ name, label, type, choices: [] });

describe('findField: the label first, then the generated name', () => {
  const spec = { label: 'AI Category', name: 'cf_ai_category' };

  it('matches the label trimmed and in any case', () => {
    expect(findField([field('cf_x', '  ai CATEGORY ')], spec)?.name).toBe('cf_x');
  });

  it('prefers a label match to a name match: a suffixed name found by its label wins', () => {
    const existing = [field('cf_ai_category', 'Legacy category'), field('cf_ai_category483920', 'AI Category')];
    expect(findField(existing, spec)?.name).toBe('cf_ai_category483920');
  });

  it('falls back to the name when no label matches (a field whose label was changed)', () => {
    expect(findField([field('cf_ai_category', 'Topic (set by AI)')], spec)?.name).toBe('cf_ai_category');
  });

  it('never takes a merely similar field: "Category" is not "AI Category", "AI Category 2" neither', () => {
    expect(findField([field('cf_category', 'Category'), field('cf_ai_category_2', 'AI Category 2')], spec)).toBeUndefined();
  });
});

describe('planFields', () => {
  it('a fresh account misses all five, in creation order: ticket fields, then contact fields', () => {
    const plan = planFields(APP_FIELDS, []);
    expect(plan.found).toEqual([]);
    expect(plan.missing.map((s) => s.label)).toEqual(['AI Category', 'AI Urgency', 'AI Confidence', 'Sentiment Score', 'Escalation Risk']);
  });

  it('splits what the account has from what it lacks', () => {
    const plan = planFields(TICKET_FIELDS, [field('cf_ai_urgency', 'AI Urgency', 'custom_dropdown'), field('cf_category', 'Category')]);
    expect(plan.found.map((f) => [f.spec.role, f.field.name])).toEqual([['cf_ai_urgency', 'cf_ai_urgency']]);
    expect(plan.missing.map((s) => s.role)).toEqual(['cf_ai_category', 'cf_ai_confidence']);
  });

  it('contact fields are matched by their own names, without cf_', () => {
    const plan = planFields(CONTACT_FIELDS, [field('sentiment_score', 'Mood'), field('risk', 'escalation risk')]);
    expect(plan.found.map((f) => f.field.name)).toEqual(['sentiment_score', 'risk']);
    expect(plan.missing).toEqual([]);
  });
});
