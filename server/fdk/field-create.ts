/**
 * The bodies of the two field-create calls and the field each answers (docs/platform.md, "Installing: the Freshdesk field APIs").
 * The fields are for agents only: not shown to or editable by customers. No `position`: Freshdesk places the
 * field itself, and a position it does not accept would cost the whole field.
 */
import { readChoiceValues, type createdFieldSchema } from '../contracts/freshdesk';
import type { ExistingField, FieldSpec } from '../domain/install/types';
import type * as z from 'zod/mini';

const choices = (spec: FieldSpec) => (spec.type === 'custom_dropdown' ? { choices: spec.choices.map((value, i) => ({ value, position: i + 1 })) } : {});

/** POST /api/v2/admin/ticket_fields (docs/freshdesk.md "Creating ticket fields"). */
export function ticketFieldBody(spec: FieldSpec): Record<string, unknown> {
  return { label: spec.label, label_for_customers: spec.label, type: spec.type, displayed_to_customers: false, customers_can_edit: false, ...choices(spec) };
}

/** POST /api/v2/contact_fields (docs/freshdesk.md "Contact fields"). */
export function contactFieldBody(spec: FieldSpec): Record<string, unknown> {
  return {
    label: spec.label,
    label_for_customers: spec.label,
    type: spec.type,
    displayed_for_customers: false,
    customers_can_edit: false,
    editable_in_signup: false,
    ...choices(spec),
  };
}

/**
 * The created field; choices come back as `{ value }` objects (docs/freshdesk.md "Creating ticket fields") or strings,
 * whichever the account answers.
 */
export function toCreatedField(created: z.infer<typeof createdFieldSchema>, spec: FieldSpec): ExistingField {
  const parsed = readChoiceValues(created.choices);
  // A dropdown created in a background job answers without its choices yet (docs/freshdesk.md
  // "Creating ticket fields"): they are the ones sent.
  const values = parsed && parsed.length > 0 ? parsed : [...spec.choices];
  return { name: created.name, label: created.label ?? spec.label, type: created.type, choices: created.type === 'custom_dropdown' ? values : [] };
}
