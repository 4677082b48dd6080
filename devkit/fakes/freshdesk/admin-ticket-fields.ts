/**
 * The admin ticket-field API (docs/freshdesk.md "Creating ticket fields"; admin keys only, enforced by the router):
 *   POST /api/v2/admin/ticket_fields      create a custom field named cf_<snake label> (digits on collision);
 *                                         201 + Location; it shows in /ticket_fields and on every ticket (null)
 *   GET  /api/v2/admin/ticket_fields      list without choices
 *   GET  /api/v2/admin/ticket_fields/{id} one field with its choice objects
 * Not modelled: PUT/DELETE, sections, nested fields, background creation (field_update_in_progress is false).
 */
import type { CustomTicketFieldType } from './account';
import type { Ctx } from './context';
import { choiceValues, fieldCreateErrors, uniqueFieldName } from './field-create';
import type { TicketFieldRecord } from './records';
import { notFound, ok, validationFailed } from './responses';
import { allTicketFields, type TicketFieldJson } from './ticket-fields';

const CREATE_KEYS = [
  'label', 'label_for_customers', 'type', 'position', 'required_for_closure', 'required_for_agents',
  'required_for_customers', 'customers_can_edit', 'displayed_to_customers', 'choices', 'section_mappings',
  'dependent_fields',
];
const BOOLEANS = ['required_for_closure', 'required_for_agents', 'required_for_customers', 'customers_can_edit', 'displayed_to_customers'];
const CREATABLE_TYPES: readonly CustomTicketFieldType[] = [
  'custom_text', 'custom_paragraph', 'custom_checkbox', 'custom_number', 'custom_decimal', 'custom_date',
  'custom_date_time', 'custom_dropdown',
];

/**
 * The admin representation (TICKET_FIELDS_RESPONSE_HASH, docs/freshdesk.md "Creating ticket fields"): no description,
 * plus the admin flags.
 */
function adminJson(f: TicketFieldJson): Record<string, unknown> {
  const { description: _description, choices: _choices, ...rest } = f;
  return { ...rest, field_update_in_progress: false, archived: false };
}

function withChoiceObjects(f: TicketFieldRecord): Record<string, unknown> {
  return {
    id: f.id,
    name: f.name,
    label: f.label,
    label_for_customers: f.label_for_customers,
    position: f.position,
    type: f.type,
    default: false,
    customers_can_edit: f.customers_can_edit,
    required_for_closure: f.required_for_closure,
    required_for_agents: f.required_for_agents,
    required_for_customers: f.required_for_customers,
    displayed_to_customers: f.displayed_to_customers,
    field_update_in_progress: false,
    archived: false,
    created_at: f.created_at,
    updated_at: f.updated_at,
    // parent_choice_id carries the field's id, as in the documented example (docs/freshdesk.md
    // "Creating ticket fields").
    choices: f.choices.map((c) => ({ id: c.id, value: c.value, position: c.position, parent_choice_id: f.id, choices: [] })),
  };
}

export function listAdminTicketFields(ctx: Ctx) {
  return ok(allTicketFields(ctx.store).map(adminJson));
}

export function getAdminTicketField(ctx: Ctx) {
  const custom = ctx.store.ticketFields.find((f) => f.id === ctx.id);
  if (custom) return ok(withChoiceObjects(custom));
  const system = allTicketFields(ctx.store).find((f) => f.id === ctx.id);
  return system ? ok(adminJson(system)) : notFound();
}

export function createTicketField(ctx: Ctx) {
  const b = ctx.body;
  const existing = allTicketFields(ctx.store);
  const errors = fieldCreateErrors(b, {
    allowedKeys: CREATE_KEYS,
    types: CREATABLE_TYPES,
    booleans: BOOLEANS,
    noun: 'Ticket',
    existingLabels: existing.map((f) => f.label),
    displayedKey: 'displayed_to_customers',
  });
  if (errors.length) return validationFailed(errors);

  const id = ctx.store.nextFieldId();
  const now = ctx.store.now();
  const flag = (k: string): boolean => b[k] === true;
  const field: TicketFieldRecord = {
    id,
    name: uniqueFieldName('cf_', b.label as string, existing.map((f) => f.name), id),
    label: b.label as string,
    label_for_customers: b.label_for_customers as string,
    description: null,
    type: b.type as CustomTicketFieldType,
    choices: choiceValues(b).map((value, i) => ({ id: ctx.store.nextChoiceId(), value, position: i + 1 })),
    // "When absent the field goes to the top" (docs/freshdesk.md "Creating ticket fields").
    position: (b.position as number | undefined) ?? 1,
    required_for_closure: flag('required_for_closure'),
    required_for_agents: flag('required_for_agents'),
    required_for_customers: flag('required_for_customers'),
    customers_can_edit: flag('customers_can_edit'),
    displayed_to_customers: flag('displayed_to_customers'),
    created_at: now,
    updated_at: now,
  };
  ctx.store.ticketFields.push(field);
  return ok(withChoiceObjects(field), 201, { Location: `${ctx.base}/api/v2/admin/ticket_fields/${id}` });
}
