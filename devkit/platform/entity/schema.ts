/**
 * config/entities.json → entity definitions, or the list of what is wrong with it. Pure: the local platform
 * refuses to start an app whose file has problems (as `fdk run` asks to fix schema errors first), and
 * `npm run validate` reports the same problems (devkit/fdk/checks/entities.ts).
 *
 * The format (https://github.com/freshworks-developers/marketplace/blob/main/skills/app-dev/references/architecture/entity_storage_doc.md):
 * `{ "<entity>": { "fields": [ { name, label, type, filterable?, required?, choices? (enum), fields? (section) } ] } }`;
 * names are alphanumeric with underscores and start with a letter; types text, paragraph, integer, float,
 * datetime, boolean, date, enum (with `choices: [{ id, value }]`), section (grouping `fields`, never required).
 * Strictest readings where the docs are silent (docs/platform.md, "Entity store"): every field object counts
 * towards the 20, sections and fields inside sections included; names are unique across an entity, sections
 * included; no other keys; sections and paragraphs are not filterable; at least one entity and one field.
 */
import { isPlainObject } from '../json';
import { MAX_ENTITIES, MAX_FIELDS_PER_ENTITY } from './limits';

export const FIELD_TYPES = ['text', 'paragraph', 'integer', 'float', 'datetime', 'boolean', 'date', 'enum', 'section'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldDef {
  name: string;
  label: string;
  type: FieldType;
  filterable: boolean;
  required: boolean;
  /** enum only. */
  choices?: { id: number; value: string }[];
  /** section only. */
  fields?: FieldDef[];
}

export interface EntityDef {
  name: string;
  /** As declared (sections keep their fields). */
  fields: FieldDef[];
  /** The fields a record's `data` holds: every non-section field at any depth, by name. */
  dataFields: ReadonlyMap<string, FieldDef>;
}

export interface ParsedEntities {
  entities: EntityDef[];
  problems: string[];
}

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const FIELD_KEYS = ['name', 'label', 'type', 'filterable', 'required', 'choices', 'fields'];

export function parseEntities(json: unknown): ParsedEntities {
  if (!isPlainObject(json)) return { entities: [], problems: ['config/entities.json must be an object of entity name → definition'] };
  const names = Object.keys(json);
  const problems: string[] = [];
  if (names.length === 0) problems.push('Define at least one entity');
  if (names.length > MAX_ENTITIES) problems.push(`An app can define at most ${MAX_ENTITIES} entities; found ${names.length}`);
  const entities: EntityDef[] = [];
  for (const name of names) {
    const own: string[] = [];
    const def = parseEntity(name, json[name], own);
    problems.push(...own);
    if (def && own.length === 0) entities.push(def);
  }
  return { entities: problems.length === 0 ? entities : [], problems };
}

function parseEntity(name: string, raw: unknown, problems: string[]): EntityDef | undefined {
  const at = `Entity '${name}'`;
  if (!NAME.test(name)) problems.push(`${at}: the name must start with a letter and hold only letters, digits and underscores`);
  if (!isPlainObject(raw)) {
    problems.push(`${at}: the definition must be an object with a "fields" array`);
    return undefined;
  }
  const extra = Object.keys(raw).filter((k) => k !== 'fields');
  if (extra.length) problems.push(`${at}: unknown key(s) ${extra.join(', ')}`);
  if (!Array.isArray(raw.fields) || raw.fields.length === 0) {
    problems.push(`${at}: "fields" must be a non-empty array`);
    return undefined;
  }
  const all: FieldDef[] = [];
  const fields = parseFields(at, raw.fields, problems, all);
  if (all.length > MAX_FIELDS_PER_ENTITY) problems.push(`${at}: at most ${MAX_FIELDS_PER_ENTITY} fields (sections and their fields count); found ${all.length}`);
  const seen = new Set<string>();
  for (const f of all) {
    if (seen.has(f.name)) problems.push(`${at}: the field name '${f.name}' is used more than once`);
    seen.add(f.name);
  }
  const dataFields = new Map(all.filter((f) => f.type !== 'section').map((f) => [f.name, f]));
  return { name, fields, dataFields };
}

function parseFields(at: string, raw: unknown[], problems: string[], all: FieldDef[]): FieldDef[] {
  const out: FieldDef[] = [];
  raw.forEach((item, i) => {
    const field = parseField(`${at}, field ${isPlainObject(item) && typeof item.name === 'string' ? `'${item.name}'` : `#${i + 1}`}`, item, problems, all);
    if (field) out.push(field);
  });
  return out;
}

function parseField(at: string, raw: unknown, problems: string[], all: FieldDef[]): FieldDef | undefined {
  if (!isPlainObject(raw)) {
    problems.push(`${at}: must be an object`);
    return undefined;
  }
  const start = problems.length;
  const extra = Object.keys(raw).filter((k) => !FIELD_KEYS.includes(k));
  if (extra.length) problems.push(`${at}: unknown key(s) ${extra.join(', ')}`);
  const { name, label, type } = raw;
  if (typeof name !== 'string' || !NAME.test(name)) problems.push(`${at}: "name" must start with a letter and hold only letters, digits and underscores`);
  if (typeof label !== 'string' || label.trim() === '') problems.push(`${at}: "label" must be a non-empty string`);
  if (typeof type !== 'string' || !(FIELD_TYPES as readonly string[]).includes(type)) {
    problems.push(`${at}: "type" must be one of ${FIELD_TYPES.join(', ')}`);
  }
  for (const flag of ['filterable', 'required'] as const) {
    if (flag in raw && typeof raw[flag] !== 'boolean') problems.push(`${at}: "${flag}" must be true or false`);
  }
  if (type === 'section') {
    if (raw.required === true) problems.push(`${at}: a section cannot be required`);
    if (raw.filterable === true) problems.push(`${at}: a section cannot be filterable`);
  }
  if (type === 'paragraph' && raw.filterable === true) problems.push(`${at}: a paragraph cannot be filterable`);
  if (type === 'enum') checkChoices(at, raw.choices, problems);
  else if ('choices' in raw) problems.push(`${at}: "choices" belongs to enum fields only`);
  if (type !== 'section' && 'fields' in raw) problems.push(`${at}: "fields" belongs to section fields only`);

  const field: FieldDef = {
    name: String(name),
    label: String(label),
    type: type as FieldType,
    filterable: raw.filterable === true,
    required: raw.required === true,
  };
  all.push(field);
  if (type === 'enum' && Array.isArray(raw.choices)) field.choices = raw.choices as { id: number; value: string }[];
  if (type === 'section') {
    if (!Array.isArray(raw.fields) || raw.fields.length === 0) problems.push(`${at}: a section needs a non-empty "fields" array`);
    else field.fields = parseFields(at, raw.fields, problems, all);
  }
  return problems.length === start ? field : undefined;
}

function checkChoices(at: string, choices: unknown, problems: string[]): void {
  if (!Array.isArray(choices) || choices.length === 0) {
    problems.push(`${at}: an enum needs a non-empty "choices" array`);
    return;
  }
  const ids = new Set<number>();
  const values = new Set<string>();
  for (const c of choices) {
    const ok =
      isPlainObject(c) &&
      Object.keys(c).every((k) => k === 'id' || k === 'value') &&
      typeof c.id === 'number' && Number.isInteger(c.id) && c.id > 0 &&
      typeof c.value === 'string' && c.value.trim() !== '';
    if (!ok) {
      problems.push(`${at}: every choice must be { "id": <positive integer>, "value": "<non-empty text>" }`);
      return;
    }
    if (ids.has(c.id as number) || values.has(c.value as string)) {
      problems.push(`${at}: choice ids and values must be unique`);
      return;
    }
    ids.add(c.id as number);
    values.add(c.value as string);
  }
}
