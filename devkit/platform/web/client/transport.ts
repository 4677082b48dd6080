/**
 * One dprouter call over XMLHttpRequest (available in every browser and in jsdom, which has no fetch). The server
 * answers `{ value }` or `{ error }` (protocol.ts); the promise resolves or rejects with exactly that, so the app
 * sees the platform's own shapes. A call that never reaches the server rejects with `failure(message)`, a
 * rejection in the same API family's shape.
 */
import { PATHS, type DprouterOp } from '../protocol';
import { pageTicket } from './page';

export type TransportFailure = (message: string) => unknown;

function settle(xhr: XMLHttpRequest, resolve: (v: unknown) => void, reject: (e: unknown) => void, failure: TransportFailure): void {
  let reply: unknown;
  try {
    reply = JSON.parse(xhr.responseText);
  } catch {
    reject(failure(`Unreadable reply from the local platform (HTTP ${xhr.status})`));
    return;
  }
  if (typeof reply === 'object' && reply !== null && 'error' in reply) reject((reply as { error: unknown }).error);
  else if (typeof reply === 'object' && reply !== null && 'value' in reply) resolve((reply as { value: unknown }).value);
  else reject(failure(`Unexpected reply from the local platform (HTTP ${xhr.status})`));
}

export function call(op: DprouterOp, body: Record<string, unknown>, failure: TransportFailure): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    // The installation page's client has its own rules (no $db, context in host and headers), so its own route.
    const base = window.location.pathname.startsWith(`${PATHS.customConfigs}/`) ? PATHS.installDprouter : PATHS.dprouter;
    xhr.open('POST', base + op, true);
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.onload = () => settle(xhr, resolve, reject, failure);
    xhr.onerror = () => reject(failure('The local platform did not answer'));
    xhr.send(JSON.stringify({ ...body, ticket: pageTicket() }));
  });
}

/**
 * Transport failures in each family's rejection shape (docs/platform.md "Request templates: invoking and results",
 * "Server method invocation (SMI)", "Key-value store").
 */
export const failures = {
  template: (message: string) => ({ status: 503, headers: {}, response: message, errorSource: 'PLATFORM', attempts: 0 }),
  smi: (message: string) => ({ requestID: '', status: 503, message, errorSource: 'PLATFORM' }),
  api: (message: string) => ({ status: 503, message }),
};
