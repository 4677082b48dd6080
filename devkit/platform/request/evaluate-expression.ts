import { TemplateSubstitutionError, type Expr, type Root } from './template-expression';

/**
 * What a template can read: `iparam` and `context` (docs/platform.md "Request templates: substitution"). `encode`
 * is part of the grammar, not of the scope.
 */
export type Scope = Readonly<Record<Root, unknown>>;

/**
 * Reads one property the way lodash's `with (obj) { … }` code would, except that only own properties are visible,
 * so `constructor`, `__proto__` and friends read as undefined instead of leaking functions into a URL.
 * Like JavaScript, reading a property of undefined/null is an error (lodash: TypeError → 400).
 */
function member(target: unknown, key: string | number, src: Expr): unknown {
  if (target === undefined || target === null) {
    throw new TemplateSubstitutionError(`cannot read '${String(key)}' of ${String(target)} (${describe(src)})`);
  }
  const box: object = Object(target);
  return Object.hasOwn(box, key) ? (box as Record<string | number, unknown>)[key] : undefined;
}

/** JavaScript's `+`: string concatenation if either side is (or converts to) a string, else numeric addition. */
function plus(a: unknown, b: unknown): string | number {
  const pa = typeof a === 'object' && a !== null ? String(a) : a;
  const pb = typeof b === 'object' && b !== null ? String(b) : b;
  if (typeof pa === 'string' || typeof pb === 'string') return String(pa) + String(pb);
  return Number(pa) + Number(pb);
}

/**
 * FDK 6.9: `encode(data) = new Buffer(data).toString('base64')`. For a string that is base64 of its UTF-8 bytes.
 * For anything else `new Buffer` either throws (undefined) or does something useless (a number allocates that
 * many zero bytes), so we refuse non-strings: a missing iparam then fails loudly instead of sending garbage.
 */
function encode(value: unknown, src: Expr): string {
  if (typeof value !== 'string') {
    throw new TemplateSubstitutionError(`encode() needs a string, got ${value === null ? 'null' : typeof value} (${describe(src)})`);
  }
  return Buffer.from(value, 'utf8').toString('base64');
}

export function evaluate(expr: Expr, scope: Scope): unknown {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'ref':
      return expr.path.reduce<unknown>((value, key) => member(value, key, expr), scope[expr.root]);
    case 'plus':
      return plus(evaluate(expr.left, scope), evaluate(expr.right, scope));
    case 'encode':
      return encode(evaluate(expr.arg, scope), expr.arg);
  }
}

/** Every value a template reads, as `root` plus its first key (undefined when the whole object is used). */
export interface Reference {
  root: Root;
  key: string | number | undefined;
}

export function references(expr: Expr): Reference[] {
  switch (expr.kind) {
    case 'literal':
      return [];
    case 'ref':
      return [{ root: expr.root, key: expr.path[0] }];
    case 'plus':
      return [...references(expr.left), ...references(expr.right)];
    case 'encode':
      return references(expr.arg);
  }
}

/** A short human form of an expression for error messages. */
export function describe(expr: Expr): string {
  switch (expr.kind) {
    case 'literal':
      return JSON.stringify(expr.value);
    case 'ref':
      return expr.root + expr.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
    case 'plus':
      return `${describe(expr.left)} + ${describe(expr.right)}`;
    case 'encode':
      return `encode(${describe(expr.arg)})`;
  }
}
