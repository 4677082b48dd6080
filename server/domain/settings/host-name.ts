/**
 * A Simpli service's host as the installation page accepts it: the rule the platform applies to a request
 * template's rendered host (a bare FQDN: no scheme, path, port or IP address — "Invalid URL - Must be FQDN",
 * "Invalid URL - IP is disallowed"; https://developers.freshworks.com/docs/app-sdk/v3.0/support_ticket/advanced-interfaces/request-method/),
 * with a message that says which part to remove. devkit/platform/request/url-rules.ts is the platform's side; a
 * unit test holds the two to the same verdicts.
 */

const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;
/** Like validator.isFQDN: an alphabetic or punycode top-level label of two characters or more. */
const TLD = /^([a-z]{2,}|xn--[a-z0-9-]{2,})$/i;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export function isFqdn(host: string): boolean {
  const labels = host.split('.');
  const tld = labels[labels.length - 1] ?? '';
  return host.length <= 253 && labels.length >= 2 && labels.every((l) => LABEL.test(l)) && TLD.test(tld);
}

/** Why `value` cannot be a service host, or undefined when it can. `example` is shown in the message. */
export function hostNameProblem(value: string, example: string): string | undefined {
  const host = value.trim();
  if (host === '') return `Enter the host name, e.g. ${example}`;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(host)) return `Enter the host name only, without “${host.slice(0, host.indexOf('://') + 3)}”: e.g. ${example}`;
  if (/[/?#]/.test(host)) return `Enter the host name only, without a path: e.g. ${example}`;
  if (/\s/.test(host)) return 'A host name has no spaces';
  if (IPV4.test(host) || host.includes('[') || host.split(':').length > 2) return 'An IP address is not allowed: the platform calls host names only (“IP is disallowed”)';
  if (host.includes(':')) return 'Leave out the port: the service is reached over HTTPS on its standard port';
  if (!isFqdn(host)) return `Not a valid host name: the platform needs a fully qualified name such as ${example} (“Must be FQDN”)`;
  return undefined;
}
