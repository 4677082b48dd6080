/**
 * GET /ticket_fields → the account schema triage writes against (docs/freshdesk.md "Ticket fields",
 * "Groups and ticket types"): ticket types are the `ticket_type` choices, groups the `group` field's name → id choices,
 * custom fields the `cf_*` entries.
 */
import * as z from 'zod/mini';
import type { TicketField } from '../contracts/freshdesk';
import { aiFieldNamesOf, ruleFor } from '../domain/install/ticket-schema';
import type { ExistingField } from '../domain/install/types';
import type { AccountSchema } from '../domain/triage/types';

const stringChoices = z.array(z.string());
const namedIds = z.record(z.string(), z.int());

/** The custom (cf_*) fields; dropdown choices that are not a list of strings degrade to "no values", never throw. */
export function customTicketFields(fields: readonly TicketField[]): ExistingField[] {
  return fields
    .filter((f) => f.name.startsWith('cf_'))
    .map((f) => {
      const choices = f.type === 'custom_dropdown' ? stringChoices.safeParse(f.choices) : undefined;
      return { name: f.name, label: f.label ?? f.name, type: f.type, choices: choices?.success ? choices.data : [] };
    });
}

/** The account schema from the parsed GET /ticket_fields list; odd choices degrade to "no values", never throw. */
export function toAccountSchema(fields: readonly TicketField[]): AccountSchema {
  const byName = (name: string) => fields.find((f) => f.name === name);
  const types = stringChoices.safeParse(byName('ticket_type')?.choices);
  const groups = namedIds.safeParse(byName('group')?.choices);
  const custom = customTicketFields(fields);
  return {
    ticketTypes: types.success ? types.data : [],
    groups: groups.success ? Object.entries(groups.data).map(([name, id]) => ({ id, name })) : [],
    customFields: Object.fromEntries(custom.map((f) => [f.name, ruleFor(f)])),
    aiFieldNames: aiFieldNamesOf(custom),
  };
}
