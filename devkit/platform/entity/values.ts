/**
 * A record's `data` against its entity's fields (the types and limits of entity_storage_doc.md, limits.ts).
 * Strictest readings where the docs are silent (docs/platform.md, "Entity store"):
 * - no key outside the entity's fields; a section's own name is not a data key (its fields are);
 * - `null` clears an optional field and never satisfies a required one; update needs every required field too
 *   (the docs: "All required attributes (per entities.json) must be included");
 * - lengths count UTF-16 code units (an emoji is 2 of the 64); an integer has at most 15 digits; a float is a
 *   finite number of at most 15 significant digits written without an exponent;
 * - datetime is an ISO-8601 date and time with seconds and a zone (`Z` or ±hh:mm); date is a real YYYY-MM-DD day;
 * - an enum holds one of its choices' values (the text, not the id); text is compared case-sensitively.
 */
import { isPlainObject } from '../json';
import { MAX_NUMBER_DIGITS, MAX_PARAGRAPH_LENGTH, MAX_TEXT_LENGTH } from './limits';
import type { EntityDef, FieldDef } from './schema';

export interface FieldError {
  name: string;
  message: string;
}

const DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function realDay(y: string, m: string, d: string): boolean {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

function digits(n: number): number | undefined {
  const text = String(Math.abs(n));
  if (/e/i.test(text)) return undefined;
  return text.replace('.', '').replace(/^0+/, '').length;
}

/** Why `value` does not fit `field`, or undefined when it does (null is handled by the caller). */
export function valueProblem(field: FieldDef, value: unknown): string | undefined {
  switch (field.type) {
    case 'text':
    case 'paragraph': {
      const max = field.type === 'text' ? MAX_TEXT_LENGTH : MAX_PARAGRAPH_LENGTH;
      if (typeof value !== 'string') return `${field.name} should be of type string`;
      return value.length > max ? `${field.name} can have at most ${max} characters; it has ${value.length}` : undefined;
    }
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && (digits(value) ?? Infinity) <= MAX_NUMBER_DIGITS
        ? undefined
        : `${field.name} should be an integer of at most ${MAX_NUMBER_DIGITS} digits`;
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) && (digits(value) ?? Infinity) <= MAX_NUMBER_DIGITS
        ? undefined
        : `${field.name} should be a number of at most ${MAX_NUMBER_DIGITS} digits`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `${field.name} should be of type boolean`;
    case 'datetime': {
      const m = typeof value === 'string' ? DATETIME.exec(value) : null;
      const ok = m !== null && realDay(m[1] as string, m[2] as string, m[3] as string) && !Number.isNaN(Date.parse(value as string));
      return ok ? undefined : `${field.name} should be an ISO-8601 date and time with a zone, e.g. 2026-11-25T09:00:00Z`;
    }
    case 'date': {
      const m = typeof value === 'string' ? DATE.exec(value) : null;
      return m !== null && realDay(m[1] as string, m[2] as string, m[3] as string) ? undefined : `${field.name} should be a date in the YYYY-MM-DD format`;
    }
    case 'enum': {
      const values = (field.choices ?? []).map((c) => c.value);
      return typeof value === 'string' && values.includes(value) ? undefined : `${field.name} should be one of: ${values.join(', ')}`;
    }
    case 'section':
      return `${field.name} is a section, not a field that holds a value`;
  }
}

/** The problems of `data` for a create or an update of `entity`; empty when it may be stored. */
export function dataProblems(entity: EntityDef, data: unknown): FieldError[] {
  if (!isPlainObject(data) || Object.keys(data).length === 0) {
    return [{ name: 'data', message: 'The record data should be a non-empty JSON object' }];
  }
  const errors: FieldError[] = [];
  for (const [name, value] of Object.entries(data)) {
    const field = entity.dataFields.get(name);
    if (!field) {
      errors.push({ name, message: `${name} is not a field of the entity ${entity.name}` });
      continue;
    }
    if (value === null) continue;
    const problem = valueProblem(field, value);
    if (problem) errors.push({ name, message: problem });
  }
  for (const field of entity.dataFields.values()) {
    if (field.required && (data[field.name] === undefined || data[field.name] === null)) {
      errors.push({ name: field.name, message: `${field.name} is required` });
    }
  }
  return errors;
}
