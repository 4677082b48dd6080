/** JSON helpers shared by the stores and the runtime: every platform limit is counted on the JSON text. */

/** Size of a value as the platform sees it on the wire: the UTF-8 bytes of its JSON text. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : Buffer.byteLength(text, 'utf8');
}

/**
 * A plain JSON object (not an array, not null, not a class instance). Works across vm realms, where
 * `instanceof Object` does not: an object built inside the sandbox has the sandbox's Object.prototype.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** A deep copy through JSON, as anything crossing the platform boundary is serialised. */
export function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/**
 * `{ status, message }`, the error shape of $db, $schedule and SMI platform failures (docs/platform.md
 * "Key-value store", "Scheduled events: the $schedule API").
 */
export function platformError(status: number, message: string): { status: number; message: string } {
  return { status, message };
}
