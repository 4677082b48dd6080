/**
 * Custom-field values, shared by tickets (keys cf_*) and contacts (keys without cf_) (docs/freshdesk.md
 * "Updating a ticket", "Contacts"). An unknown key is `invalid_field` with the raw key as field; a bad value
 * is reported on `custom_fields.<name>`. null clears a field. Dropdown values must match a choice exactly: only `type`
 * is documented as case-insensitive, so the fake takes the stricter reading.
 */
import type { CustomFieldDef } from './records';
import { type FieldError, msg } from './responses';

export function unknownCustomKeys(values: Record<string, unknown>, defs: readonly CustomFieldDef[]): FieldError[] {
  return Object.keys(values)
    .filter((k) => !defs.some((d) => d.name === k))
    .map((field) => ({ field, message: msg.invalidField, code: 'invalid_field' }));
}

export function customValueErrors(values: Record<string, unknown>, defs: readonly CustomFieldDef[]): FieldError[] {
  const errors: FieldError[] = [];
  for (const [name, value] of Object.entries(values)) {
    const def = defs.find((d) => d.name === name);
    const problem = def && value !== null ? valueProblem(def, value) : undefined;
    if (problem) errors.push({ field: `custom_fields.${name}`, ...problem });
  }
  return errors;
}

/** What `missing_field` says for an empty required field: what a valid value would look like. */
export function expectedMessage(def: CustomFieldDef): string {
  switch (def.type) {
    case 'custom_dropdown':
      return msg.oneOf(def.choices.map((c) => c.value));
    case 'custom_number':
      return msg.shouldBe('Integer');
    case 'custom_decimal':
      return msg.shouldBe('Number');
    case 'custom_checkbox':
      return msg.shouldBe('Boolean');
    case 'custom_date':
      return "It should be in the 'yyyy-mm-dd' format";
    case 'custom_date_time':
      return "It should be in the 'valid date time' format";
    default:
      return msg.shouldBe('String');
  }
}

function valueProblem(def: CustomFieldDef, v: unknown): { message: string; code: string } | undefined {
  const mismatch = (): { message: string; code: string } => ({ message: expectedMessage(def), code: 'datatype_mismatch' });
  switch (def.type) {
    case 'custom_dropdown': {
      const values = def.choices.map((c) => c.value);
      if (typeof v !== 'string') return { message: msg.typeOneOf(v, values), code: 'datatype_mismatch' };
      return values.includes(v) ? undefined : { message: msg.oneOf(values), code: 'invalid_value' };
    }
    case 'custom_number':
      return typeof v === 'number' && Number.isInteger(v) ? undefined : mismatch();
    case 'custom_decimal':
      return typeof v === 'number' ? undefined : mismatch();
    case 'custom_checkbox':
      return typeof v === 'boolean' ? undefined : mismatch();
    case 'custom_date':
      return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))
        ? undefined
        : { message: expectedMessage(def), code: 'invalid_value' };
    case 'custom_date_time':
      return typeof v === 'string' && !Number.isNaN(Date.parse(v))
        ? undefined
        : { message: expectedMessage(def), code: 'invalid_value' };
    case 'custom_url':
      if (typeof v !== 'string') return mismatch();
      return URL.canParse(v) ? undefined : { message: "It should be in the 'valid URL' format", code: 'invalid_value' };
    case 'custom_text':
    case 'custom_phone_number':
      if (typeof v !== 'string') return mismatch();
      return v.length > 255 ? { message: msg.tooLong(v.length, 255), code: 'invalid_value' } : undefined;
    case 'custom_paragraph':
      return typeof v === 'string' ? undefined : mismatch();
  }
}

/** Empty for "required" purposes: unset, null, blank text. (An unticked checkbox counts as set.) */
export function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}
