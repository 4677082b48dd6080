/**
 * GET and PUT /api/v2/contacts/{id} (docs/freshdesk.md "Contacts"). Custom-field keys have no cf_ prefix. Validation
 * mirrors tickets: unknown keys (top level or custom) → invalid_field alone; then types; then existence, custom values
 * and the unique email (409 duplicate_value). Partial update; tags replace; custom_fields merge; 200 with the contact.
 */
import type { Ctx } from './context';
import { customValueErrors, unknownCustomKeys } from './custom-fields';
import type { ContactRecord } from './records';
import { type FieldError, isPositiveInt, msg, notFound, ok, validationFailed } from './responses';
import type { FreshdeskRecords } from './store';
import { sanitizeTags, tagErrors } from './tags';
import { isPlainObject } from './text';

const CONTACT_FIELDS = [
  'name', 'email', 'phone', 'mobile', 'twitter_id', 'unique_external_id', 'other_emails', 'company_id',
  'view_all_tickets', 'other_companies', 'address', 'avatar', 'description', 'job_title', 'language', 'time_zone',
  'tags', 'custom_fields', 'active',
];
const STRINGS = ['name', 'email', 'phone', 'mobile', 'twitter_id', 'unique_external_id', 'address', 'description', 'job_title', 'language', 'time_zone'];
/** What the PUT writes straight through (the rest is handled below or accepted and ignored). */
const APPLIED = [...STRINGS, 'company_id', 'view_all_tickets', 'active', 'other_emails'] as const;
const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;

export function renderContact(store: Pick<FreshdeskRecords, 'contactFields'>, c: ContactRecord): Record<string, unknown> {
  return {
    active: c.active,
    address: c.address,
    company_id: c.company_id,
    view_all_tickets: c.view_all_tickets,
    deleted: false,
    description: c.description,
    email: c.email,
    id: c.id,
    job_title: c.job_title,
    language: c.language,
    mobile: c.mobile,
    name: c.name,
    phone: c.phone,
    time_zone: c.time_zone,
    twitter_id: c.twitter_id,
    custom_fields: Object.fromEntries(store.contactFields.map((f) => [f.name, c.custom[f.name] ?? null])),
    tags: [...c.tags],
    other_emails: [...c.other_emails],
    facebook_id: null,
    created_at: c.created_at,
    updated_at: c.updated_at,
    csat_rating: null,
    preferred_source: 'email',
    avatar: null,
  };
}

export function getContact(ctx: Ctx) {
  const c = ctx.store.contacts.get(ctx.id);
  return c ? ok(renderContact(ctx.store, c)) : notFound();
}

function contactErrors(ctx: Ctx, c: ContactRecord): FieldError[] {
  const b = ctx.body;
  const unknown = [
    ...Object.keys(b).filter((k) => !CONTACT_FIELDS.includes(k)).map((field) => ({ field, message: msg.invalidField, code: 'invalid_field' })),
    ...(isPlainObject(b.custom_fields) ? unknownCustomKeys(b.custom_fields, ctx.store.contactFields) : []),
  ];
  if (unknown.length) return unknown;

  const errors: FieldError[] = [];
  for (const k of STRINGS) {
    // Optional strings may be cleared with null; the name may not.
    const bad = k in b && typeof b[k] !== 'string' && (b[k] !== null || k === 'name');
    if (bad) errors.push({ field: k, message: msg.shouldBe('String'), code: 'datatype_mismatch' });
  }
  if (typeof b.name === 'string' && b.name.trim() === '') {
    errors.push({ field: 'name', message: 'It should not be blank', code: 'invalid_value' });
  }
  if (typeof b.email === 'string' && !EMAIL.test(b.email)) {
    errors.push({ field: 'email', message: "It should be in the 'valid email address' format", code: 'invalid_value' });
  }
  for (const k of ['view_all_tickets', 'active']) {
    if (k in b && typeof b[k] !== 'boolean') errors.push({ field: k, message: msg.shouldBe('Boolean'), code: 'datatype_mismatch' });
  }
  if ('company_id' in b && b.company_id !== null && !isPositiveInt(b.company_id)) {
    errors.push({ field: 'company_id', message: msg.shouldBe('Positive Integer'), code: 'datatype_mismatch' });
  }
  if ('other_emails' in b && !(Array.isArray(b.other_emails) && b.other_emails.every((e) => typeof e === 'string'))) {
    errors.push({ field: 'other_emails', message: msg.shouldBe('Array'), code: 'datatype_mismatch' });
  }
  if ('tags' in b) errors.push(...tagErrors(b.tags));
  if ('custom_fields' in b && !isPlainObject(b.custom_fields)) {
    errors.push({ field: 'custom_fields', message: msg.shouldBe('key/value pair'), code: 'datatype_mismatch' });
  }
  if (errors.length) return errors;

  if (typeof b.company_id === 'number' && !(ctx.store.account.companies ?? []).some((x) => x.id === b.company_id)) {
    errors.push({ field: 'company_id', message: msg.noRecord('company', 'company_id'), code: 'invalid_value' });
  }
  if (typeof b.email === 'string') {
    const email = b.email.toLowerCase();
    const taken = [...ctx.store.contacts.values()].some(
      (o) => o.id !== c.id && (o.email?.toLowerCase() === email || o.other_emails.some((e) => e.toLowerCase() === email)),
    );
    if (taken) errors.push({ field: 'email', message: 'It should be a unique value', code: 'duplicate_value' });
  }
  if (isPlainObject(b.custom_fields)) errors.push(...customValueErrors(b.custom_fields, ctx.store.contactFields));
  return errors;
}

export function updateContact(ctx: Ctx) {
  const c = ctx.store.contacts.get(ctx.id);
  if (!c) return notFound();
  const errors = contactErrors(ctx, c);
  if (errors.length) return validationFailed(errors);
  const b = ctx.body;
  const record = c as unknown as Record<string, unknown>;
  for (const k of APPLIED) if (k in b) record[k] = b[k];
  if (Array.isArray(b.tags)) c.tags = sanitizeTags(b.tags as string[]);
  if (isPlainObject(b.custom_fields)) c.custom = { ...c.custom, ...b.custom_fields };
  c.updated_at = ctx.store.now();
  return ok(renderContact(ctx.store, c));
}
