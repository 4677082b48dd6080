/**
 * Secure iparams must never reach the browser (docs/platform.md "iparams.json rules",
 * "Secure installation parameters"). FrontendBackend.publicIparams() promises that already; this second, independent
 * guard strips every key config/iparams.json declares `secure: true` and every key the backend reports secure (an
 * iparams.html app's `__meta.secure`), so a backend bug cannot leak an API key into a page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readSecureKeys(appDir: string): ReadonlySet<string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(appDir, 'config', 'iparams.json'), 'utf8'));
  } catch {
    return new Set(); // no iparams.json (or iparams.html apps): nothing declared secure here
  }
  const keys = new Set<string>();
  if (typeof parsed === 'object' && parsed !== null) {
    for (const [key, def] of Object.entries(parsed)) {
      if (typeof def === 'object' && def !== null && (def as { secure?: unknown }).secure === true) keys.add(key);
    }
  }
  return keys;
}

export function withoutSecure(iparams: Record<string, unknown>, secureKeys: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(iparams)) if (!secureKeys.has(k)) out[k] = v;
  return out;
}
