/**
 * onTicketCreate's cost over the demo's open tickets, on the normal path: each ticket arrives 7 s after the last
 * (≈ 43 template requests a minute, inside the platform's 50), after onAppInstall has cached the ticket schema.
 */
import { startStack, installApp } from '../harness/start-harness';
import type { RequestLogEntry } from '../platform/types';
import { serialRoundTrips, timedRequests } from './timed-requests';

export interface CreateRow {
  ticketId: number;
  status: string;
  requests: number;
  freshdeskGets: number;
  serialRoundTrips: number;
  dbOps: number;
  failedRequests: number;
}

const ARRIVAL_GAP_MS = 7_000;

const isFreshdeskGet = (e: RequestLogEntry) => e.template.startsWith('freshdesk') && e.method === 'GET';
/** 4xx other than 401/403 (settings) and 429 (budget): Freshdesk or Simpli refused what we sent. */
const isOurPayloadRefused = (e: RequestLogEntry) => e.status >= 400 && e.status < 500 && ![401, 403, 429].includes(e.status);

export async function measureCreate(): Promise<CreateRow[]> {
  const timing = timedRequests();
  const stack = await startStack({ platform: { requestApiFactory: timing.factory } });
  try {
    await installApp(stack);
    const openTickets = stack.state().tickets.filter((t) => t.status === 2).map((t) => Number(t.id));
    const rows: CreateRow[] = [];
    for (const ticketId of openTickets) {
      stack.clock.advance(ARRIVAL_GAP_MS);
      const logMark = stack.platform.requestLog().length;
      const timedMark = timing.taken.length;
      const dbBefore = stack.platform.budgetUsage().db;
      await stack.createTicket(ticketId);
      const entries = stack.platform.requestLog().slice(logMark);
      const record = stack.platform.db.peek(`ticket:${ticketId}`) as { triage?: { status?: string } } | undefined;
      rows.push({
        ticketId,
        status: record?.triage?.status ?? 'missing',
        requests: entries.length,
        freshdeskGets: entries.filter(isFreshdeskGet).length,
        serialRoundTrips: serialRoundTrips(timing.taken.slice(timedMark)),
        dbOps: stack.platform.budgetUsage().db - dbBefore,
        failedRequests: entries.filter(isOurPayloadRefused).length,
      });
    }
    return rows;
  } finally {
    await stack.close();
  }
}
