import { planTicketUpdate } from '../../../../server/domain/triage/plan-update';
import type { AccountSchema, Classification, NewTicket, TriageSettings } from '../../../../server/domain/triage/types';

const schema: AccountSchema = {
  ticketTypes: ['Question', 'Incident', 'Problem', 'Feature Request', 'Billing'],
  groups: [
    { id: 11, name: 'Billing' },
    { id: 12, name: 'Technical Support' },
    { id: 13, name: 'Accounts' },
  ],
  customFields: {
    cf_ai_category: { kind: 'dropdown', choices: ['Billing', 'Technical', 'Account', 'Feature Request'] },
    cf_ai_urgency: { kind: 'dropdown', choices: ['low', 'medium', 'high', 'critical'] },
    cf_ai_confidence: { kind: 'text' },
  },
};
const settings: TriageSettings = { thresholds: { priority: 0.6, type: 0.7, group: 0.8 }, overwriteExisting: false, teamToGroup: { tech: 'Technical Support' } };
const fresh: NewTicket = { id: 42, priority: 1, type: null, group_id: null, tags: ['vip'], custom_fields: {} };
const billingHigh: Classification = { category: 'billing', urgency: 'high', sentiment: 'negative', confidence: 0.9 };

describe('planTicketUpdate', () => {
  it('applies priority, type and group and fills the AI fields and tags in one update', () => {
    const { update, decisions } = planTicketUpdate(fresh, billingHigh, { team: 'billing', reason: 'billing issue' }, schema, settings);
    expect(update).toEqual({
      priority: 3,
      type: 'Billing',
      group_id: 11,
      custom_fields: { cf_ai_category: 'Billing', cf_ai_urgency: 'high', cf_ai_confidence: '0.9' },
      tags: ['vip', 'ai-category:billing', 'ai-urgency:high'],
    });
    expect(decisions.every((d) => d.applied)).toBe(true);
  });

  it('maps urgency to priority: low 1, medium 2, high 3, critical and urgent 4', () => {
    const priorityOf = (urgency: string) => planTicketUpdate(fresh, { ...billingHigh, urgency }, undefined, schema, settings).update.priority;
    expect([priorityOf('medium'), priorityOf('high'), priorityOf('critical'), priorityOf('URGENT')]).toEqual([2, 3, 4, 4]);
    // low is the ticket's default already: no change to send
    expect(priorityOf('low')).toBeUndefined();
  });

  it('gates each field by its own threshold: below it the value is only suggested', () => {
    const { update, decisions } = planTicketUpdate(fresh, { ...billingHigh, confidence: 0.65 }, { team: 'Billing' }, schema, settings);
    expect(update.priority).toBe(3); // 0.65 ≥ 0.6
    expect(update.type).toBeUndefined(); // 0.65 < 0.7
    expect(update.group_id).toBeUndefined(); // 0.65 < 0.8
    expect(decisions.find((d) => d.field === 'type')).toEqual({ field: 'type', suggested: 'Billing', applied: false, reason: 'below_threshold' });
    expect(decisions.find((d) => d.field === 'group')?.reason).toBe('below_threshold');
    // suggestions still land in tags and AI fields
    expect(update.tags).toContain('ai-category:billing');
    expect(update.custom_fields?.cf_ai_category).toBe('Billing');
  });

  it('keeps values set at creation unless the admin opts in', () => {
    const set: NewTicket = { ...fresh, priority: 2, type: 'Question', group_id: 13 };
    const kept = planTicketUpdate(set, billingHigh, { team: 'Billing' }, schema, settings);
    expect(kept.update.priority).toBeUndefined();
    expect(kept.update.type).toBeUndefined();
    expect(kept.update.group_id).toBeUndefined();
    expect(kept.decisions.filter((d) => d.reason === 'existing_value_kept').map((d) => d.field)).toEqual(['priority', 'type', 'group']);
    const overwritten = planTicketUpdate(set, billingHigh, { team: 'Billing' }, schema, { ...settings, overwriteExisting: true });
    expect(overwritten.update).toMatchObject({ priority: 3, type: 'Billing', group_id: 11 });
  });

  it('never sends a type or AI value the account does not allow', () => {
    const odd: Classification = { category: 'quantum_flux', urgency: 'meh', confidence: 0.99 };
    const { update, decisions } = planTicketUpdate(fresh, odd, undefined, schema, settings);
    expect(update.type).toBeUndefined();
    expect(update.priority).toBeUndefined();
    expect(update.custom_fields).toEqual({ cf_ai_confidence: '0.99' });
    expect(decisions.find((d) => d.field === 'type')?.reason).toBe('invalid_for_account');
    expect(decisions.find((d) => d.field === 'cf_ai_category')?.reason).toBe('invalid_for_account');
  });

  it('matches a snake_case category to the account type case-insensitively, in the account spelling', () => {
    const { update } = planTicketUpdate(fresh, { ...billingHigh, category: 'feature_request' }, undefined, schema, settings);
    expect(update.type).toBe('Feature Request');
    expect(update.custom_fields?.cf_ai_category).toBe('Feature Request');
  });

  it('finds the group by group_id, then team name, then the admin mapping, and reports an unknown team', () => {
    const groupOf = (routing: object) => planTicketUpdate(fresh, billingHigh, routing, schema, settings).update.group_id;
    expect(groupOf({ group_id: 13, team: 'billing' })).toBe(13);
    expect(groupOf({ group_id: 999, team: 'accounts' })).toBe(13);
    expect(groupOf({ team: 'TECH' })).toBe(12);
    const unknown = planTicketUpdate(fresh, billingHigh, { team: 'Space Unit' }, schema, settings);
    expect(unknown.update.group_id).toBeUndefined();
    expect(unknown.decisions.find((d) => d.field === 'group')).toEqual({ field: 'group', suggested: 'Space Unit', applied: false, reason: 'no_matching_group' });
  });

  it('skips AI fields the account has not created', () => {
    const { update, decisions } = planTicketUpdate(fresh, billingHigh, undefined, { ...schema, customFields: {} }, settings);
    expect(update.custom_fields).toBeUndefined();
    expect(decisions.filter((d) => d.reason === 'field_missing').map((d) => d.field)).toEqual(['cf_ai_category', 'cf_ai_urgency', 'cf_ai_confidence']);
  });

  it('writes confidence in the field type: text, decimal or whole percent', () => {
    const conf = (rule: AccountSchema['customFields'][string]) =>
      planTicketUpdate(fresh, { ...billingHigh, confidence: 0.876 }, undefined, { ...schema, customFields: { cf_ai_confidence: rule! } }, settings).update.custom_fields?.cf_ai_confidence;
    expect(conf({ kind: 'text' })).toBe('0.88');
    expect(conf({ kind: 'decimal' })).toBe(0.88);
    expect(conf({ kind: 'number' })).toBe(88);
  });
});
