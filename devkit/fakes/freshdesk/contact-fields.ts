/**
 * GET /api/v2/contact_fields (docs/freshdesk.md "Contact fields"): default fields then custom ones, a bare unpaginated
 * array. Custom names have no cf_ prefix: they are the keys of a contact's custom_fields.
 * POST /api/v2/contact_fields (admin only, docs/freshdesk.md "Contact fields"): newer than the docs' sources, so its
 * texts are unverified; the fake names the field <snake label> without cf_ (undocumented), digits on collision, 201 +
 * Location.
 */
import type { CustomContactFieldType } from './account';
import type { Ctx } from './context';
import { choiceValues, fieldCreateErrors, uniqueFieldName } from './field-create';
import type { ContactFieldRecord } from './records';
import { ok, validationFailed } from './responses';
import type { FreshdeskStore } from './store';

/** [name, label, type] of a new account's default contact fields. */
const DEFAULTS: [string, string, string][] = [
  ['name', 'Full name', 'default_name'],
  ['job_title', 'Title', 'default_job_title'],
  ['email', 'Email', 'default_email'],
  ['phone', 'Work phone', 'default_phone'],
  ['mobile', 'Mobile phone', 'default_mobile'],
  ['twitter_id', 'Twitter', 'default_twitter_id'],
  ['company_name', 'Company', 'default_company_name'],
  ['address', 'Address', 'default_address'],
  ['time_zone', 'Time zone', 'default_time_zone'],
  ['language', 'Language', 'default_language'],
  ['tag_names', 'Tags', 'default_tag_names'],
  ['description', 'About', 'default_description'],
];

const CREATE_KEYS = [
  'label', 'label_for_customers', 'type', 'position', 'required_for_agents', 'editable_in_signup',
  'customers_can_edit', 'displayed_for_customers', 'required_for_customers', 'choices',
];
const BOOLEANS = ['required_for_agents', 'editable_in_signup', 'customers_can_edit', 'displayed_for_customers', 'required_for_customers'];
const CREATABLE_TYPES: readonly CustomContactFieldType[] = [
  'custom_text', 'custom_paragraph', 'custom_checkbox', 'custom_number', 'custom_decimal', 'custom_dropdown',
  'custom_date', 'custom_phone_number', 'custom_url',
];

export function allContactFields(store: FreshdeskStore): Record<string, unknown>[] {
  const at = store.seededAt;
  const defaults = DEFAULTS.map(([name, label, type], i) => ({
    id: 73000530001 + i,
    name,
    label,
    position: i + 1,
    required_for_agents: name === 'name',
    type,
    default: true,
    customers_can_edit: true,
    label_for_customers: label,
    required_for_customers: false,
    displayed_for_customers: true,
    editable_in_signup: name === 'name' || name === 'email',
    created_at: at,
    updated_at: at,
  }));
  return [...defaults, ...store.contactFields.map(renderContactField)];
}

function renderContactField(f: ContactFieldRecord): Record<string, unknown> {
  return {
    id: f.id,
    name: f.name,
    label: f.label,
    position: f.position,
    required_for_agents: f.required_for_agents,
    type: f.type,
    default: false,
    customers_can_edit: f.customers_can_edit,
    label_for_customers: f.label_for_customers,
    required_for_customers: f.required_for_customers,
    displayed_for_customers: f.displayed_for_customers,
    editable_in_signup: f.editable_in_signup,
    created_at: f.created_at,
    updated_at: f.updated_at,
    ...(f.type === 'custom_dropdown' ? { choices: f.choices.map((c) => c.value) } : {}),
  };
}

export function listContactFields(ctx: Ctx) {
  return ok(allContactFields(ctx.store));
}

export function createContactField(ctx: Ctx) {
  const b = ctx.body;
  const existing = allContactFields(ctx.store);
  const errors = fieldCreateErrors(b, {
    allowedKeys: CREATE_KEYS,
    types: CREATABLE_TYPES,
    booleans: BOOLEANS,
    noun: 'Contact',
    existingLabels: existing.map((f) => String(f.label)),
    displayedKey: 'displayed_for_customers',
  });
  if (errors.length) return validationFailed(errors);

  const id = ctx.store.nextFieldId();
  const now = ctx.store.now();
  const flag = (k: string): boolean => b[k] === true;
  const field: ContactFieldRecord = {
    id,
    name: uniqueFieldName('', b.label as string, existing.map((f) => String(f.name)), id),
    label: b.label as string,
    label_for_customers: b.label_for_customers as string,
    type: b.type as CustomContactFieldType,
    choices: choiceValues(b).map((value, i) => ({ id: ctx.store.nextChoiceId(), value, position: i + 1 })),
    position: (b.position as number | undefined) ?? 1,
    required_for_agents: flag('required_for_agents'),
    required_for_customers: flag('required_for_customers'),
    customers_can_edit: flag('customers_can_edit'),
    displayed_for_customers: flag('displayed_for_customers'),
    editable_in_signup: flag('editable_in_signup'),
    created_at: now,
    updated_at: now,
  };
  ctx.store.contactFields.push(field);
  return ok(renderContactField(field), 201, { Location: `${ctx.base}/api/v2/contact_fields/${id}` });
}
