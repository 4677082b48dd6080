/**
 * Body manglers for the "truncated" and "wrong_types" faults: they start from the service's real answer so
 * the damage looks like what a flaky proxy or a changed upstream schema would really deliver.
 */

/** The real body cut in half: never valid JSON for anything longer than a scalar. */
export function truncate(text: string): string {
  if (text.length < 2) return text.length === 0 ? '{' : '';
  return text.slice(0, Math.floor(text.length / 2));
}

/**
 * Every value swapped for a value of another JSON type, recursively, keeping the keys, so a schema that checks
 * types must fail while one that only checks keys passes:
 * number → string ("42"), string → number (its numeric value, else its length), boolean → string ("true"),
 * array → object keyed "0", "1", … (elements mangled too), object → same keys with mangled values,
 * null → stays null (null has no "wrong" type; Freshdesk sends many legitimate nulls, docs/freshdesk.md
 * "Response headers").
 */
export function wrongTypes(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const n = Number(value);
    return value.trim() !== '' && Number.isFinite(n) ? n : value.length;
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return Object.fromEntries(value.map((v, i) => [String(i), wrongTypes(v)]));
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, wrongTypes(v)]));
  }
  return value;
}
