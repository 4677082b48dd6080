/**
 * What the client knows about the page it runs in: the ticket and location from the page URL (protocol.ts page
 * scheme, e.g. /app/index.html?ticket=42) and the host page it reports to.
 */
import type { ClientMessage } from '../protocol';

export function pageTicket(): number | undefined {
  const t = Number(new URLSearchParams(window.location.search).get('ticket') ?? NaN);
  return Number.isInteger(t) && t > 0 ? t : undefined;
}

/** The placeholder name for `client.instance.context()`; ticket_sidebar is the app's only location. */
export function pageLocation(): string {
  return new URLSearchParams(window.location.search).get('location') || 'ticket_sidebar';
}

/**
 * Tells the host page what happened (it renders the editor, notifications, frame height). Same-origin only: the
 * local host page is served by the same server, and a draft should not be handed to a foreign framing page.
 * When the page is opened on its own, window.parent is the page itself and the message is simply ignored.
 */
export function postToParent(message: ClientMessage): void {
  try {
    window.parent.postMessage(message, window.location.origin);
  } catch {
    // A cross-origin parent throws on some browsers; the server log still has the call.
  }
}
