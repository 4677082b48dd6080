import type { Clock } from '../ports';

/** X-Request-ID for Simpli calls (docs/simpli.md "Request headers"): says which ticket and event a call served. */
export function requestId(clock: Clock, ticketId: number | string, step: string): string {
  return `fd-${ticketId}-${step}-${clock.now().toString(36)}`;
}
