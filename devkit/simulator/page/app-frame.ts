/**
 * The app's sidebar beside the ticket page. It lives in the platform's host page, on another origin like
 * Freshdesk's app frames, framed here with `embedder=<this origin>`: the host page passes the app's interface calls
 * up (devkit/platform/web/host-page.ts), and this page renders them — `setValue` on the editor into the reply
 * editor, `showNotify` as a toast.
 */
import { CLIENT_MESSAGE_SOURCE } from '../../platform/web/protocol';
import { h } from './dom';
import type { RichEditor } from './editor';

const TOAST_MS = 6_000;

/** The host page for a ticket, embedded: the sidebar alone, its interface calls passed up to this page. */
export function sidebarFrameUrl(hostPageUrl: string): string {
  const url = new URL(hostPageUrl);
  url.searchParams.set('embedder', location.origin);
  return url.toString();
}

/** The app's showNotify, as Freshdesk shows it: a toast over the page for a few seconds (text only). */
function toast(list: HTMLElement, type: string, title: string, message: string): void {
  const item = h('li', { class: `toast toast-${type}`, attrs: { role: 'status' } }, title ? h('strong', {}, `${title} `) : '', message);
  list.append(item);
  window.setTimeout(() => item.remove(), TOAST_MS);
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** Listens for the app's interface calls: only from `frame`'s window and its origin. */
export function followAppFrame(frame: HTMLIFrameElement, editor: RichEditor, toasts: HTMLElement): void {
  window.addEventListener('message', (e: MessageEvent) => {
    if (e.source !== frame.contentWindow || !frame.src || e.origin !== new URL(frame.src).origin) return;
    const m = e.data as { source?: unknown; kind?: unknown; action?: unknown; options?: unknown };
    if (m?.source !== CLIENT_MESSAGE_SOURCE || m.kind !== 'interface') return;
    const o = (typeof m.options === 'object' && m.options !== null ? m.options : {}) as Record<string, unknown>;
    if (m.action === 'setValue' && o.id === 'editor' && isString(o.text)) {
      editor.insert(o.text, { replace: o.replace === true, position: o.position === 'start' ? 'start' : 'end' });
    } else if (m.action === 'showNotify' && isString(o.message)) {
      toast(toasts, isString(o.type) ? o.type : 'info', isString(o.title) ? o.title : '', o.message);
    }
  });
}
