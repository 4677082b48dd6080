/**
 * The backlog's lanes (the `jobs` entity, config/entities.json): where an entry stands. Ready lanes are taken
 * most urgent first; `u0` is work whose urgency is not known (not yet classified).
 */

export const READY_LANES = ['u4', 'u3', 'u2', 'u1', 'u0'] as const;
export type ReadyLane = (typeof READY_LANES)[number];
export type Lane = ReadyLane | 'running' | 'wait';

/** Triage's urgency words (domain/triage) to a lane; anything else is unknown. */
const BY_URGENCY: Readonly<Record<string, ReadyLane>> = { critical: 'u4', urgent: 'u4', high: 'u3', medium: 'u2', low: 'u1' };

export const laneForUrgency = (urgency: string | undefined): ReadyLane => (urgency ? (BY_URGENCY[urgency.toLowerCase()] ?? 'u0') : 'u0');

/** Freshdesk priorities 1–4 (low … urgent) to a lane. */
export const laneForPriority = (priority: number | null | undefined): ReadyLane =>
  priority === 4 ? 'u4' : priority === 3 ? 'u3' : priority === 2 ? 'u2' : priority === 1 ? 'u1' : 'u0';

export const isReadyLane = (lane: string): lane is ReadyLane => (READY_LANES as readonly string[]).includes(lane);
