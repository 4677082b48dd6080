/**
 * DOM helpers for the simulator page. Everything the page shows comes from tickets, customers or the app, and
 * the demo data is hostile on purpose: strings only ever become text nodes (never innerHTML), and stored note
 * HTML is shown only inside a sandboxed frame (no scripts, no same-origin; the page's CSP applies inside too).
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

/** A `<dl>` of label/value pairs; empty values show as a dash. */
export function fillFields(dl: HTMLElement, fields: Array<{ label: string; value: string }>): void {
  dl.replaceChildren(
    ...fields.flatMap((f) => [h('dt', {}, f.label), h('dd', f.value === '' ? { class: 'unset' } : {}, f.value === '' ? '—' : f.value)]),
  );
}

/** Stored HTML, rendered where it cannot run or reach anything: created only when the reader opens it. */
export function sandboxedHtml(label: string, html: string): HTMLElement {
  const details = h('details', { class: 'html' }, h('summary', {}, label));
  details.addEventListener(
    'toggle',
    () => {
      if (!details.open || details.querySelector('iframe')) return;
      const frame = h('iframe', { class: 'html-frame', title: label });
      frame.setAttribute('sandbox', '');
      frame.setAttribute('referrerpolicy', 'no-referrer');
      frame.srcdoc = html;
      details.append(frame);
    },
  );
  return details;
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
