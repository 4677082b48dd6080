/**
 * The pumps that drain the backlog: a bounded set of one-time schedules with fixed names (unique per installation,
 * so starting one that is pending answers "exists"). Each fires onScheduledEvent once; while the backlog has work
 * it makes itself again for its next minute (at least the platform's 5-minute lead for a one-time schedule away),
 * and the five of them, each on its own minute modulo 5, give one pump run a minute.
 */
import { MIN_SCHEDULE_LEAD_MS } from '../retry-policy';

export const PUMP_COUNT = 5;
export const pumpName = (slot: number): string => `simpli-pump-${slot}`;
export const PUMP_NAMES: readonly string[] = Array.from({ length: PUMP_COUNT }, (_, slot) => pumpName(slot));
export const PUMP_KIND = 'pump';

export interface PumpData {
  kind: typeof PUMP_KIND;
  slot: number;
}

export const pumpData = (slot: number): PumpData => ({ kind: PUMP_KIND, slot });

const MINUTE_MS = 60_000;

/**
 * When pump `slot` fires, started at `now`: the first whole minute after the platform's 5-minute lead whose number
 * is `slot` modulo 5. Pumps started at different moments (by an event, a pump, the sweep) still never fire within
 * the same minute, so no two runs share one minute's budgets.
 */
export function pumpAt(now: number, slot: number): number {
  const earliest = Math.ceil((now + MIN_SCHEDULE_LEAD_MS) / MINUTE_MS);
  const wait = (((slot - earliest) % PUMP_COUNT) + PUMP_COUNT) % PUMP_COUNT;
  return (earliest + wait) * MINUTE_MS;
}

/**
 * Requests one pump run may spend: the platform's whole 50 a minute. A backlog exists because the budget is short,
 * so the drain takes all of it; whatever else needs a request meanwhile (a new event, the sidebar) is refused by
 * the platform and says so — an event is queued, nothing is lost (docs/adr/0005-job-lifecycle.md, "Pace").
 */
export const PUMP_REQUEST_BUDGET = 50;

/**
 * What one run of each job kind costs in template requests at most on its normal path from the backlog: triage
 * reads the ticket again (5 + 1, or 5 when the run's list page read it); sentiment reads the message again before
 * its analysis, contact update and escalation (GET and PUT of the ticket): 1 + 4; QA reads the ticket again and,
 * as a later attempt, looks for its note before posting it: 1 + 3 + 1.
 */
export const JOB_COST: Readonly<Record<string, number>> = { triage: 6, sentiment: 5, qa: 5 };

/**
 * Jobs one run may take: each spends 3 of the key-value store's 50 ops a minute (its claim, its record read and
 * saved), the run 2 more for the reads it shares (the cached schemas), and the sweep or an event may need a few
 * in the same minute. Past that the store refuses, and a job whose record cannot be read or saved runs again.
 */
export const PUMP_JOB_CAP = 14;

/**
 * How many of the due jobs (costs in the order given, most urgent first) one run takes: while the budget is not
 * spent, at most `PUMP_JOB_CAP`. The last one may go past the budget: the platform refuses its last requests, and
 * since done steps are never repeated, it resumes next run from there (nothing of the minute is left unused).
 */
export function planPumpRun(costs: readonly number[], budget = PUMP_REQUEST_BUDGET, maxJobs = PUMP_JOB_CAP): { count: number; requests: number } {
  let requests = 0;
  let count = 0;
  for (const cost of costs) {
    if (requests >= budget || count >= maxJobs) break;
    requests += cost;
    count += 1;
  }
  return { count, requests };
}
