/**
 * JSON exactly as a Simpli (FastAPI) service writes it: json.dumps(..., ensure_ascii=False,
 * separators=(",", ":")) — compact, non-ASCII kept, floats in Python repr (docs/simpli.md "Wire format").
 *
 * JavaScript has one number type, so a value that is a float in Python but integral in JS (1.0, 0.0, -0.0)
 * must be marked with pyFloat(); any non-integral number is a float anyway. Integral numbers are ints.
 */
import { pythonFloatRepr } from './float-repr';

export class PyFloat {
  constructor(readonly value: number) {}

  /** So JSON.stringify (e.g. GET /__control/state) still sees a plain number. */
  toJSON(): number {
    return this.value;
  }
}

/** Marks a number as a Python float, so 1 is written "1.0" and -0 "-0.0". */
export function pyFloat(value: number): PyFloat {
  return new PyFloat(value);
}

export function renderPythonJson(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof PyFloat) return pythonFloatRepr(value.value);
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return Number.isInteger(value) && !Object.is(value, -0) ? BigInt(value).toString() : pythonFloatRepr(value);
    case 'bigint':
      return value.toString();
    case 'string':
      // Python escapes exactly what JSON.stringify escapes: " \ and U+0000–U+001F (lower-case \u00xx).
      return JSON.stringify(value);
    case 'object':
      return Array.isArray(value) ? renderArray(value) : renderObject(value as object);
    default:
      throw new TypeError(`Object of type ${typeof value} is not JSON serializable`);
  }
}

function renderArray(items: readonly unknown[]): string {
  return `[${items.map(renderPythonJson).join(',')}]`;
}

/** Key order is insertion order; a Map keeps integer-like keys in place where a plain object would not. */
function renderObject(obj: object): string {
  const entries = obj instanceof Map ? [...(obj as Map<unknown, unknown>).entries()] : Object.entries(obj);
  const parts = entries
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${JSON.stringify(String(k))}:${renderPythonJson(v)}`);
  return `{${parts.join(',')}}`;
}
