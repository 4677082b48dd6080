/**
 * Finds demo secrets in text: each key as written, and the Base64 forms a Basic Authorization header would carry
 * — `encode(key)` and `encode(key + ':X')` (docs/platform.md, "Secure installation parameters"). Pure: the places to
 * look are gathered by measure-secrets.ts.
 */
import { unzipSync } from 'fflate';
import { DEMO_ADMIN_API_KEY, DEMO_AGENT_API_KEY, DEMO_SIMPLI_API_KEY, FRESH_ADMIN_API_KEY, FRESH_AGENT_API_KEY } from '../demo';

export interface Secret {
  name: string;
  value: string;
}

export type SecretForm = 'plain' | 'base64(key)' | "base64(key + ':X')";

/** One string to look for: a secret in one of its forms. */
export interface Needle {
  secret: string;
  form: SecretForm;
  text: string;
}

/** A place a secret was found in. */
export interface Finding {
  place: string;
  secret: string;
  form: SecretForm;
}

/** Text from somewhere the app wrote or served, named for the report. */
export interface Place {
  place: string;
  text: string;
}

/** Every key the demo installations and the fakes use: the Simpli key and both accounts' Freshdesk keys. */
export const DEMO_SECRETS: readonly Secret[] = [
  { name: 'DEMO_SIMPLI_API_KEY', value: DEMO_SIMPLI_API_KEY },
  { name: 'DEMO_ADMIN_API_KEY', value: DEMO_ADMIN_API_KEY },
  { name: 'DEMO_AGENT_API_KEY', value: DEMO_AGENT_API_KEY },
  { name: 'FRESH_ADMIN_API_KEY', value: FRESH_ADMIN_API_KEY },
  { name: 'FRESH_AGENT_API_KEY', value: FRESH_AGENT_API_KEY },
];

/**
 * Base64 of `s` as it appears inside longer text: padding dropped, and with it the last character when there was
 * padding (that character also encodes bits of whatever follows, e.g. in `encode(key + ':X')`).
 */
export function base64Needle(s: string): string {
  const full = Buffer.from(s, 'utf8').toString('base64');
  const unpadded = full.replace(/=+$/, '');
  return unpadded.length === full.length ? full : unpadded.slice(0, -1);
}

export function needlesFor(secrets: readonly Secret[]): Needle[] {
  return secrets.flatMap((s) => [
    { secret: s.name, form: 'plain' as const, text: s.value },
    { secret: s.name, form: 'base64(key)' as const, text: base64Needle(s.value) },
    { secret: s.name, form: "base64(key + ':X')" as const, text: base64Needle(`${s.value}:X`) },
  ]);
}

/** Each (place, secret, form) found once, however often it occurs there. */
export function scanPlaces(places: readonly Place[], needles: readonly Needle[]): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const { place, text } of places) {
    for (const n of needles) {
      const id = `${place}\u0000${n.secret}\u0000${n.form}`;
      if (seen.has(id) || !text.includes(n.text)) continue;
      seen.add(id);
      findings.push({ place, secret: n.secret, form: n.form });
    }
  }
  return findings;
}

/**
 * Bytes as text for scanning: latin1 maps each byte to one character, so ASCII keys match in text and binary
 * files alike.
 */
export const bytesText = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** Every entry of a zip, decompressed, as a place named `<label>:<entry>`. */
export function zipPlaces(zip: Uint8Array, label: string): Place[] {
  return Object.entries(unzipSync(zip)).map(([entry, bytes]) => ({ place: `${label}:${entry}`, text: bytesText(bytes) }));
}

/** JSON of anything the app wrote (records, schedule data, run results) as one place. */
export const jsonPlace = (place: string, value: unknown): Place => ({ place, text: JSON.stringify(value) ?? '' });
