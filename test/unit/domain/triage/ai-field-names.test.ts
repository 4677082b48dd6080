/** Triage writes the AI fields under the names the account gave them (domain/install/ticket-schema.ts). */
import { planTicketUpdate } from '../../../../server/domain/triage/plan-update';
import type { AccountSchema, NewTicket, TriageSettings } from '../../../../server/domain/triage/types';

const settings: TriageSettings = { thresholds: { priority: 0.6, type: 0.7, group: 0.8 }, overwriteExisting: false, teamToGroup: {} };
const ticket: NewTicket = { id: 7, priority: 1, tags: [] };
const classification = { category: 'billing', urgency: 'high', confidence: 0.87 };

it('uses the account\'s own names for the AI fields, and reports each by its role', () => {
  const schema: AccountSchema = {
    ticketTypes: [],
    groups: [],
    customFields: {
      cf_ai_category: { kind: 'text' }, // a legacy field of that name, not the one labelled "AI Category"
      cf_ai_category483920: { kind: 'dropdown', choices: ['billing', 'technical'] },
      cf_ai_urgency: { kind: 'dropdown', choices: ['low', 'medium', 'high', 'critical'] },
    },
    aiFieldNames: { cf_ai_category: 'cf_ai_category483920', cf_ai_urgency: 'cf_ai_urgency' },
  };
  const { update, decisions } = planTicketUpdate(ticket, classification, undefined, schema, settings);
  expect(update.custom_fields).toEqual({ cf_ai_category483920: 'billing', cf_ai_urgency: 'high' });
  expect(decisions.filter((d) => d.field.startsWith('cf_ai_')).map((d) => [d.field, d.reason])).toEqual([
    ['cf_ai_category', 'applied'],
    ['cf_ai_urgency', 'applied'],
    ['cf_ai_confidence', 'field_missing'],
  ]);
});

it('without names (a schema cached before them) falls back to the Simpli Freshdesk guide\'s names', () => {
  const schema: AccountSchema = { ticketTypes: [], groups: [], customFields: { cf_ai_confidence: { kind: 'text' } } };
  expect(planTicketUpdate(ticket, classification, undefined, schema, settings).update.custom_fields).toEqual({ cf_ai_confidence: '0.87' });
});
