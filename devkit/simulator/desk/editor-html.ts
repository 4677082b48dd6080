/**
 * The HTML an agent's reply or note is stored with. The page's editor already keeps only formatting (page/sanitize.ts),
 * but the API takes what any local client posts, so the server keeps an allow-list of its own: formatting tags
 * without attributes, and links to http(s)/mailto only. Everything else is dropped (a tag) or escaped (text), so the
 * stored body can carry no script, event attribute, style or remote load, whoever renders it later. No DOM here:
 * a tag is `<` and a letter up to the next `>`; anything that is not a whole allowed tag is dropped or text.
 */

/** Formatting Freshdesk's reply editor produces; kept without attributes. */
export const FORMATTING_TAGS = new Set([
  'p', 'div', 'br', 'span', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'sub', 'sup',
  'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a',
]);
const VOID_TAGS = new Set(['br', 'hr']);

/** Link targets a reader may follow: no javascript:, data:, or anything relative to the viewer's page. */
export function safeHref(href: string): string | undefined {
  const trimmed = href.trim();
  return /^(https?:\/\/|mailto:)[^\s"'<>`]+$/i.test(trimmed) ? trimmed : undefined;
}

const escapeText = (s: string) =>
  s.replace(/&(?!(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});)/gi, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const decodeAttribute = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function cleanTag(tag: string): string {
  const m = /^<(\/?)([a-z][a-z0-9]*)\b([^<>]*)>$/i.exec(tag);
  if (!m) return '';
  const closing = m[1] === '/';
  const name = (m[2] ?? '').toLowerCase();
  if (!FORMATTING_TAGS.has(name)) return '';
  if (closing) return VOID_TAGS.has(name) ? '' : `</${name}>`;
  if (name !== 'a') return `<${name}>`;
  const href = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(m[3] ?? '');
  const safe = href ? safeHref(decodeAttribute(href[1] ?? href[2] ?? '')) : undefined;
  return safe ? `<a href="${escapeText(safe)}" rel="noopener noreferrer">` : '<a>';
}

/** Allowed tags rebuilt bare, other tags dropped (a script's or style's content with it), the rest escaped as text. */
export function cleanEditorHtml(input: string): string {
  const html = input.replace(/<(script|style|template|textarea|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  let out = '';
  let at = 0;
  // A tag starts with a letter (or / and a letter); comments and declarations go too. Any other `<` is text.
  for (const m of html.matchAll(/<(?:\/?[a-z][^<>]*|!--[\s\S]*?--|![^<>]*)>/gi)) {
    out += escapeText(html.slice(at, m.index)) + cleanTag(m[0]);
    at = m.index + m[0].length;
  }
  return out + escapeText(html.slice(at));
}
