/**
 * The Python str operations the Sentiment analyzer and pydantic's length checks rely on, with Python's
 * semantics rather than JavaScript's (docs/simpli.md "Sentiment: POST /analyze", "Sentiment: the keyword algorithm",
 * traps 2–3).
 */

/**
 * Characters for which Python's str.isspace() is true: Unicode White_Space-ish (bidi WS/B/S or category Zs).
 * Includes U+001C–U+001F and U+0085, which JS \s lacks; excludes U+FEFF and U+200B (U+180E is not a space
 * since Unicode 6.3), which JS \s includes or Python 2 once did.
 */
const PY_WHITESPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/** str.split() with no argument: split on runs of whitespace, no empty strings at either end. */
export function pySplit(text: string): string[] {
  return text.split(PY_WHITESPACE).filter((w) => w !== '');
}

/** str.strip(chars): removes any of `chars` (single UTF-16 units here) from both ends. */
export function pyStrip(text: string, chars: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && chars.includes(text.charAt(start))) start++;
  while (end > start && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

/** len(str): code points, so an emoji is 1 (JS .length says 2). A lone surrogate counts 1, as in Python. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Python's urllib.parse.unquote (uvicorn decodes the path with it): bad UTF-8 becomes U+FFFD, bad %-escapes stay. */
export function pyUnquote(text: string): string {
  if (!text.includes('%')) return text;
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    const bytes = new Uint8Array(run.length / 3);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16);
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  });
}
