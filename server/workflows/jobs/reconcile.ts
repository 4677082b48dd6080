/**
 * The sweep's reconciliation with Freshdesk, the system of record: the tickets updated since the last pass, and
 * triage queued for any created since the install that the app holds no trace of (no AI tags, no backlog entry).
 * A queued duplicate is harmless: its claim finds the triage done and drops the entry. Spends at most
 * MAX_PAGES template requests a pass (a share of the minute's 50); a long list continues next pass from the last
 * update seen, so the 300-page cap is never reached.
 */
import * as z from 'zod/mini';
import { INSTALL_REPORT_KEY } from '../../contracts/app-records';
import type { Invocation } from '../invocation';
import { chunks, missedTriageEntry, nextCursor, type ReconcileCursor, untriaged } from '../../domain/jobs/reconcile';
import type { ListedTicket } from '../../ports';
import { reasonOf } from '../reason-of';
import { wantedSteps } from '../triage/steps';
import type { JobKindDeps } from './job-kinds';
import { jobName } from './lifecycle';

export const RECONCILE_CURSOR_KEY = 'sweep:cursor';
/** 1 of the minute's 50 template requests every 5 minutes, 100 tickets a pass: at most ~110 of the entity store's 250 ops a minute when a whole page was missed. */
export const MAX_PAGES = 1;
/** Without an install report, the first pass looks back this far: the sweep first fires 6 minutes after the install. */
const FIRST_LOOK_BACK_MS = 10 * 60_000;

const cursorSchema = z.object({ since: z.number(), floor: z.number() });

const installedAt = z.object({ at: z.number() });

/** The first pass starts at the install (its report's time): tickets from before it are not the app's. */
async function firstCursor(deps: JobKindDeps, now: number): Promise<ReconcileCursor> {
  const report = installedAt.safeParse(await deps.store.get(INSTALL_REPORT_KEY));
  const from = report.success ? report.data.at : now - FIRST_LOOK_BACK_MS;
  return { since: from, floor: from };
}

/** Tickets created up to this instant (the install) are not the app's to triage; undefined when not known yet. */
export async function reconcileFloor(deps: Pick<JobKindDeps, 'store'>): Promise<number | undefined> {
  const stored = cursorSchema.safeParse(await deps.store.get(RECONCILE_CURSOR_KEY));
  if (stored.success) return stored.data.floor;
  const report = installedAt.safeParse(await deps.store.get(INSTALL_REPORT_KEY));
  return report.success ? report.data.at : undefined;
}

export interface ReconcileReport {
  listed: number;
  queued: number;
  /** Template requests spent (list pages). */
  requests: number;
}

export async function reconcileWithFreshdesk(inv: Invocation<JobKindDeps>): Promise<ReconcileReport | undefined> {
  const { settings } = inv;
  if (wantedSteps(settings).length === 0 || settings.freshdesk_subdomain === undefined) return undefined;
  const now = inv.clock.now();
  const stored = cursorSchema.safeParse(await inv.store.get(RECONCILE_CURSOR_KEY));
  const cursor: ReconcileCursor = stored.success ? stored.data : await firstCursor(inv, now);
  const missed: ListedTicket[] = [];
  let listed = 0;
  let last: number | undefined;
  let finished = false;
  let requests = 0;
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    requests += 1;
    const { tickets, more } = await inv.helpdesk.listTickets(cursor.since, page);
    listed += tickets.length;
    missed.push(...untriaged(tickets, cursor.floor));
    last = tickets.at(-1)?.updatedAt ?? last;
    if (!more) {
      finished = true;
      break;
    }
  }
  let queued = 0;
  for (const group of chunks(missed)) {
    const names = group.map((t) => jobName('triage', String(t.id)));
    const known = new Set((await inv.backlog.findJobs(names)).map((e) => e.job));
    for (const ticket of group) {
      const job = jobName('triage', String(ticket.id));
      if (known.has(job)) continue;
      await inv.backlog.add(missedTriageEntry(ticket, now));
      queued += 1;
    }
  }
  try {
    await inv.store.set(RECONCILE_CURSOR_KEY, nextCursor(cursor, last, finished, now));
  } catch (error) {
    inv.log.warn(`sweep: reconciliation cursor not saved (${reasonOf(error)}); the next pass lists the same tickets again`);
  }
  return { listed, queued, requests };
}
