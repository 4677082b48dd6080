/**
 * GET /contact_fields → the custom contact fields (docs/freshdesk.md "Contact fields"); odd choices degrade
 * to "no values".
 */
import { readChoiceValues, type contactFieldsSchema } from '../contracts/freshdesk';
import type { ContactFieldDef } from '../domain/sentiment/types';
import type * as z from 'zod/mini';

export function toContactFields(fields: z.infer<typeof contactFieldsSchema>): ContactFieldDef[] {
  return fields
    .filter((f) => f.type.startsWith('custom_'))
    .map((f) => {
      return { name: f.name, label: f.label ?? f.name, type: f.type, choices: readChoiceValues(f.choices) ?? [] };
    });
}
