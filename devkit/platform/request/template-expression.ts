/**
 * Parses the inside of one `<%= … %>` block (docs/platform.md "Request templates: substitution"). The FDK hands
 * the whole template to lodash `_.template`, i.e. arbitrary JavaScript; we accept only the subset request templates
 * use, and never eval:
 *
 *   expr    := operand ('+' operand)*
 *   operand := string | number | '(' expr ')' | 'encode' '(' expr (',' expr)? ')' | root access*
 *   root    := 'iparam' | 'context'
 *   access  := '.' identifier | '[' (string | number) ']'
 *
 * Keys are literals only, so every value a template reads is known before rendering; that is what lets
 * template-rules.ts check the docs/platform.md "Request templates: substitution" placement rules without running
 * anything.
 */

export type Root = 'iparam' | 'context';

export type Expr =
  | { kind: 'literal'; value: string | number }
  | { kind: 'ref'; root: Root; path: readonly (string | number)[] }
  | { kind: 'plus'; left: Expr; right: Expr }
  | { kind: 'encode'; arg: Expr };

/**
 * Anything a template cannot be parsed or rendered with; the platform answers 400 (docs/platform.md
 * "Request templates: invoking and results").
 */
export class TemplateSubstitutionError extends Error {
  override name = 'TemplateSubstitutionError';
}

type Token =
  | { type: 'ident'; value: string }
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'punct'; value: '.' | '[' | ']' | '(' | ')' | '+' | ',' };

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' };

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src.charAt(i);
    if (/\s/.test(ch)) {
      i += 1;
    } else if ('.[]()+,'.includes(ch)) {
      tokens.push({ type: 'punct', value: ch as '.' });
      i += 1;
    } else if (ch === "'" || ch === '"') {
      let value = '';
      i += 1;
      while (i < src.length && src.charAt(i) !== ch) {
        if (src.charAt(i) === '\\') {
          const escaped = ESCAPES[src.charAt(i + 1)];
          if (escaped === undefined) throw new TemplateSubstitutionError(`unsupported escape in ${src}`);
          value += escaped;
          i += 2;
        } else {
          value += src.charAt(i);
          i += 1;
        }
      }
      if (i >= src.length) throw new TemplateSubstitutionError(`unterminated string in ${src}`);
      i += 1;
      tokens.push({ type: 'string', value });
    } else {
      const word = /^(?:[A-Za-z_$][\w$]*|\d+(?:\.\d+)?)/.exec(src.slice(i))?.[0];
      if (word === undefined) throw new TemplateSubstitutionError(`unexpected '${ch}' in ${src}`);
      tokens.push(/^\d/.test(word) ? { type: 'number', value: Number(word) } : { type: 'ident', value: word });
      i += word.length;
    }
  }
  return tokens;
}

export function parseExpression(src: string): Expr {
  const tokens = tokenize(src);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isPunct = (value: string): boolean => {
    const t = peek();
    return t?.type === 'punct' && t.value === value;
  };
  const expect = (value: string): void => {
    if (!isPunct(value)) throw new TemplateSubstitutionError(`expected '${value}' in ${src}`);
    pos += 1;
  };

  const parseSum = (): Expr => {
    let left = parseOperand();
    while (isPunct('+')) {
      pos += 1;
      left = { kind: 'plus', left, right: parseOperand() };
    }
    return left;
  };

  const parseOperand = (): Expr => {
    const t = peek();
    pos += 1;
    if (t === undefined) throw new TemplateSubstitutionError(`incomplete expression: ${src}`);
    if (t.type === 'string' || t.type === 'number') return { kind: 'literal', value: t.value };
    if (t.type === 'punct' && t.value === '(') {
      const inner = parseSum();
      expect(')');
      return inner;
    }
    if (t.type === 'ident' && t.value === 'encode') {
      expect('(');
      const arg = parseSum();
      // FDK 6.9's encode(data, encoding) only knows base64 and falls back to it, so a 2nd argument changes nothing.
      if (isPunct(',')) {
        pos += 1;
        parseSum();
      }
      expect(')');
      return { kind: 'encode', arg };
    }
    if (t.type === 'ident' && (t.value === 'iparam' || t.value === 'context')) return parseAccess(t.value);
    // lodash would throw a ReferenceError for any other name (access_token, current_host … are not provided here).
    throw new TemplateSubstitutionError(`unknown name '${t.type === 'ident' ? t.value : String(t.value)}' in ${src}`);
  };

  const parseAccess = (root: Root): Expr => {
    const path: (string | number)[] = [];
    for (;;) {
      if (isPunct('.')) {
        pos += 1;
        const t = peek();
        if (t?.type !== 'ident') throw new TemplateSubstitutionError(`expected a property name in ${src}`);
        path.push(t.value);
        pos += 1;
      } else if (isPunct('[')) {
        pos += 1;
        const t = peek();
        if (t?.type !== 'string' && t?.type !== 'number') {
          throw new TemplateSubstitutionError(`only literal keys are allowed inside [] in ${src}`);
        }
        path.push(t.value);
        pos += 1;
        expect(']');
      } else {
        return { kind: 'ref', root, path };
      }
    }
  };

  const expr = parseSum();
  if (pos !== tokens.length) throw new TemplateSubstitutionError(`unexpected trailing input in ${src}`);
  return expr;
}
