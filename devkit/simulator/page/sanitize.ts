/**
 * Stored or inserted HTML as Freshdesk's ticket view and reply editor show it: formatted, and safe. The HTML is
 * AI-, customer- or agent-written (the demo data is hostile on purpose), so it is parsed in an inert document
 * (DOMParser: no script runs, nothing loads) and rebuilt from scratch in the page: only the formatting tags of
 * desk/editor-html.ts, without a single attribute except a link's http(s)/mailto href; scripts, frames, images,
 * forms and anything else that runs or loads are dropped with their content; other unknown tags keep only their
 * text. Text always becomes text nodes. The page's CSP (server.ts) stays the second line.
 */
import { FORMATTING_TAGS, safeHref } from '../desk/editor-html';

/** Dropped with everything inside: they run, load, embed or take input. */
const DROPPED = new Set([
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'applet', 'svg', 'math', 'img', 'picture', 'video', 'audio', 'source', 'track', 'canvas', 'map', 'area', 'head',
  'title', 'link', 'meta', 'base', 'form', 'input', 'textarea', 'select', 'option', 'button', 'dialog', 'portal',
]);
const HTML_NS = 'http://www.w3.org/1999/xhtml';
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Deeper than any reply: past it, nesting is an attack on the renderer, and the rest is left out. */
const MAX_DEPTH = 40;

function copyChildren(doc: Document, from: Node, to: Node, depth: number): void {
  if (depth > MAX_DEPTH) return;
  for (const child of Array.from(from.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      to.appendChild(doc.createTextNode(child.nodeValue ?? ''));
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue; // comments, processing instructions
    const element = child as Element;
    const name = element.localName;
    if (element.namespaceURI !== HTML_NS || DROPPED.has(name)) continue;
    if (!FORMATTING_TAGS.has(name)) {
      copyChildren(doc, element, to, depth + 1); // an unknown wrapper (font, center, table…): its text stays
      continue;
    }
    const copy = doc.createElement(name);
    if (name === 'a') {
      const href = safeHref(element.getAttribute('href') ?? '');
      if (href) {
        copy.setAttribute('href', href);
        copy.setAttribute('target', '_blank');
        copy.setAttribute('rel', 'noopener noreferrer');
      }
    }
    copyChildren(doc, element, copy, depth + 1);
    to.appendChild(copy);
  }
}

/** `html` as nodes of `doc` holding formatting and text only. */
export function sanitizeHtml(doc: Document, html: string): DocumentFragment {
  const view = doc.defaultView;
  if (!view) throw new Error('sanitizeHtml needs a document with a window');
  const parsed = new view.DOMParser().parseFromString(html, 'text/html');
  const out = doc.createDocumentFragment();
  copyChildren(doc, parsed.body, out, 0);
  return out;
}

/** The sanitized HTML as a string (what the editor sends). */
export function sanitizedHtml(doc: Document, html: string): string {
  const box = doc.createElement('div');
  box.appendChild(sanitizeHtml(doc, html));
  return box.innerHTML;
}
