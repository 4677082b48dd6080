import type { Protocol } from './limits';

/**
 * The URL the app asked for, e.g. https://acme.freshdesk.com/api/v2/tickets/7?x=1. Query parameters from the
 * invoke call are added first and the template's own `query` overwrites them: "template query takes precedence
 * over query passed at invoke time" (docs/platform.md "Request templates: schema and
 * options", FDK 9.0.5). The string is concatenated, never resolved, so a path such as `//evil.example` stays a path
 * on the template host.
 */
export function buildUrl(
  protocol: Protocol,
  host: string,
  path: string,
  templateQuery: Readonly<Record<string, string>>,
  invokeQuery: Readonly<Record<string, string | number | boolean>> = {},
): URL {
  const url = new URL(`${protocol}://${host}${path}`);
  const merged: Record<string, string> = {};
  for (const [key, value] of Object.entries(invokeQuery)) merged[key] = String(value);
  Object.assign(merged, templateQuery);
  for (const [key, value] of Object.entries(merged)) url.searchParams.set(key, value);
  return url;
}

/**
 * Where the request really goes: the host map sends `acme.freshdesk.com` to a loopback base URL (types.ts
 * HostMap). Host names compare case-insensitively, as DNS does. A base URL may carry a path prefix.
 * undefined means "not mapped", which the caller turns into a connection error: we never reach the internet.
 */
export function mapToLocal(url: URL, hosts: Readonly<Record<string, string>>): URL | undefined {
  const wanted = url.hostname.toLowerCase();
  const entry = Object.entries(hosts).find(([name]) => name.toLowerCase() === wanted);
  if (entry === undefined) return undefined;
  const base = new URL(entry[1]);
  const prefix = base.pathname.replace(/\/+$/, '');
  return new URL(`${base.origin}${prefix}${url.pathname}${url.search}`);
}
