/**
 * What creating a custom field (ticket docs/freshdesk.md "Creating ticket fields", contact docs/freshdesk.md
 * "Contact fields") shares: the body's validation and name generation. The docs give no message texts for the choice
 * rules; the fake's are its own, while the codes follow docs/freshdesk.md "Validation errors" (missing_field,
 * invalid_value, datatype_mismatch, duplicate_value).
 */
import { type FieldError, isPositiveInt, msg } from './responses';
import { isPlainObject, snakeName } from './text';

export interface FieldCreateRules {
  allowedKeys: readonly string[];
  types: readonly string[];
  booleans: readonly string[];
  /** "Ticket" or "Contact", for the duplicate-label message. */
  noun: string;
  /** Labels already used, any case. */
  existingLabels: readonly string[];
  /**
   * The "shown to customers" flag, which customers_can_edit / required_for_customers need true (docs/freshdesk.md
   * "Creating ticket fields").
   */
  displayedKey: string;
}

export function fieldCreateErrors(b: Record<string, unknown>, rules: FieldCreateRules): FieldError[] {
  const unknown = Object.keys(b)
    .filter((k) => !rules.allowedKeys.includes(k))
    .map((field) => ({ field, message: msg.invalidField, code: 'invalid_field' }));
  if (unknown.length) return unknown;

  const errors: FieldError[] = [];
  for (const k of ['label', 'label_for_customers']) {
    const v = b[k];
    if (!(k in b)) errors.push({ field: k, message: msg.shouldBe('String'), code: 'missing_field' });
    else if (typeof v !== 'string') errors.push({ field: k, message: msg.shouldBe('String'), code: 'datatype_mismatch' });
    else if (v.trim() === '') errors.push({ field: k, message: 'It should not be blank', code: 'invalid_value' });
    else if (v.length > 255) errors.push({ field: k, message: msg.tooLong(v.length, 255), code: 'invalid_value' });
  }
  if (!('type' in b)) errors.push({ field: 'type', message: msg.oneOf(rules.types), code: 'missing_field' });
  else if (!rules.types.includes(b.type as string)) errors.push({ field: 'type', message: msg.oneOf(rules.types), code: 'invalid_value' });
  for (const k of rules.booleans) {
    if (k in b && typeof b[k] !== 'boolean') errors.push({ field: k, message: msg.shouldBe('Boolean'), code: 'datatype_mismatch' });
  }
  if ('position' in b && !isPositiveInt(b.position)) {
    errors.push({ field: 'position', message: msg.shouldBe('Positive Integer'), code: 'datatype_mismatch' });
  }
  errors.push(...choiceErrors(b));
  if ((b.customers_can_edit === true || b.required_for_customers === true) && b[rules.displayedKey] !== true) {
    errors.push({
      field: rules.displayedKey,
      message: 'It should be true when customers_can_edit or required_for_customers is true',
      code: 'invalid_value',
    });
  }
  if (errors.length) return errors;

  const label = (b.label as string).trim().toLowerCase();
  if (rules.existingLabels.some((l) => l.trim().toLowerCase() === label)) {
    return [{ field: 'label', message: `${rules.noun} field with label ${String(b.label)} already exist`, code: 'invalid_value' }];
  }
  return [];
}

/**
 * Dropdowns need choices, each {value, position}, values unique; other types take none (docs/freshdesk.md
 * "Creating ticket fields").
 */
function choiceErrors(b: Record<string, unknown>): FieldError[] {
  const isDropdown = b.type === 'custom_dropdown';
  if (!('choices' in b)) {
    return isDropdown ? [{ field: 'choices', message: msg.shouldBe('Array'), code: 'missing_field' }] : [];
  }
  if (!isDropdown) return [{ field: 'choices', message: 'It is not allowed for this field type', code: 'invalid_value' }];
  const choices = b.choices;
  if (!Array.isArray(choices) || choices.length === 0) {
    return [{ field: 'choices', message: msg.shouldBe('Array'), code: 'datatype_mismatch' }];
  }
  const wellFormed = choices.every(
    (c) => isPlainObject(c) && typeof c.value === 'string' && c.value.trim() !== '' && isPositiveInt(c.position),
  );
  if (!wellFormed) {
    return [{ field: 'choices', message: 'Each choice should have a value (String) and a position (Positive Integer)', code: 'invalid_value' }];
  }
  const values = choices.map((c) => String((c as { value: string }).value).toLowerCase());
  if (new Set(values).size !== values.length) {
    return [{ field: 'choices', message: 'It should not contain duplicate values', code: 'duplicate_value' }];
  }
  return [];
}

/** Choice values in position order. */
export function choiceValues(b: Record<string, unknown>): string[] {
  const choices = (Array.isArray(b.choices) ? b.choices : []) as { value: string; position: number }[];
  return [...choices].sort((x, y) => x.position - y.position).map((c) => c.value);
}

/**
 * The generated name (docs/freshdesk.md "Creating ticket fields"): prefix + snake_case label; when taken, digits are
 * appended. Freshdesk's digits are random; the fake derives them from the new field's id so tests are repeatable.
 */
export function uniqueFieldName(prefix: string, label: string, taken: readonly string[], id: number): string {
  const base = `${prefix}${snakeName(label) || 'field'}`;
  let name = base;
  for (let n = id % 1_000_000; taken.includes(name); n += 1) name = `${base}${n}`;
  return name;
}
