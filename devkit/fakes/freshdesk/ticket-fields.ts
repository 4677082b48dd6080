/**
 * GET /api/v2/ticket_fields (docs/freshdesk.md "Ticket fields"): every field, system then custom, unpaginated, optional
 * ?type= filter. The system fields are derived from the account (types, statuses, groups, agents, products), so they
 * always agree with what ticket validation accepts. The shape of `choices` depends on the type (docs/freshdesk.md
 * "Ticket fields").
 */
import type { Ctx } from './context';
import { PRIORITIES, SOURCES, statusesOf } from './enums';
import { unknownQueryErrors } from './pagination';
import type { TicketFieldRecord } from './records';
import { msg, ok, validationFailed } from './responses';
import type { FreshdeskStore } from './store';

export const TICKET_FIELD_TYPES = [
  'default_requester', 'default_subject', 'default_ticket_type', 'default_source', 'default_status',
  'default_priority', 'default_group', 'default_agent', 'default_product', 'default_company',
  'default_description', 'custom_text', 'custom_paragraph', 'custom_checkbox', 'custom_number', 'custom_decimal',
  'custom_date', 'custom_date_time', 'custom_dropdown', 'nested_field',
];

export interface TicketFieldJson {
  id: number;
  name: string;
  label: string;
  description: string | null;
  position: number;
  required_for_closure: boolean;
  required_for_agents: boolean;
  type: string;
  default: boolean;
  customers_can_edit: boolean;
  label_for_customers: string;
  required_for_customers: boolean;
  displayed_to_customers: boolean;
  created_at: string;
  updated_at: string;
  choices?: unknown;
}

const byName = (items: readonly { id: number; name: string }[]): Record<string, number> =>
  Object.fromEntries(items.map((i) => [i.name, i.id]));

/** [name, label, type, choices] of the system fields, in the order of a new account. */
function systemFields(store: FreshdeskStore): [string, string, string, unknown][] {
  const a = store.account;
  return [
    ['requester', 'Search a requester', 'default_requester', undefined],
    ['subject', 'Subject', 'default_subject', undefined],
    ['ticket_type', 'Type', 'default_ticket_type', [...a.ticketTypes]],
    ['source', 'Source', 'default_source', SOURCES],
    ['status', 'Status', 'default_status', Object.fromEntries(statusesOf(a).map((s) => [String(s.id), [s.name, s.customer_name]]))],
    ['priority', 'Priority', 'default_priority', PRIORITIES],
    ['group', 'Group', 'default_group', byName(a.groups)],
    ['agent', 'Agent', 'default_agent', byName(a.agents)],
    ['product', 'Product', 'default_product', byName(a.products ?? [])],
    ['company', 'Company', 'default_company', undefined],
    ['description', 'Description', 'default_description', undefined],
  ];
}

/** System field names that closing requires, by ticket-field name. */
const CLOSURE_NAMES: Record<string, string> = { ticket_type: 'ticket_type', group: 'group', agent: 'agent', product: 'product' };

export function allTicketFields(store: FreshdeskStore): TicketFieldJson[] {
  const closure = store.account.systemFieldsRequiredForClosure ?? [];
  const at = store.seededAt;
  const system = systemFields(store).map(([name, label, type, choices], i): TicketFieldJson => ({
    id: 73000540001 + i,
    name,
    label,
    description: null,
    position: i + 1,
    required_for_closure: closure.some((c) => CLOSURE_NAMES[name] === c),
    required_for_agents: name === 'requester' || name === 'subject' || name === 'status' || name === 'priority',
    type,
    default: true,
    customers_can_edit: ['requester', 'subject', 'description'].includes(name),
    label_for_customers: label === 'Search a requester' ? 'Requester' : label,
    required_for_customers: name === 'requester' || name === 'subject',
    displayed_to_customers: ['requester', 'subject', 'status', 'description'].includes(name),
    created_at: at,
    updated_at: at,
    ...(choices !== undefined ? { choices } : {}),
  }));
  return [...system, ...store.ticketFields.map(renderCustomField)];
}

export function renderCustomField(f: TicketFieldRecord): TicketFieldJson {
  return {
    id: f.id,
    name: f.name,
    label: f.label,
    description: f.description,
    position: f.position,
    required_for_closure: f.required_for_closure,
    required_for_agents: f.required_for_agents,
    type: f.type,
    default: false,
    customers_can_edit: f.customers_can_edit,
    label_for_customers: f.label_for_customers,
    required_for_customers: f.required_for_customers,
    displayed_to_customers: f.displayed_to_customers,
    created_at: f.created_at,
    updated_at: f.updated_at,
    ...(f.type === 'custom_dropdown' ? { choices: f.choices.map((c) => c.value) } : {}),
  };
}

export function listTicketFields(ctx: Ctx) {
  const unknown = unknownQueryErrors(ctx, ['type']);
  if (unknown.length) return validationFailed(unknown);
  const type = ctx.req.query.get('type');
  if (type !== null && !TICKET_FIELD_TYPES.includes(type)) {
    return validationFailed([{ field: 'type', message: msg.oneOf(TICKET_FIELD_TYPES), code: 'invalid_value' }]);
  }
  const fields = allTicketFields(ctx.store);
  return ok(type === null ? fields : fields.filter((f) => f.type === type));
}
