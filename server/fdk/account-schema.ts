/**
 * GET /ticket_fields → the account schema triage writes against (freshdesk-api.md §6.1, §9): ticket types are the
 * `ticket_type` choices, groups the `group` field's name → id choices, custom fields the `cf_*` entries.
 */
import { z } from 'zod';
import type { TicketField } from '../contracts/freshdesk';
import type { AccountSchema, CustomFieldRule } from '../domain/triage/types';

const stringChoices = z.array(z.string());
const namedIds = z.record(z.string(), z.number().int());

function customFieldRule(type: string, choices: unknown): CustomFieldRule {
  switch (type) {
    case 'custom_dropdown': {
      const parsed = stringChoices.safeParse(choices);
      return parsed.success ? { kind: 'dropdown', choices: parsed.data } : { kind: 'other' };
    }
    case 'custom_text':
    case 'custom_paragraph':
      return { kind: 'text' };
    case 'custom_number':
      return { kind: 'number' };
    case 'custom_decimal':
      return { kind: 'decimal' };
    default:
      return { kind: 'other' };
  }
}

/** The account schema from the parsed GET /ticket_fields list; odd choices degrade to "no values", never throw. */
export function toAccountSchema(fields: readonly TicketField[]): AccountSchema {
  const byName = (name: string) => fields.find((f) => f.name === name);
  const types = stringChoices.safeParse(byName('ticket_type')?.choices);
  const groups = namedIds.safeParse(byName('group')?.choices);
  return {
    ticketTypes: types.success ? types.data : [],
    groups: groups.success ? Object.entries(groups.data).map(([name, id]) => ({ id, name })) : [],
    customFields: Object.fromEntries(fields.filter((f) => f.name.startsWith('cf_')).map((f) => [f.name, customFieldRule(f.type, f.choices)])),
  };
}

