/**
 * The server listens on loopback only, but any web page the developer has open can still send requests to it. The
 * dprouter runs request templates with the installation's secure iparams in their headers (docs/platform.md
 * "Request templates: substitution"), so two cheap checks keep other sites out:
 *  - the Host header must name this server (defeats DNS rebinding);
 *  - a POST must be `application/json` (a cross-site form/`no-cors` fetch cannot send that without a CORS
 *    preflight, which this server never answers) and, when the browser sends an Origin, it must be ours.
 */
import type { IncomingMessage } from 'node:http';

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function hostIsAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return typeof host === 'string' && allowedHosts(port).has(host.toLowerCase());
}

/** Why a dprouter POST is refused, or undefined when it may proceed. */
export function postRefusal(req: IncomingMessage, port: number): string | undefined {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) return 'dprouter calls must be sent as application/json';
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== 'null') {
    const ok = [...allowedHosts(port)].some((h) => origin.toLowerCase() === `http://${h}`);
    if (!ok) return `Origin ${origin} may not call the local platform`;
  }
  return undefined;
}
