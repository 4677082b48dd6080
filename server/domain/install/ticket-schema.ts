/**
 * The account's custom ticket fields as the triage schema sees them: how each takes a value, and which of them
 * are the AI fields. Used on every refresh of the cached schema and by the install, which adds the fields it
 * has just created so the first ticket needs no Freshdesk read.
 */
import type { AccountSchema, AiField, CustomFieldRule } from '../triage/types';
import { TICKET_FIELDS } from './field-specs';
import { findField } from './match-fields';
import type { ExistingField } from './types';

export function ruleFor(field: Pick<ExistingField, 'type' | 'choices'>): CustomFieldRule {
  switch (field.type) {
    case 'custom_dropdown':
      return { kind: 'dropdown', choices: field.choices };
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

/** Each AI field's name in this account, matched by label then name. */
export function aiFieldNamesOf(custom: readonly ExistingField[]): Partial<Record<AiField, string>> {
  const names: Partial<Record<AiField, string>> = {};
  for (const spec of TICKET_FIELDS) {
    const found = findField(custom, spec);
    if (found) names[spec.role as AiField] = found.name;
  }
  return names;
}

/** The schema with `created` fields added (rules and AI names), as a fresh read would now answer it. */
export function withTicketFields(schema: AccountSchema, created: readonly ExistingField[]): AccountSchema {
  const customFields = { ...schema.customFields, ...Object.fromEntries(created.map((f) => [f.name, ruleFor(f)])) };
  const known = Object.entries(schema.aiFieldNames ?? {}).map(([role, name]) => ({ role, name }));
  const aiFieldNames = { ...aiFieldNamesOf(created), ...Object.fromEntries(known.map((k) => [k.role, k.name])) };
  return { ...schema, customFields, aiFieldNames };
}
