/**
 * Tolerant readers for JSON that crosses into the sidebar ($db records, template answers, data objects). Each
 * answers a typed value or undefined, never throws: one malformed attribute hides one part of the sidebar, not
 * all of it. Hand-written rather than zod because the sidebar bundle has a size budget (README, sidebar section).
 */
/** An object whose fields are those of T (the server's type), each not read yet: naming a field T lacks fails the typecheck. */
export type Unread<T = Record<string, unknown>> = { readonly [K in keyof T]?: unknown };

export const obj = <T = Record<string, unknown>>(x: unknown): Unread<T> | undefined =>
  typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Unread<T>) : undefined;

export const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

/** A non-blank string (FDK stores '' as null: docs/platform.md "Key-value store"; blank is "not set" either way). */
export const text = (x: unknown): string | undefined => (typeof x === 'string' && x.trim() !== '' ? x : undefined);

export const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);

export const bool = (x: unknown): boolean | undefined => (typeof x === 'boolean' ? x : undefined);

/** The items `read` accepts; the others are dropped. */
export function list<T>(x: unknown, read: (item: unknown) => T | undefined): T[] {
  if (!Array.isArray(x)) return [];
  const out: T[] = [];
  for (const item of x) {
    const value = read(item);
    if (value !== undefined) out.push(value);
  }
  return out;
}

/** Installation parameters arrive as the admin saved them: booleans, numbers, or their string forms. */
export function flag(x: unknown, fallback: boolean): boolean {
  if (typeof x === 'boolean') return x;
  if (x === 'true') return true;
  if (x === 'false') return false;
  return fallback;
}

export function numeric(x: unknown): number | undefined {
  if (typeof x === 'number') return Number.isFinite(x) ? x : undefined;
  if (typeof x === 'string' && x.trim() !== '' && Number.isFinite(Number(x))) return Number(x);
  return undefined;
}
