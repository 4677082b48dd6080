import { isIP } from 'node:net';
import { MESSAGES } from './failure';

const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;
/** validator.isFQDN (used by the FDK 6.9 proxy) wants an alphabetic or punycode TLD of 2+ characters. */
const TLD = /^([a-z]{2,}|xn--[a-z0-9-]{2,})$/i;

/**
 * The rendered host must be a bare FQDN: no protocol, no path or slash, no port, no IP, no URL-encoded
 * characters (docs/platform.md "Request templates: schema and options"; messages from the FDK 6.9 proxy and `fdk
 * validate`). Returns the rejection message or undefined.
 */
export function checkHost(host: string): string | undefined {
  if (isIP(host) !== 0 || isIP(host.replace(/^\[|\]$/g, '')) !== 0) return MESSAGES.ip;
  if (host.includes('/') && !host.includes('://')) return 'Request template schema/host must not have path';
  const labels = host.split('.');
  const tld = labels[labels.length - 1] ?? '';
  const fqdn = host.length <= 253 && labels.length >= 2 && labels.every((l) => LABEL.test(l)) && TLD.test(tld);
  return fqdn ? undefined : MESSAGES.fqdn;
}

/**
 * docs/platform.md "Request templates: schema and options": "must start with '/'". Checked after rendering, so `<%=
 * context.path %>` is held to it too.
 */
export function checkPath(path: string): string | undefined {
  return path.startsWith('/') ? undefined : "Request template schema/path must start with '/'";
}
