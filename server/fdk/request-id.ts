import type { Clock } from '../ports';

/** X-Request-ID for Simpli calls (simpli-api.md §2.2): says which ticket and event a call served. */
export function requestId(clock: Clock, ticketId: number | string, step: string): string {
  return `fd-${ticketId}-${step}-${clock.now().toString(36)}`;
}
