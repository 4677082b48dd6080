/**
 * getAll's `query` and `next.marker`. Documented (entity_storage_doc.md): only fields marked `filterable` can be
 * queried; a condition is `{ <field>: <value> }`; `$and` / `$or` take an array of such conditions; the next page
 * is asked for with `next: { marker }` from the previous answer's `links.next.marker`.
 * Strictest readings where the docs are silent (docs/platform.md, "Entity store"):
 * - equality only, on a value valid for the field's type (no null, no operators such as $gt, no case folding);
 * - a query holds exactly one key: one condition, or one `$and` / `$or` of 1..MAX_QUERY_TERMS single-field
 *   conditions; no nesting, no implicit AND of several keys;
 * - a marker is opaque and only valid with the query it was issued for.
 */
import { createHash } from 'node:crypto';
import { isPlainObject } from '../json';
import { MAX_QUERY_TERMS } from './limits';
import type { EntityDef } from './schema';
import { type FieldError, valueProblem } from './values';

export interface Condition {
  field: string;
  value: unknown;
}

export interface Query {
  /** 'all' when there is no query. */
  kind: 'all' | 'and' | 'or';
  conditions: Condition[];
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

function condition(entity: EntityDef, raw: unknown, at: string): Parsed<Condition> {
  const fail = (message: string): Parsed<Condition> => ({ ok: false, errors: [{ name: at, message }] });
  if (!isPlainObject(raw) || Object.keys(raw).length !== 1) return fail('A condition is an object with exactly one field: { <field>: <value> }');
  const [name, value] = Object.entries(raw)[0] as [string, unknown];
  if (name === '$and' || name === '$or') return fail(`${name} cannot be nested`);
  if (name.startsWith('$')) return fail(`Unknown operator ${name}; use $and or $or`);
  const field = entity.dataFields.get(name);
  if (!field) return fail(`${name} is not a field of the entity ${entity.name}`);
  if (!field.filterable) return fail(`${name} is not filterable`);
  if (value === null || isPlainObject(value) || Array.isArray(value)) return fail(`${name}: only equality with a value is supported`);
  const problem = valueProblem(field, value);
  return problem ? fail(problem) : { ok: true, value: { field: name, value } };
}

export function parseQuery(entity: EntityDef, raw: unknown): Parsed<Query> {
  if (raw === undefined) return { ok: true, value: { kind: 'all', conditions: [] } };
  const fail = (message: string): Parsed<Query> => ({ ok: false, errors: [{ name: 'query', message }] });
  if (!isPlainObject(raw) || Object.keys(raw).length !== 1) {
    return fail('A query holds exactly one condition, or one $and / $or of conditions');
  }
  const [key, value] = Object.entries(raw)[0] as [string, unknown];
  if (key !== '$and' && key !== '$or') {
    const one = condition(entity, raw, 'query');
    return one.ok ? { ok: true, value: { kind: 'and', conditions: [one.value] } } : one;
  }
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_QUERY_TERMS) {
    return fail(`${key} takes an array of 1 to ${MAX_QUERY_TERMS} conditions`);
  }
  const conditions: Condition[] = [];
  for (const [i, item] of value.entries()) {
    const one = condition(entity, item, `query.${key}[${i}]`);
    if (!one.ok) return one;
    conditions.push(one.value);
  }
  return { ok: true, value: { kind: key === '$and' ? 'and' : 'or', conditions } };
}

export function matches(query: Query, data: Record<string, unknown>): boolean {
  const hit = (c: Condition) => data[c.field] === c.value;
  if (query.kind === 'all') return true;
  return query.kind === 'and' ? query.conditions.every(hit) : query.conditions.some(hit);
}

/** Identifies a query (and its entity) inside a marker, so a marker cannot continue another listing. */
export function fingerprint(entity: string, query: Query): string {
  return createHash('sha256').update(JSON.stringify([entity, query])).digest('base64url').slice(0, 16);
}

interface MarkerBody {
  after: string;
  query: string;
}

export function encodeMarker(body: MarkerBody): string {
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

export function decodeMarker(marker: unknown, expectedQuery: string): Parsed<string> {
  const fail = (message: string): Parsed<string> => ({ ok: false, errors: [{ name: 'next.marker', message }] });
  if (typeof marker !== 'string' || marker === '') return fail('The marker should be the string links.next.marker answered');
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(marker, 'base64url').toString('utf8'));
  } catch {
    return fail('Invalid marker');
  }
  if (!isPlainObject(body) || typeof body.after !== 'string' || typeof body.query !== 'string') return fail('Invalid marker');
  if (body.query !== expectedQuery) return fail('The marker belongs to another query');
  return { ok: true, value: body.after };
}
