/**
 * HTTP Basic auth with the API key as the username; the password is ignored (docs/freshdesk.md "Authentication"). Also
 * accepted: a bare base64 key without ":" (some clients send that). A username with "@" is a login by email and
 * password, which Freshdesk ended for integrations in 2021, so it is refused like a wrong key.
 */
import type { FakeRequest } from '../kit/types';
import type { SeedApiKey } from './account';

export function apiKeyOf(req: FakeRequest, keys: readonly SeedApiKey[]): SeedApiKey | undefined {
  const header = req.headers.authorization;
  const m = typeof header === 'string' ? /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header) : null;
  if (!m?.[1]) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const username = decoded.includes(':') ? decoded.slice(0, decoded.indexOf(':')) : decoded;
  if (username === '' || username.includes('@')) return undefined;
  return keys.find((k) => k.key === username);
}

/**
 * Whom Freshdesk's own side acts as when an agent changes a ticket in its UI (FreshdeskFake.updateTicketAsAgent):
 * the owner of the account's first admin key, else of its first key.
 */
export function uiAgentKey(keys: readonly SeedApiKey[]): SeedApiKey | undefined {
  return keys.find((k) => k.admin) ?? keys[0];
}
