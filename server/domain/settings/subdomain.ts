/** The Freshdesk subdomain: the `acme` of acme.freshdesk.com (https://developers.freshdesk.com/api/#authentication). */

const SUBDOMAIN = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

export function subdomainProblem(value: string): string | undefined {
  const sub = value.trim();
  if (sub === '') return 'Enter your Freshdesk subdomain, e.g. acme for acme.freshdesk.com';
  if (/freshdesk\.com/i.test(sub) || sub.includes('/') || sub.includes('.')) {
    return 'Enter only the part before .freshdesk.com, e.g. acme';
  }
  if (!SUBDOMAIN.test(sub)) return 'Lowercase letters, digits and dashes only, e.g. acme';
  return undefined;
}
