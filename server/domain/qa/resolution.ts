/**
 * When a ticket update is a resolution: its status moved from an open state into Resolved (4) or Closed (5),
 * read from the event's `changes` (docs/platform.md "Event payloads: onTicketUpdate"). Resolved then Closed is one
 * resolution (the second move starts from 4); reopened and resolved again is a new one.
 */
import type { Resolution } from './types';

export const RESOLVED = 4;
export const CLOSED = 5;
const FINISHED: ReadonlySet<number> = new Set([RESOLVED, CLOSED]);

export type ResolutionCheck = { resolved: true; status: number } | { resolved: false; reason: string };

const asStatus = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined);

/** `changes.status` is `[old, new]`; anything else is not a status change. */
export function checkResolution(changes: Readonly<Record<string, unknown>> | null | undefined): ResolutionCheck {
  const status = changes?.status;
  if (!Array.isArray(status) || status.length !== 2) return { resolved: false, reason: 'the status did not change' };
  const from = asStatus(status[0]);
  const to = asStatus(status[1]);
  if (to === undefined || !FINISHED.has(to)) return { resolved: false, reason: `status ${String(status[0])} → ${String(status[1])} is not a resolution` };
  if (from !== undefined && FINISHED.has(from)) return { resolved: false, reason: `status ${from} → ${to}: already resolved, scored then` };
  return { resolved: true, status: to };
}

/**
 * The resolution's identity. The ticket's `updated_at` is the moment of the status change and is the same in a
 * duplicate delivery of the event; the envelope's `timestamp` (epoch seconds) stands in when it is missing.
 */
export function resolutionOf(status: number, updatedAt: string | null | undefined, eventTimestampSeconds: number | undefined, nowMs: number): Resolution {
  const parsed = updatedAt ? Date.parse(updatedAt) : NaN;
  const ms = Number.isFinite(parsed) ? parsed : eventTimestampSeconds !== undefined && Number.isFinite(eventTimestampSeconds) ? eventTimestampSeconds * 1000 : nowMs;
  return { id: Math.floor(ms / 1000).toString(36), at: new Date(ms).toISOString(), status };
}
