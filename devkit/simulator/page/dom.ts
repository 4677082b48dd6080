/**
 * DOM helpers for the simulator page. Everything the page shows comes from tickets, customers or the app, and
 * the demo data is hostile on purpose: strings only ever become text nodes (never innerHTML). The one exception,
 * message bodies and the reply editor, goes through the allow-list of sanitize.ts.
 */

type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { class?: string; title?: string; dataset?: Record<string, string>; attrs?: Record<string, string> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.title) el.title = props.title;
  for (const [k, v] of Object.entries(props.dataset ?? {})) el.dataset[k] = v;
  for (const [k, v] of Object.entries(props.attrs ?? {})) el.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as T;
}

const API_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** A `<dl>` of label/value pairs; empty values show as a dash, API timestamps as a reader's date and time. */
export function fillFields(dl: HTMLElement, fields: Array<{ label: string; value: string }>): void {
  const value = (v: string) => (v === '' ? '—' : API_TIME.test(v) ? when(v) : v);
  dl.replaceChildren(...fields.flatMap((f) => [h('dt', {}, f.label), h('dd', f.value === '' ? { class: 'unset' } : {}, value(f.value))]));
}

/** The HTML as stored, shown as text when the reader asks (what the app and the API see). */
export function htmlSource(html: string): HTMLElement {
  return h('details', { class: 'source' }, h('summary', {}, 'HTML as stored'), h('pre', {}, html));
}

/** A person's initials for an avatar: "Dana Whitfield" → "DW". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words.length === 0 ? '?' : words.slice(0, 2).map((w) => [...w][0]?.toUpperCase() ?? '').join('');
}

/** An API timestamp as a reader's date and time ("25 Nov 2026, 07:41"); the ISO string stays in the tooltip. */
export function when(iso: string): HTMLElement {
  const ms = Date.parse(iso);
  const text = Number.isNaN(ms) ? iso : new Date(ms).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
  return h('time', { title: iso, attrs: { datetime: iso } }, text);
}

export function time(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour12: false });
}

/** Runs `render` only when `value` differs from the last one rendered under `key` (polling re-renders nothing). */
export function changed(cache: Map<string, string>, key: string, value: unknown): boolean {
  const json = JSON.stringify(value);
  if (cache.get(key) === json) return false;
  cache.set(key, json);
  return true;
}
