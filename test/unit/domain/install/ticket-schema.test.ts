import { aiFieldNamesOf, ruleFor, withTicketFields } from '../../../../server/domain/install/ticket-schema';
import type { ExistingField } from '../../../../server/domain/install/types';
import type { AccountSchema } from '../../../../server/domain/triage/types';

const field = (name: string, label: string, type: string, choices: string[] = []): ExistingField => ({ name, label, type, choices });

describe('ruleFor', () => {
  it('maps Freshdesk field types to how triage writes them', () => {
    expect(ruleFor(field('a', 'A', 'custom_dropdown', ['x']))).toEqual({ kind: 'dropdown', choices: ['x'] });
    expect(['custom_text', 'custom_paragraph', 'custom_number', 'custom_decimal', 'custom_date'].map((t) => ruleFor(field('a', 'A', t)).kind)).toEqual([
      'text',
      'text',
      'number',
      'decimal',
      'other',
    ]);
  });
});

describe('aiFieldNamesOf', () => {
  it("names each AI field by the account's own name, found by label then name", () => {
    const custom = [field('cf_ai_category7', 'AI Category', 'custom_dropdown'), field('cf_ai_urgency', 'Urgency (AI)', 'custom_dropdown'), field('cf_category', 'Category', 'custom_dropdown')];
    expect(aiFieldNamesOf(custom)).toEqual({ cf_ai_category: 'cf_ai_category7', cf_ai_urgency: 'cf_ai_urgency' });
  });
});

describe('withTicketFields', () => {
  const schema: AccountSchema = {
    ticketTypes: ['Question'],
    groups: [{ id: 1, name: 'Billing' }],
    customFields: { cf_ai_urgency: { kind: 'dropdown', choices: ['low'] } },
    aiFieldNames: { cf_ai_urgency: 'cf_ai_urgency' },
  };

  it('adds the created fields under the names Freshdesk answered, keeping what the schema had', () => {
    const next = withTicketFields(schema, [field('cf_ai_category91', 'AI Category', 'custom_dropdown', ['billing']), field('cf_ai_confidence', 'AI Confidence', 'custom_text')]);
    expect(next.customFields).toEqual({
      cf_ai_urgency: { kind: 'dropdown', choices: ['low'] },
      cf_ai_category91: { kind: 'dropdown', choices: ['billing'] },
      cf_ai_confidence: { kind: 'text' },
    });
    expect(next.aiFieldNames).toEqual({ cf_ai_urgency: 'cf_ai_urgency', cf_ai_category: 'cf_ai_category91', cf_ai_confidence: 'cf_ai_confidence' });
    expect(next.groups).toBe(schema.groups);
  });
});
