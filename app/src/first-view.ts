/**
 * The sidebar's first view, before the React bundle has run: the ticket's draft as text, in the draft card's own
 * markup and styles, painted by boot.js as soon as the record is read. The React app starts after it (boot.ts) and
 * its first render with data takes the first view away (clearFirstView). Text only (textContent): the draft is AI-
 * written. Nothing to show (no record, no draft, an error): nothing is painted and React renders first.
 */
import type { SidebarRecord } from './contracts/record';
import { FIRST_RENDER_MARK, markOnce } from './render-marks';
import { currentDraft } from './view-models/current-draft';

export const FIRST_VIEW_ID = 'first-view';

function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Paints the draft of `record` into the first-view container; true when it did. */
export function paintFirstView(record: SidebarRecord | undefined): boolean {
  const container = document.getElementById(FIRST_VIEW_ID);
  const current = currentDraft(record);
  if (!container || !current || container.childElementCount > 0) return false;
  const card = element('section', 'sb-card');
  card.setAttribute('aria-label', 'Reply draft');
  card.dataset.section = 'draft';
  const head = element('header', 'sb-card-head');
  head.append(element('h2', 'sb-card-title', 'Reply draft'));
  card.append(head, element('div', 'sb-draft', current.draft.text));
  container.append(card);
  markOnce(FIRST_RENDER_MARK);
  return true;
}

/** React's first render with data replaces the first view. */
export function clearFirstView(): void {
  document.getElementById(FIRST_VIEW_ID)?.replaceChildren();
}
