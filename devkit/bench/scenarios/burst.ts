/**
 * A burst (issue 11): `tickets` demo-like tickets created within one simulated minute, each received by the fake
 * Freshdesk and announced by onTicketCreate at its moment; then the platform's pump until every ticket is
 * triaged or the cap is reached. Judged from Freshdesk's state: a ticket is lost unless it is fully triaged with
 * exactly one draft note.
 *
 * The drain ratio compares the time the needed requests take at the platform's 50 a minute with the time the
 * drain took: needed = tickets × the requests one ticket alone costs (a calibration ticket triaged before the
 * burst, on the same stack). A burst that never drains has a ratio of 0.
 */
import type { FreshdeskRecords } from '../../fakes/freshdesk';
import { startStack, type Stack, installApp } from '../../harness/start-harness';
import { REQUESTS_PER_MINUTE } from '../../platform/request';
import { draftNotes, isTriaged, triagedOnce } from './account-state';
import { arrivals } from './arrivals';
import { HOUR_MS, MINUTE_MS, pump } from './pump';

export interface BurstOptions {
  tickets: number;
  /** Simulated hours the drain may take before the burst is judged as it stands. Default 6. */
  capHours?: number;
}

export interface BurstJudgement {
  /** Tickets not fully triaged with exactly one draft note. */
  lost: number;
  /** Tickets with more than one draft note. */
  duplicateNotes: number;
  /** Tickets triaged with at least one note: the work is done, duplicates or not. */
  finished: number;
}

export interface BurstResult extends BurstJudgement {
  tickets: number;
  drained: boolean;
  /** Simulated minutes from the burst's first event until every ticket was finished (or the cap). */
  drainMinutes: number;
  /** Minutes the needed requests take at 50 a minute. */
  neededMinutes: number;
  drainRatio: number;
  /** Template requests one ticket costs alone (the calibration ticket). */
  requestsAlone: number;
  requestsPerTicket: number;
  kvOpsPerTicket: number;
  entityOpsPerTicket: number;
  wallMs: number;
}

const FIRST_ID = 200_001;
const CALIBRATION_ID = 200_000;

export function judgeBurst(records: FreshdeskRecords, ids: readonly number[]): BurstJudgement {
  let lost = 0;
  let duplicateNotes = 0;
  let finished = 0;
  for (const id of ids) {
    if (!triagedOnce(records, id)) lost += 1;
    const notes = draftNotes(records, id);
    if (notes > 1) duplicateNotes += 1;
    if (isTriaged(records, id) && notes >= 1) finished += 1;
  }
  return { lost, duplicateNotes, finished };
}

export function drainRatio(neededMinutes: number, drainMinutes: number, drained: boolean): number {
  if (!drained) return 0;
  return drainMinutes <= 0 ? 1 : neededMinutes / drainMinutes;
}

export async function measureBurst({ tickets, capHours = 6 }: BurstOptions): Promise<BurstResult> {
  const wallStart = Date.now();
  const stack = await startStack({ platform: { warmContexts: true } });
  try {
    await installApp(stack);
    const arrive = arrivals(stack);
    const records = stack.freshdesk.records;
    const requestsAlone = await calibrate(stack, arrive);

    // The burst starts on a fresh minute, so the budgets the calibration spent are back.
    await stack.platform.advance(2 * MINUTE_MS);
    const before = stack.platform.budgetTotals();
    const start = stack.clock.now();
    const ids = Array.from({ length: tickets }, (_, n) => FIRST_ID + n);
    const gapMs = MINUTE_MS / tickets;
    for (const [n, id] of ids.entries()) {
      await stack.platform.advance(Math.max(0, start + Math.floor(n * gapMs) - stack.clock.now()));
      await arrive.fireCreate(arrive.receive(arrive.seed(n, id)));
    }
    await stack.platform.advance(Math.max(0, start + MINUTE_MS - stack.clock.now()));

    const allFinished = () => judgeBurst(records, ids).finished === ids.length;
    const drain = await pump(stack, { capMs: capHours * HOUR_MS - MINUTE_MS, done: allFinished });
    const drainMinutes = Math.ceil((stack.clock.now() - start) / MINUTE_MS);
    const after = stack.platform.budgetTotals();
    const neededMinutes = (tickets * requestsAlone) / REQUESTS_PER_MINUTE;
    return {
      tickets,
      ...judgeBurst(records, ids),
      drained: drain.done,
      drainMinutes,
      neededMinutes,
      drainRatio: drainRatio(neededMinutes, drainMinutes, drain.done),
      requestsAlone,
      requestsPerTicket: (after.templates - before.templates) / tickets,
      kvOpsPerTicket: (after.db - before.db) / tickets,
      entityOpsPerTicket: (after.entity - before.entity) / tickets,
      wallMs: Date.now() - wallStart,
    };
  } finally {
    await stack.close();
  }
}

/** One ticket alone, drained: the template requests it costs (whatever the design defers or sweeps). */
async function calibrate(stack: Stack, arrive: ReturnType<typeof arrivals>): Promise<number> {
  const mark = stack.platform.budgetTotals().templates;
  await arrive.fireCreate(arrive.receive(arrive.seed(0, CALIBRATION_ID)));
  const run = await pump(stack, { capMs: 2 * HOUR_MS, done: () => isTriaged(stack.freshdesk.records, CALIBRATION_ID) && draftNotes(stack.freshdesk.records, CALIBRATION_ID) >= 1 });
  if (!run.done) throw new Error('the calibration ticket was never triaged: the burst would measure nothing');
  return stack.platform.budgetTotals().templates - mark;
}
