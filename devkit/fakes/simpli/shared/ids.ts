/**
 * Deterministic ids and picks: the same request always yields the same answer (docs/simpli.md
 * "What the app and the fakes do", fakes item 3).
 */
import { createHash } from 'node:crypto';

/** "<prefix>_<16 hex>" from a SHA-256 of the given parts. */
export function stableId(prefix: string, ...parts: readonly unknown[]): string {
  return `${prefix}_${createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16)}`;
}

/** FNV-1a (32 bit): a cheap, stable index into a list. */
export function stableIndex(key: string, length: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return length > 0 ? h % length : 0;
}
