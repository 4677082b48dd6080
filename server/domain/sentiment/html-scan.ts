/**
 * A small, careful reader of email-reply HTML for the server bundle (no DOM there): it splits the markup into tags
 * and text, can drop whole elements (a quoted history) by balancing their tag names, and turns the rest into plain
 * text the way a mail client shows it. Malformed markup never throws: an unclosed element runs to the end, a lone
 * "<" is text.
 */

export interface Tag {
  /** Lower case. */
  name: string;
  closing: boolean;
  /** `<br/>`-style, or a void element (which never has content). */
  empty: boolean;
  /** Attribute names lower case; a bare attribute has the value ''. */
  attrs: Readonly<Record<string, string>>;
}

export type Token = { kind: 'text'; text: string } | { kind: 'tag'; tag: Tag };

/** https://html.spec.whatwg.org/multipage/syntax.html#void-elements */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

// A comment (unclosed: to the end), or a tag whose quoted attribute values may hold ">". Names and bare values
// stop at "<" and every attribute needs a separator before it (whitespace, "/", or the end of a quoted value), so
// a failed match never scans past the next tag.
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:(?:[\s/]+|(?<=["']))[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?)*)\s*(\/?)>/g;
const ATTR = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>]+)))?/g;

function attributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTR)) {
    const name = (m[1] ?? '').toLowerCase();
    if (name !== '' && !(name in attrs)) attrs[name] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return attrs;
}

export function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of html.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    if (at > last) tokens.push({ kind: 'text', text: html.slice(last, at) });
    last = at + m[0].length;
    if (m[2] === undefined) continue; // a comment
    const name = m[2].toLowerCase();
    tokens.push({ kind: 'tag', tag: { name, closing: m[1] === '/', empty: m[4] === '/' || VOID.has(name), attrs: attributes(m[3] ?? '') } });
  }
  if (last < html.length) tokens.push({ kind: 'text', text: html.slice(last) });
  return tokens;
}

/** What to do with an element: drop it with its content, or drop it and everything after it. */
export type Drop = 'element' | 'rest' | undefined;

const LINE_BREAK: Token = { kind: 'tag', tag: { name: 'br', closing: false, empty: true, attrs: {} } };

/** Elements whose content is never text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'head', 'title', 'template']);

/**
 * Tokens without the elements `drop` names (nested elements of the same name are balanced), nor hidden ones.
 * `dropped` says whether `drop` removed anything.
 */
export function dropElements(tokens: readonly Token[], drop: (tag: Tag) => Drop): { tokens: Token[]; dropped: boolean } {
  const kept: Token[] = [];
  let dropped = false;
  let skipping: { name: string; depth: number } | undefined;
  for (const token of tokens) {
    if (skipping) {
      if (token.kind === 'tag' && token.tag.name === skipping.name && !token.tag.empty) {
        skipping.depth += token.tag.closing ? -1 : 1;
        if (skipping.depth === 0) skipping = undefined;
      }
      continue;
    }
    if (token.kind === 'tag' && !token.tag.closing) {
      const hidden = HIDDEN.has(token.tag.name);
      const verdict = hidden ? 'element' : drop(token.tag);
      if (verdict === 'rest') return { tokens: kept, dropped: true };
      if (verdict === 'element') {
        // What stood on either side of a dropped quote must not run together into one word.
        if (!hidden) kept.push(LINE_BREAK);
        dropped ||= !hidden;
        if (!token.tag.empty) skipping = { name: token.tag.name, depth: 1 };
        continue;
      }
    }
    kept.push(token);
  }
  return { tokens: kept, dropped };
}

/** Elements that start a new line where a mail client shows them. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul',
]);

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', bull: '•', middot: '·', euro: '€', pound: '£', yen: '¥', cent: '¢',
  copy: '©', reg: '®', trade: '™', deg: '°', times: '×', shy: '',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Plain text from tokens: whitespace collapsed as HTML does, a line per block and per <br>, lines trimmed. */
export function tokensToText(tokens: readonly Token[]): string {
  let out = '';
  for (const token of tokens) {
    if (token.kind === 'text') out += decodeEntities(token.text.replace(/[ \t\r\n\f]+/g, ' '));
    else if (token.tag.name === 'br' || BLOCK.has(token.tag.name)) out += '\n';
    else if (token.tag.name === 'td' || token.tag.name === 'th') out += ' ';
  }
  return out
    .split('\n')
    .map((line) => line.replace(/[ \u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

export const htmlToText = (html: string): string => tokensToText(dropElements(tokenize(html), () => undefined).tokens);
