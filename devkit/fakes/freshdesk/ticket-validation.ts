/**
 * PUT /api/v2/tickets/{id} validation, in Freshdesk's order (docs/freshdesk.md "Updating a ticket",
 * "Validation errors"). Each stage runs only when the earlier ones passed, and reports every error it finds:
 *   1. unknown keys (top level, and custom_fields keys) → invalid_field, reported alone;
 *   2. JSON types and enumerations (priority, status, type, source, tags, ids, strings, dates);
 *   3. existence (group, agent, product, contact, company, email config) and custom-field values;
 *   4. closing (status 4/5) needs every required_for_closure field → missing_field.
 */
import { customValueErrors, expectedMessage, isBlank, unknownCustomKeys } from './custom-fields';
import { CLOSING_STATUSES, PRIORITIES, SOURCES, statusesOf } from './enums';
import type { TicketRecord } from './records';
import { type FieldError, isPositiveInt, msg } from './responses';
import type { FreshdeskStore } from './store';
import { tagErrors } from './tags';
import { isPlainObject } from './text';

/** UPDATE_FIELDS of docs/freshdesk.md "Updating a ticket". cc_emails is create-only, so it is invalid here. */
export const TICKET_UPDATE_FIELDS: readonly string[] = [
  'name', 'requester_id', 'email', 'phone', 'twitter_id', 'facebook_id', 'unique_external_id', 'subject', 'type',
  'status', 'priority', 'description', 'responder_id', 'group_id', 'product_id', 'company_id', 'source', 'due_by',
  'fr_due_by', 'email_config_id', 'internal_agent_id', 'internal_group_id', 'skill_id', 'tags', 'attachments',
  'custom_fields', 'parent_id', 'tracker_id', 'skip_close_notification',
];

/** Id fields: [key, resource name in "There is no <resource> matching…", nullable]. */
const ID_FIELDS: readonly [string, string, boolean][] = [
  ['group_id', 'group', true],
  ['responder_id', 'agent', true],
  ['product_id', 'product', true],
  ['email_config_id', 'email_config', true],
  ['company_id', 'company', true],
  ['requester_id', 'contact', false],
];

type Body = Record<string, unknown>;
type Stage = (store: FreshdeskStore, ticket: TicketRecord, body: Body) => FieldError[];

export function validateTicketUpdate(store: FreshdeskStore, ticket: TicketRecord, body: Body): FieldError[] {
  for (const stage of [unknownKeys, typesAndEnums, existence, closure] as Stage[]) {
    const errors = stage(store, ticket, body);
    if (errors.length) return errors;
  }
  return [];
}

/**
 * The configured type matching `v` case-insensitively (docs/freshdesk.md "Updating a ticket"), e.g. "question" →
 * "Question".
 */
export function canonicalType(store: FreshdeskStore, v: string): string | undefined {
  return store.account.ticketTypes.find((t) => t.toLowerCase() === v.toLowerCase());
}

const unknownKeys: Stage = (store, _t, body) => [
  ...Object.keys(body)
    .filter((k) => !TICKET_UPDATE_FIELDS.includes(k))
    .map((field) => ({ field, message: msg.invalidField, code: 'invalid_field' })),
  ...(isPlainObject(body.custom_fields) ? unknownCustomKeys(body.custom_fields, store.ticketFields) : []),
];

function enumError(field: string, v: unknown, allowed: readonly number[]): FieldError[] {
  if (typeof v !== 'number' || !Number.isInteger(v)) {
    return [{ field, message: msg.typeOneOf(v, allowed), code: 'datatype_mismatch' }];
  }
  return allowed.includes(v) ? [] : [{ field, message: msg.oneOf(allowed), code: 'invalid_value' }];
}

const typesAndEnums: Stage = (store, _t, body) => {
  const errors: FieldError[] = [];
  const has = (k: string): boolean => k in body;
  for (const k of ['subject', 'description', 'name', 'email', 'phone', 'twitter_id', 'facebook_id', 'unique_external_id']) {
    if (has(k) && typeof body[k] !== 'string') errors.push({ field: k, message: msg.shouldBe('String'), code: 'datatype_mismatch' });
  }
  if (typeof body.subject === 'string' && body.subject.length > 255) {
    errors.push({ field: 'subject', message: msg.tooLong(body.subject.length, 255), code: 'invalid_value' });
  }
  if (has('priority')) errors.push(...enumError('priority', body.priority, Object.values(PRIORITIES)));
  if (has('status')) errors.push(...enumError('status', body.status, statusesOf(store.account).map((s) => s.id)));
  if (has('type') && body.type !== null) {
    const types = store.account.ticketTypes;
    if (typeof body.type !== 'string') errors.push({ field: 'type', message: msg.typeOneOf(body.type, types), code: 'datatype_mismatch' });
    else if (!canonicalType(store, body.type)) errors.push({ field: 'type', message: msg.oneOf(types), code: 'invalid_value' });
  }
  if (has('source')) errors.push(...enumError('source', body.source, Object.values(SOURCES)));
  if (has('tags')) errors.push(...tagErrors(body.tags));
  for (const [k, , nullable] of ID_FIELDS) {
    if (has(k) && !(isPositiveInt(body[k]) || (nullable && body[k] === null))) {
      errors.push({ field: k, message: msg.shouldBe('Positive Integer'), code: 'datatype_mismatch' });
    }
  }
  for (const k of ['due_by', 'fr_due_by']) {
    const v = body[k];
    if (has(k) && v !== null && (typeof v !== 'string' || Number.isNaN(Date.parse(v)))) {
      errors.push({ field: k, message: "It should be in the 'valid date time' format", code: 'invalid_value' });
    }
  }
  if (has('custom_fields') && !isPlainObject(body.custom_fields)) {
    errors.push({ field: 'custom_fields', message: msg.shouldBe('key/value pair'), code: 'datatype_mismatch' });
  }
  return errors;
};

const existence: Stage = (store, _t, body) => {
  const a = store.account;
  const known: Record<string, (id: number) => boolean> = {
    group_id: (id) => a.groups.some((g) => g.id === id),
    responder_id: (id) => a.agents.some((g) => g.id === id),
    product_id: (id) => (a.products ?? []).some((g) => g.id === id),
    email_config_id: (id) => (a.emailConfigs ?? []).some((g) => g.id === id),
    company_id: (id) => (a.companies ?? []).some((g) => g.id === id),
    requester_id: (id) => store.contacts.has(id),
  };
  const errors: FieldError[] = [];
  for (const [k, resource] of ID_FIELDS) {
    const v = body[k];
    if (typeof v === 'number' && !known[k]?.(v)) errors.push({ field: k, message: msg.noRecord(resource, k), code: 'invalid_value' });
  }
  if (isPlainObject(body.custom_fields)) errors.push(...customValueErrors(body.custom_fields, store.ticketFields));
  return errors;
};

const closure: Stage = (store, t, body) => {
  if (!CLOSING_STATUSES.includes(body.status as number)) return [];
  // The ticket as it would be after this update: sent keys win, the rest keep their values.
  const after = <K extends keyof TicketRecord>(k: K): unknown => (k in body ? body[k] : t[k]);
  const custom = { ...t.custom, ...(body.custom_fields as Record<string, unknown> | undefined) };
  const errors: FieldError[] = [];
  const system: Record<string, [string, unknown, string]> = {
    ticket_type: ['type', after('type'), msg.oneOf(store.account.ticketTypes)],
    group: ['group_id', after('group_id'), msg.shouldBe('Positive Integer')],
    agent: ['responder_id', after('responder_id'), msg.shouldBe('Positive Integer')],
    product: ['product_id', after('product_id'), msg.shouldBe('Positive Integer')],
  };
  for (const name of store.account.systemFieldsRequiredForClosure ?? []) {
    const [field, value, message] = system[name] ?? [];
    if (field && message && isBlank(value)) errors.push({ field, message, code: 'missing_field' });
  }
  for (const def of store.ticketFields) {
    if (def.required_for_closure && isBlank(custom[def.name])) {
      errors.push({ field: `custom_fields.${def.name}`, message: expectedMessage(def), code: 'missing_field' });
    }
  }
  return errors;
};
