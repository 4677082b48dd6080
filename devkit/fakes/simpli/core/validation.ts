/**
 * A small pydantic-2 look-alike: validators that coerce like pydantic's lax mode and report errors with
 * pydantic's `loc` and message, so the fakes' 422 bodies read like the real services' (docs/simpli.md
 * "Error responses"). Messages verified against pydantic 2.13.5.
 */
import { codePointLength } from '../python/str';

export type Loc = ReadonlyArray<string | number>;

export interface FieldError {
  loc: Loc;
  msg: string;
}

/** Thrown by a route when its input is invalid: the service answers 422 VALIDATION_ERROR. */
export class RequestValidationError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.loc.join(' -> ')}: ${e.msg}`).join('; '));
  }
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };
export type Validator<T> = (input: unknown, loc: Loc) => Validated<T>;

export const ok = <T>(value: T): Validated<T> => ({ ok: true, value });
export const fail = <T>(loc: Loc, msg: string): Validated<T> => ({ ok: false, errors: [{ loc, msg }] });

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface StrRules {
  minLength?: number;
  maxLength?: number;
  /** Python regex source, quoted verbatim in the message; `regex` is its JS equivalent. */
  pattern?: { source: string; regex: RegExp };
}

/** A lone surrogate (JSON "\ud800"): Python keeps it in a str, pydantic-core cannot read it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A str field: no coercion from numbers (pydantic 2); length in code points; length before pattern. */
export function str(rules: StrRules = {}): Validator<string> {
  return (input, loc) => {
    if (typeof input !== 'string') return fail(loc, 'Input should be a valid string');
    if (LONE_SURROGATE.test(input)) return fail(loc, 'Input should be a valid string, unable to parse raw data as a unicode string');
    const len = rules.minLength !== undefined || rules.maxLength !== undefined ? codePointLength(input) : 0;
    if (rules.minLength !== undefined && len < rules.minLength) {
      return fail(loc, `String should have at least ${plural(rules.minLength, 'character')}`);
    }
    if (rules.maxLength !== undefined && len > rules.maxLength) {
      return fail(loc, `String should have at most ${plural(rules.maxLength, 'character')}`);
    }
    if (rules.pattern && !rules.pattern.regex.test(input)) {
      return fail(loc, `String should match pattern '${rules.pattern.source}'`);
    }
    return ok(input);
  };
}

/** A str Enum: any other value (of any type) fails with "Input should be 'a', 'b' or 'c'". */
export function oneOf<T extends string>(values: readonly T[]): Validator<T> {
  const quoted = values.map((v) => `'${v}'`);
  const expected = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : (quoted[0] ?? '');
  return (input, loc) =>
    typeof input === 'string' && (values as readonly string[]).includes(input)
      ? ok(input as T)
      : fail(loc, `Input should be ${expected}`);
}

export interface NumberRules {
  ge?: number;
  le?: number;
}

function bounds(value: number, rules: NumberRules, loc: Loc): Validated<number> {
  if (rules.ge !== undefined && !(value >= rules.ge)) return fail(loc, `Input should be greater than or equal to ${rules.ge}`);
  if (rules.le !== undefined && !(value <= rules.le)) return fail(loc, `Input should be less than or equal to ${rules.le}`);
  return ok(value);
}

/** An int field in lax mode: 5, 5.0, true, "5", " 5 ", "+5", "5.0", "1_000" pass; 5.5 and "5.5" do not. */
export function int(rules: NumberRules = {}): Validator<number> {
  return (input, loc) => {
    if (typeof input === 'boolean') return bounds(input ? 1 : 0, rules, loc);
    if (typeof input === 'number') {
      if (!Number.isFinite(input)) return fail(loc, 'Input should be a finite number');
      if (!Number.isInteger(input)) return fail(loc, 'Input should be a valid integer, got a number with a fractional part');
      return bounds(input, rules, loc);
    }
    if (typeof input === 'string') {
      const m = /^([+-]?\d+(?:_\d+)*)(?:\.0+)?$/.exec(input.trim());
      if (!m) return fail(loc, 'Input should be a valid integer, unable to parse string as an integer');
      return bounds(Number((m[1] as string).replaceAll('_', '')), rules, loc);
    }
    return fail(loc, 'Input should be a valid integer');
  };
}

const TRUE_WORDS = new Set(['1', 'on', 't', 'true', 'y', 'yes']);
const FALSE_WORDS = new Set(['0', 'off', 'f', 'false', 'n', 'no']);

/** A bool field in lax mode: true/false, 0/1, and the words pydantic accepts ("yes", "off", …). */
export function bool(): Validator<boolean> {
  return (input, loc) => {
    if (typeof input === 'boolean') return ok(input);
    if (typeof input === 'number' || typeof input === 'string') {
      const word = String(input).trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return ok(true);
      if (FALSE_WORDS.has(word)) return ok(false);
      return fail(loc, 'Input should be a valid boolean, unable to interpret input');
    }
    return fail(loc, 'Input should be a valid boolean');
  };
}

/** A list field; `minLength` counts items after validation, as pydantic's message says. */
export function list<T>(item: Validator<T>, rules: { minLength?: number; maxLength?: number } = {}): Validator<T[]> {
  return (input, loc) => {
    if (!Array.isArray(input)) return fail(loc, 'Input should be a valid list');
    const errors: FieldError[] = [];
    const values: T[] = [];
    input.forEach((v, i) => {
      const r = item(v, [...loc, i]);
      if (r.ok) values.push(r.value);
      else errors.push(...r.errors);
    });
    if (errors.length > 0) return { ok: false, errors };
    if (rules.minLength !== undefined && values.length < rules.minLength) {
      return fail(loc, `List should have at least ${plural(rules.minLength, 'item')} after validation, not ${values.length}`);
    }
    if (rules.maxLength !== undefined && values.length > rules.maxLength) {
      return fail(loc, `List should have at most ${plural(rules.maxLength, 'item')} after validation, not ${values.length}`);
    }
    return ok(values);
  };
}

/** A `dict` field (any JSON object). */
export function dict(): Validator<Record<string, unknown>> {
  return (input, loc) => (isPlainObject(input) ? ok(input) : fail(loc, 'Input should be a valid dictionary'));
}

/** `T | None`: null passes as null. */
export function nullable<T>(inner: Validator<T>): Validator<T | null> {
  return (input, loc) => (input === null ? ok(null) : inner(input, loc));
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface FieldSpec<T> {
  validate: Validator<T>;
  /** Absent ⇒ the field is required ("Field required"). */
  default?: () => T;
}

export const required = <T>(validate: Validator<T>): FieldSpec<T> => ({ validate });
export const optional = <T>(validate: Validator<T>, fallback: T): FieldSpec<T> => ({
  validate,
  default: () => structuredClone(fallback),
});

type Shape = Record<string, FieldSpec<unknown>>;
export type ModelOf<S extends Shape> = { [K in keyof S]: S[K] extends FieldSpec<infer T> ? T : never };

/**
 * A BaseModel: fields validated in declaration order, every error reported, unknown keys ignored (pydantic's
 * default, and Sentiment's AnalyzeRequest). `name` appears in the nested-model message, as pydantic's does.
 */
export function model<S extends Shape>(name: string, shape: S, opts: { fromAttributes?: boolean } = {}): Validator<ModelOf<S>> {
  return (input, loc) => {
    if (!isPlainObject(input)) {
      // FastAPI validates request bodies with from_attributes, hence the other wording at `body`.
      return fail(
        loc,
        opts.fromAttributes
          ? 'Input should be a valid dictionary or object to extract fields from'
          : `Input should be a valid dictionary or instance of ${name}`,
      );
    }
    const out: Record<string, unknown> = {};
    const errors: FieldError[] = [];
    for (const [key, spec] of Object.entries(shape)) {
      if (!Object.hasOwn(input, key)) {
        if (spec.default) out[key] = spec.default();
        else errors.push({ loc: [...loc, key], msg: 'Field required' });
        continue;
      }
      const r = spec.validate(input[key], [...loc, key]);
      if (r.ok) out[key] = r.value;
      else errors.push(...r.errors);
    }
    return errors.length > 0 ? { ok: false, errors } : ok(out as ModelOf<S>);
  };
}

/** Runs a validator and throws RequestValidationError (⇒ 422) when it fails. */
export function check<T>(validator: Validator<T>, input: unknown, loc: Loc): T {
  const r = validator(input, loc);
  if (!r.ok) throw new RequestValidationError(r.errors);
  return r.value;
}
