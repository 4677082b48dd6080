/**
 * The sidebar's first view, before the React bundle has run, in the cards' own markup and styles, text only
 * (textContent: the draft is AI-written), painted by boot.js in two steps as its data arrives:
 * - with the ticket data (free, the first answer): the classification triage left in the ticket's tags, under an
 *   empty draft card — only for a ticket the app triaged;
 * - with the record (the first `$db` read): the draft in that card (or, without the step above, the card alone).
 * The React app starts after it (boot.ts); its first render with data takes the first view away (clearFirstView).
 * Nothing to show (a ticket not triaged, no draft, an error): nothing is painted and React renders first.
 */
import type { SidebarRecord } from './contracts/record';
import type { TaggedClassification } from './contracts/ticket';
import { FIRST_RENDER_MARK, markOnce } from './render-marks';
import { currentDraft } from './view-models/current-draft';
import { humanize } from './view-models/format';

export const FIRST_VIEW_ID = 'first-view';
const DRAFT_BODY = 'first-view-draft';

function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function card(section: string, title: string, ...body: HTMLElement[]): HTMLElement {
  const node = element('section', 'sb-card');
  node.setAttribute('aria-label', title);
  node.dataset.section = section;
  const head = element('header', 'sb-card-head');
  head.append(element('h2', 'sb-card-title', title));
  node.append(head, ...body);
  return node;
}

function fact(term: string, value: string): HTMLElement {
  const row = element('div', '');
  row.append(element('dt', '', term), element('dd', '', value));
  return row;
}

const container = (): HTMLElement | null => document.getElementById(FIRST_VIEW_ID);

/** Step 1: the tagged classification under an empty draft card; true when painted. */
export function paintClassification(tagged: TaggedClassification | undefined): boolean {
  const view = container();
  if (!view || !tagged || view.childElementCount > 0) return false;
  const waiting = element('p', 'sb-note sb-note-neutral', 'Loading the draft…');
  waiting.id = DRAFT_BODY;
  const facts = element('dl', 'sb-facts');
  facts.append(fact('Category', humanize(tagged.category)), ...(tagged.urgency ? [fact('Urgency', humanize(tagged.urgency))] : []));
  view.append(card('draft', 'Reply draft', waiting), card('classification', 'Classification', facts));
  markOnce(FIRST_RENDER_MARK);
  return true;
}

/** Step 2: the record's draft, in the card step 1 left, or in a card of its own; true when painted. */
export function paintFirstView(record: SidebarRecord | undefined): boolean {
  const view = container();
  const current = currentDraft(record);
  if (!view || !current) return false;
  const draft = element('div', 'sb-draft', current.draft.text);
  const waiting = document.getElementById(DRAFT_BODY);
  if (waiting) waiting.replaceWith(draft);
  else if (view.childElementCount === 0) view.append(card('draft', 'Reply draft', draft));
  else return false;
  markOnce(FIRST_RENDER_MARK);
  return true;
}

/** React's first render with data replaces the first view. */
export function clearFirstView(): void {
  container()?.replaceChildren();
}
