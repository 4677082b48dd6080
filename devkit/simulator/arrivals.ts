/**
 * The demo's open tickets arrive after the install. The seed is the account as it was when the app was installed;
 * Freshdesk never sends onTicketCreate for a ticket that existed before (and the app's sweep leaves those alone:
 * server/workflows/jobs/reconcile.ts), so without this a new user would open tickets the app never saw. The
 * simulator delivers each open seed ticket, oldest first, the way a new ticket is delivered (onTicketCreate with
 * `{ ticket, requester, actor }`), through the platform and its per-minute budgets. They trickle in, one every
 * ARRIVAL_SPACING_MS, as tickets do: a burst of twenty would spend the minute's 50 requests at once and leave the
 * sidebar waiting (the app would defer the rest to its backlog, which is what a burst tests, not a demo). The
 * worked history (pending, resolved, closed) stays as it was: created before the install, marked so on the page
 * (views.ts `arrival`).
 */
import type { SeedTicket } from '../fakes/freshdesk/account';
import type { PlatformRun } from '../platform/local-platform';
import type { SimulatorContext } from './context';
import { ticketCreateData } from './event-data';

const OPEN = 2;
/**
 * ~6 tickets a minute: triage spends about 6 of the minute's 50 template requests and a few of its 50 `$db`
 * operations per ticket, which leaves room for the sidebar and the agent.
 */
export const ARRIVAL_SPACING_MS = 10_000;

/** Waits `ms`, or less when `wanted()` turns false meanwhile (checked every 100 ms). */
async function pause(ms: number, wanted: () => boolean): Promise<void> {
  const until = Date.now() + ms;
  while (wanted() && Date.now() < until) await new Promise((r) => setTimeout(r, Math.min(100, until - Date.now())));
}

/** The open seed tickets, in the order they were created. */
export function arrivalsOf(seed: readonly SeedTicket[]): number[] {
  return seed
    .filter((t) => (t.status ?? OPEN) === OPEN)
    .sort((a, b) => Date.parse(a.created_at ?? '') - Date.parse(b.created_at ?? '') || a.id - b.id)
    .map((t) => t.id);
}

/**
 * onTicketCreate for every arrival not delivered yet, `spacingMs` apart, each noted once delivered (a stop midway
 * continues on the next start). Stops early when `wanted()` turns false (a reset or close began).
 */
export async function deliverArrivals(ctx: SimulatorContext, wanted: () => boolean, spacingMs = ARRIVAL_SPACING_MS): Promise<PlatformRun[]> {
  const runs: PlatformRun[] = [];
  for (const id of ctx.seed.arrivals) {
    if (ctx.memory.delivered.includes(id)) continue;
    const t = ctx.desk.records.tickets.get(id);
    if (!t) continue;
    if (runs.length > 0) await pause(spacingMs, wanted);
    if (!wanted()) break;
    runs.push(await ctx.platform().fireEvent('onTicketCreate', ticketCreateData(ctx.desk.records, t)));
    ctx.memory.delivered.push(id);
    ctx.save();
  }
  return runs;
}
