import { evaluate, references, type Reference, type Scope } from './evaluate-expression';
import { parseExpression, TemplateSubstitutionError, type Expr } from './template-expression';

/** One schema string split into literal text and `<%= … %>` expressions. */
export type CompiledString = readonly (string | Expr)[];

/** lodash's `interpolate` delimiter (non-greedy, may span lines). */
const INTERPOLATE = /<%=([\s\S]+?)%>/g;

/**
 * lodash `_.template` with default settings would also run `<% code %>`, `<%- escaped %>` and ES `${…}` blocks.
 * We do not implement them; refusing them (400) is better than sending the text literally, which the real
 * platform would not do.
 */
const UNSUPPORTED = /<%|\$\{/;

export function compileString(text: string): CompiledString {
  const parts: (string | Expr)[] = [];
  let last = 0;
  for (const match of text.matchAll(INTERPOLATE)) {
    parts.push(literal(text.slice(last, match.index)));
    parts.push(parseExpression(match[1] ?? ''));
    last = match.index + match[0].length;
  }
  parts.push(literal(text.slice(last)));
  return parts.filter((p) => p !== '');
}

function literal(text: string): string {
  if (UNSUPPORTED.test(text)) throw new TemplateSubstitutionError(`unsupported template syntax in "${text}"; only <%= … %> is supported`);
  return text;
}

/** lodash prints `<%= x %>` as '' when x is undefined or null, else as String(x) (e.g. 42 → "42"). */
export function renderString(compiled: CompiledString, scope: Scope): string {
  return compiled
    .map((part) => {
      if (typeof part === 'string') return part;
      const value = evaluate(part, scope);
      return value === undefined || value === null ? '' : String(value);
    })
    .join('');
}

export function stringReferences(compiled: CompiledString): Reference[] {
  return compiled.flatMap((part) => (typeof part === 'string' ? [] : references(part)));
}
