/**
 * json.loads as CPython's C scanner (Modules/_json.c, 3.11/3.12) does it, because FastAPI reports a bad body
 * as `body -> <pos>` with Python's error position (docs/simpli.md "Error responses"): positions count code points, and
 * they follow the scanner's own rules (e.g. `{"a":1,}` fails at 7 "Expecting property name…", 3.13 moved it).
 * Also accepts what Python accepts and JSON.parse does not: NaN, Infinity, -Infinity.
 */

export class JsonDecodeError extends Error {
  constructor(
    readonly reason: string,
    /** Offset in code points (Python str index). */
    readonly pos: number,
  ) {
    super(`${reason}: char ${pos}`);
  }
}

/** Nesting beyond Python's recursion limit: a RecursionError in Python, which FastAPI answers with 400. */
export class JsonTooDeepError extends Error {}

const MAX_DEPTH = 990;
const WS = new Set([' ', '\t', '\n', '\r']);
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const CONSTANTS: ReadonlyArray<readonly [string, unknown]> = [
  ['null', null],
  ['true', true],
  ['false', false],
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
];

type Scan = [value: unknown, end: number];

export function parsePythonJson(text: string): unknown {
  const s = Array.from(text); // one element per code point: indices are Python's
  const [value, end] = scanOnce(s, skipWs(s, 0), 0);
  const after = skipWs(s, end);
  if (after !== s.length) throw new JsonDecodeError('Extra data', after);
  return value;
}

function skipWs(s: string[], idx: number): number {
  while (idx < s.length && WS.has(s[idx] as string)) idx++;
  return idx;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9' && c.length === 1;
}

function scanOnce(s: string[], idx: number, depth: number): Scan {
  if (idx >= s.length) throw new JsonDecodeError('Expecting value', idx);
  const c = s[idx];
  if (c === '"') return scanString(s, idx + 1);
  if (c === '{' || c === '[') {
    if (depth >= MAX_DEPTH) throw new JsonTooDeepError('maximum recursion depth exceeded');
    return c === '{' ? parseObject(s, idx + 1, depth + 1) : parseArray(s, idx + 1, depth + 1);
  }
  for (const [word, value] of CONSTANTS) {
    // The C scanner needs the whole word inside the text (idx + len - 1 < length).
    if (c === word[0] && s.slice(idx, idx + word.length).join('') === word) return [value, idx + word.length];
  }
  return matchNumber(s, idx);
}

function matchNumber(s: string[], start: number): Scan {
  const last = s.length - 1;
  let idx = start;
  if (s[idx] === '-') {
    idx++;
    if (idx > last) throw new JsonDecodeError('Expecting value', start);
  }
  const c = s[idx] as string;
  if (c >= '1' && c <= '9' && c.length === 1) {
    idx++;
    while (idx <= last && isDigit(s[idx])) idx++;
  } else if (c === '0') {
    idx++;
  } else {
    throw new JsonDecodeError('Expecting value', start);
  }
  if (idx < last && s[idx] === '.' && isDigit(s[idx + 1])) {
    idx += 2;
    while (idx <= last && isDigit(s[idx])) idx++;
  }
  if (idx < last && (s[idx] === 'e' || s[idx] === 'E')) {
    const eStart = idx;
    idx++;
    if (idx < last && (s[idx] === '-' || s[idx] === '+')) idx++;
    while (idx <= last && isDigit(s[idx])) idx++;
    if (!isDigit(s[idx - 1])) idx = eStart; // "1e" / "1e+": the exponent is not part of the number
  }
  return [Number(s.slice(start, idx).join('')), idx];
}

function scanString(s: string[], end: number): Scan {
  const begin = end - 1;
  const chunks: string[] = [];
  for (;;) {
    let next = end;
    for (; next < s.length; next++) {
      const c = s[next] as string;
      if (c === '"' || c === '\\') break;
      if (c.length === 1 && c.charCodeAt(0) <= 0x1f) throw new JsonDecodeError('Invalid control character at', next);
    }
    if (next >= s.length) throw new JsonDecodeError('Unterminated string starting at', begin);
    chunks.push(s.slice(end, next).join(''));
    const terminator = s[next];
    next++;
    if (terminator === '"') return [chunks.join(''), next];
    if (next === s.length) throw new JsonDecodeError('Unterminated string starting at', begin);
    const esc = s[next] as string;
    if (esc !== 'u') {
      end = next + 1;
      const decoded = ESCAPES[esc];
      if (decoded === undefined) throw new JsonDecodeError('Invalid \\escape', end - 2);
      chunks.push(decoded);
      continue;
    }
    [end, next] = [next + 5, next + 1];
    if (end >= s.length) throw new JsonDecodeError('Invalid \\uXXXX escape', next - 1);
    let unit = readHex4(s, next, end);
    if (unit >= 0xd800 && unit <= 0xdbff && end + 6 < s.length && s[end] === '\\' && s[end + 1] === 'u') {
      const low = readHex4(s, end + 2, end + 6);
      if (low >= 0xdc00 && low <= 0xdfff) {
        unit = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
        end += 6;
      }
    }
    chunks.push(String.fromCodePoint(unit));
  }
}

/** Four hex digits at [from, to); an invalid one fails at to - 5 (the "u"), as the C scanner reports. */
function readHex4(s: string[], from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const d = s[i] as string;
    if (!/^[0-9a-fA-F]$/.test(d)) throw new JsonDecodeError('Invalid \\uXXXX escape', to - 5);
    value = value * 16 + parseInt(d, 16);
  }
  return value;
}

function parseObject(s: string[], idx: number, depth: number): Scan {
  const obj: Record<string, unknown> = {};
  const last = s.length - 1;
  idx = skipWs(s, idx);
  if (idx > last || s[idx] !== '}') {
    for (;;) {
      if (idx > last || s[idx] !== '"') throw new JsonDecodeError('Expecting property name enclosed in double quotes', idx);
      const [key, afterKey] = scanString(s, idx + 1);
      idx = skipWs(s, afterKey);
      if (idx > last || s[idx] !== ':') throw new JsonDecodeError("Expecting ':' delimiter", idx);
      const [value, afterValue] = scanOnce(s, skipWs(s, idx + 1), depth);
      // defineProperty: a "__proto__" key must stay data, never become the prototype.
      Object.defineProperty(obj, key as string, { value, enumerable: true, writable: true, configurable: true });
      idx = skipWs(s, afterValue);
      if (idx <= last && s[idx] === '}') break;
      if (idx > last || s[idx] !== ',') throw new JsonDecodeError("Expecting ',' delimiter", idx);
      idx = skipWs(s, idx + 1);
    }
  }
  return [obj, idx + 1];
}

function parseArray(s: string[], idx: number, depth: number): Scan {
  const items: unknown[] = [];
  const last = s.length - 1;
  idx = skipWs(s, idx);
  if (idx > last || s[idx] !== ']') {
    for (;;) {
      const [value, afterValue] = scanOnce(s, idx, depth);
      items.push(value);
      idx = skipWs(s, afterValue);
      if (idx <= last && s[idx] === ']') break;
      if (idx > last || s[idx] !== ',') throw new JsonDecodeError("Expecting ',' delimiter", idx);
      idx = skipWs(s, idx + 1);
    }
  }
  return [items, idx + 1];
}
