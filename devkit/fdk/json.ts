/** Small helpers for walking untyped JSON (manifest.json, config/*.json) under `strict` + `noUncheckedIndexedAccess`. */

export type JsonObject = Record<string, unknown>;

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `v[key]` when `v` is an object holding an object there, else undefined. */
export const objectAt = (v: unknown, key: string): JsonObject | undefined => {
  if (!isObject(v)) return undefined;
  const child = v[key];
  return isObject(child) ? child : undefined;
};

/** Object entries, or none when `v` is not an object. */
export const entriesOf = (v: unknown): [string, unknown][] => (isObject(v) ? Object.entries(v) : []);

/** Renders a JSON value for a message: strings quoted, everything else as JSON. */
export const show = (v: unknown): string => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v) ?? 'undefined');
