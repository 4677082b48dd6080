/**
 * The pumps that drain the backlog: a bounded set of one-time schedules with fixed names (unique per installation,
 * so starting one that is pending answers "exists"). Each fires onScheduledEvent once; while the backlog has work
 * it makes itself again 5 minutes later (the platform's shortest lead for a one-time schedule), and the five of
 * them, a minute apart, give one pump run a minute.
 */
import { MIN_SCHEDULE_LEAD_MS } from '../deferral';

export const PUMP_COUNT = 5;
export const pumpName = (slot: number): string => `simpli-pump-${slot}`;
export const PUMP_NAMES: readonly string[] = Array.from({ length: PUMP_COUNT }, (_, slot) => pumpName(slot));
export const PUMP_KIND = 'pump';

export interface PumpData {
  kind: typeof PUMP_KIND;
  slot: number;
}

export const pumpData = (slot: number): PumpData => ({ kind: PUMP_KIND, slot });

/** When pump `slot` fires, started at `now` from slot `first`: a minute apart after the 5-minute lead. */
export const pumpAt = (now: number, slot: number, first: number): number => now + MIN_SCHEDULE_LEAD_MS + (((slot - first + PUMP_COUNT) % PUMP_COUNT) * 60_000);

/**
 * Requests one pump run may spend: 45 of the platform's 50 template requests a minute (the rest is left for the
 * sidebar and new events).
 */
export const PUMP_REQUEST_BUDGET = 45;

/**
 * What one run of each job kind costs in template requests at most on its normal path from the backlog: triage
 * reads the ticket again (5 + 1); sentiment reads the message again before its analysis, contact update and
 * escalation (GET and PUT of the ticket): 1 + 4; QA reads the ticket again and, as a later attempt, looks for its
 * note before posting it: 1 + 3 + 1.
 */
export const JOB_COST: Readonly<Record<string, number>> = { triage: 6, sentiment: 5, qa: 5 };

/** Jobs whose costs fit the budget, in the order given (most urgent first). */
export function fitBudget<T>(candidates: readonly T[], costOf: (c: T) => number, budget = PUMP_REQUEST_BUDGET): T[] {
  const taken: T[] = [];
  let spent = 0;
  for (const c of candidates) {
    const cost = costOf(c);
    if (spent + cost > budget) break;
    spent += cost;
    taken.push(c);
  }
  return taken;
}
