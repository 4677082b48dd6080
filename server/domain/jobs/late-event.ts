/**
 * A late event: delivered more than a lease after it happened (a platform retry, a backlog of deliveries). Its
 * ticket may have changed meanwhile (an agent's tag), so the event's copy of the ticket is not current enough to
 * write tags from; the run reads the ticket first. Two signals, so it holds under either reading of the envelope
 * (docs/platform.md, "Event time"): the payload's `timestamp`, where the platform sets it to the event's own time,
 * and the ticket copy's own `updated_at` — a copy more than a lease old is old whatever the timestamp says.
 */
import { LEASE_MS } from './lease';

/** Epoch ms from the envelope's `timestamp`: seconds with a fraction for product events, ms for others. */
export function eventTimeMs(timestamp: unknown): number | undefined {
  if (typeof timestamp !== 'number' || !Number.isFinite(timestamp) || timestamp <= 0) return undefined;
  return timestamp < 1e11 ? timestamp * 1000 : timestamp;
}

/** `copyChangedAt`: the ticket's `updated_at` as the event's copy shows it (epoch ms), when it has one. */
export function isLateEvent(timestamp: unknown, now: number, copyChangedAt?: number): boolean {
  const at = eventTimeMs(timestamp);
  const old = (time: number | undefined) => time !== undefined && now - time > LEASE_MS;
  return old(at) || old(copyChangedAt);
}
