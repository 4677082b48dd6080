/**
 * A late event: delivered more than a lease after it happened (a platform retry, a backlog of deliveries). Its
 * ticket may have changed meanwhile (an agent's tag), so the event's copy of the ticket is not current enough to
 * write tags from; the run reads the ticket first. The signal is the payload's `timestamp` where the platform sets
 * it to the event's own time; where it is the delivery time, a late event cannot be told from a timely one
 * (docs/platform.md, "Event time").
 */
import { LEASE_MS } from './lease';

/** Epoch ms from the envelope's `timestamp`: seconds with a fraction for product events, ms for others. */
export function eventTimeMs(timestamp: unknown): number | undefined {
  if (typeof timestamp !== 'number' || !Number.isFinite(timestamp) || timestamp <= 0) return undefined;
  return timestamp < 1e11 ? timestamp * 1000 : timestamp;
}

export function isLateEvent(timestamp: unknown, now: number): boolean {
  const at = eventTimeMs(timestamp);
  return at !== undefined && now - at > LEASE_MS;
}
