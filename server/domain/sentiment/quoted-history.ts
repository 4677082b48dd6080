/**
 * The customer's own words in a reply. An email reply carries the earlier messages below it: Freshdesk keeps them
 * in `body` inside `div.freshdesk_quote > blockquote.freshdesk_quote`, mail clients mark theirs (Gmail
 * `div.gmail_quote`, Apple Mail and Thunderbird `blockquote[type=cite]`, Yahoo, Proton, Outlook's reply header),
 * and `body_text` flattens all of it ("… On Mon, Support wrote: …"). Scoring that would score the agent's polite
 * words too, so the quoted history is removed: from `body` by its markup, then (and in `body_text` when there is
 * no `body`) from the first reply header in the text ("On … wrote:", "-----Original Message-----",
 * "From: … Sent: …", a forwarded-message line), and trailing "> " lines. See docs/platform.md, "Quoted history in
 * conversations", for the sources.
 */
import { dropElements, tokenize, tokensToText, type Drop, type Tag } from './html-scan';

/** A reply's own words sit at the top; beyond this much HTML there is only more history (and scanning costs). */
export const MAX_HTML_SCANNED = 100_000;

const QUOTE_CLASSES = new Set(['freshdesk_quote', 'gmail_quote', 'gmail_quote_container', 'yahoo_quoted', 'protonmail_quote', 'moz-cite-prefix']);
/** Outlook (web and 365) opens the quoted message with these, followed by it as siblings, not children. */
const OUTLOOK_HEADER_IDS = new Set(['divrplyfwdmsg', 'appendonsend']);

function quoteMarkup(tag: Tag): Drop {
  if (OUTLOOK_HEADER_IDS.has((tag.attrs.id ?? '').toLowerCase())) return 'rest';
  if ((tag.attrs.class ?? '').split(/\s+/).some((c) => QUOTE_CLASSES.has(c.toLowerCase()))) return 'element';
  if (tag.name === 'blockquote' && (tag.attrs.type ?? '').toLowerCase() === 'cite') return 'element';
  return undefined;
}

/** A line without its quoting marks: "> > On … wrote:" → "On … wrote:". */
const bare = (line: string | undefined): string => (line ?? '').replace(/^[\s>]+/, '').trim();

// Each test is on one line (or two, joined) of bounded length, so no pattern can backtrack over a long text.
const MAX_HEADER_CHARS = 400;
/** "On Mon, 24 Nov 2026 at 10:02, Support <help@acme.test> wrote:" in the languages customers write most. */
const ATTRIBUTION_START = /^(?:On|Le|Am|El|Il|Op|Em)\s/iu;
const ATTRIBUTION_END = /\s(?:wrote|a écrit|schrieb|escribió|ha scritto|schreef|escreveu)\s?:$|\s(?:schrieb|schreef)\s.*:$/iu;
const DIVIDER = /^(?:-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Forwarded message)\s*-{2,}|Begin forwarded message:)/iu;
/** Outlook's plain header block: "From: …" with "Sent: …" (or "Date: …") on one of the next lines. */
const FROM = /^\*?(?:From|Von|De)\s?:\*?\s/iu;
const SENT = /^\*?(?:Sent|Date|Gesendet|Envoyé|Enviado)\s?:/iu;

function isAttribution(text: string): boolean {
  return text.length <= MAX_HEADER_CHARS && ATTRIBUTION_START.test(text) && /\d/.test(text) && ATTRIBUTION_END.test(text);
}

/** Whether a reply header (the start of the quoted history) begins at line `i`. */
function headerAt(lines: readonly string[], i: number): boolean {
  const line = bare(lines[i]);
  if (line === '' || line.length > MAX_HEADER_CHARS) return false;
  if (DIVIDER.test(line)) return true;
  if (FROM.test(line)) return lines.slice(i + 1, i + 4).some((next) => SENT.test(bare(next)));
  return isAttribution(line) || isAttribution(`${line} ${bare(lines[i + 1])}`);
}

/** The text before the first reply header, without trailing "> " quoted lines; `cut` says whether anything went. */
export function cutQuotedTail(text: string): { text: string; cut: boolean } {
  const lines = text.split('\n');
  let end = lines.findIndex((_, i) => headerAt(lines, i));
  if (end === -1) end = lines.length;
  let last = end;
  while (last > 0 && /^\s*(?:>.*)?$/.test(lines[last - 1] ?? '')) last -= 1;
  const quotedLines = lines.slice(last, end).some((l) => l.trim().startsWith('>'));
  return { text: lines.slice(0, last).join('\n').trim(), cut: end < lines.length || quotedLines };
}

export interface OwnWords {
  /** The customer's words as plain text (trimmed; may be empty). */
  text: string;
  /** Whether quoted history was found and removed. */
  quoted: boolean;
}

/** Plain text of the HTML without its quoted history. */
export function ownWordsFromHtml(html: string): OwnWords {
  const { tokens, dropped } = dropElements(tokenize(html.slice(0, MAX_HTML_SCANNED)), quoteMarkup);
  const tail = cutQuotedTail(tokensToText(tokens));
  return { text: tail.text, quoted: dropped || tail.cut };
}

/** The customer's words of a message: from `body` when it has one, else from `body_text`. */
export function ownWords(body: string | null | undefined, bodyText: string | null | undefined): OwnWords {
  if (body && body.trim() !== '') return ownWordsFromHtml(body);
  const tail = cutQuotedTail((bodyText ?? '').replace(/\r\n?/g, '\n'));
  return { text: tail.text, quoted: tail.cut };
}
