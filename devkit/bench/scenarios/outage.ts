/**
 * A 30-minute Freshdesk outage (issue 11), once per fault kind the fakes inject: 10 tickets are created, get a
 * customer reply, then an agent reply and their resolution, all while every Freshdesk call meets the fault; then
 * the fault clears and the platform's pump runs on. A kind converges when all 10 tickets end exactly as the same
 * life ends without any fault (a reference run): ticket fields and tags, one draft note, one QA note, the
 * requester's sentiment fields.
 *
 * Every customer reply has the same text, so a requester shared by two tickets ends with the same sentiment
 * fields whichever reply is scored last.
 *
 * The timeouts run in real time (the platform's request timeout is lowered to keep the bench fast), and a write
 * that lands after its request timed out is waited for before the tickets are judged.
 */
import type { Fault } from '../../fakes/kit';
import type { Json } from '../../harness/events';
import { startStack, installApp } from '../../harness/start-harness';
import { ESCALATION_TAG, ticketOutcome } from './account-state';
import { arrivals } from './arrivals';
import { agentReplies, customerReplies, deliver, resolves } from './life';
import { HOUR_MS, MINUTE_MS, pump, quietFor, settle } from './pump';

/** The platform's request timeout in this scenario: short, so a timed-out call costs little wall time. */
export const OUTAGE_REQUEST_TIMEOUT_MS = 150;

export interface FaultKind {
  name: string;
  fault: Fault;
}

export const OUTAGE_FAULTS: readonly FaultKind[] = [
  { name: '429 with Retry-After 60', fault: { kind: 'rate_limit', retryAfterSeconds: 60 } },
  { name: '500', fault: { kind: 'status', status: 500 } },
  { name: '503', fault: { kind: 'status', status: 503 } },
  { name: 'dropped connection', fault: { kind: 'drop' } },
  { name: 'timeout, the write lands late', fault: { kind: 'latency', ms: OUTAGE_REQUEST_TIMEOUT_MS * 2 } },
  { name: 'timeout, the write lands, the answer is lost', fault: { kind: 'lost_answer', ms: OUTAGE_REQUEST_TIMEOUT_MS * 2 } },
];

export interface OutageCase {
  fault: string;
  /** Tickets that ended as in the reference run. */
  converged: number;
  tickets: number;
}

export interface OutageResult {
  cases: OutageCase[];
  /** Fault kinds after which every ticket converged ÷ fault kinds. */
  convergedRatio: number;
}

const FIRST_ID = 220_001;
const OUTAGE_MS = 30 * MINUTE_MS;
const CAP_MS = 8 * HOUR_MS;

/** The tickets' life with `fault` on every Freshdesk call for its first 30 minutes; answers each ticket's outcome. */
export async function liveThrough(fault: Fault | undefined, tickets: number): Promise<Array<Record<string, unknown>>> {
  const stack = await startStack({ platform: { warmContexts: true, requestTimeoutMs: OUTAGE_REQUEST_TIMEOUT_MS } });
  try {
    await installApp(stack);
    await stack.platform.advance(MINUTE_MS);
    const arrive = arrivals(stack);
    const ids = Array.from({ length: tickets }, (_, n) => FIRST_ID + n);
    const start = stack.clock.now();
    if (fault) stack.setFaults('freshdesk', [{ endpoint: '*', fault }]);
    const at = async (minute: number, each: (id: number, n: number) => Promise<void>) => {
      await stack.platform.advance(Math.max(0, start + minute * MINUTE_MS - stack.clock.now()));
      for (const [n, id] of ids.entries()) {
        await each(id, n);
        await stack.platform.advance(5_000);
      }
    };
    await at(0, async (id, n) => void (await deliver(stack, 'create', arrive.receive(arrive.seed(n, id)))));
    await at(10, async (id, n) => void (await deliver(stack, 'reply', customerReplies(stack, id, 9_200_000 + n * 2))));
    await at(20, async (id, n) => {
      agentReplies(stack, id, 9_200_001 + n * 2);
      const data: Json = await resolves(stack, id);
      await deliver(stack, 'resolve', data);
    });
    await stack.platform.advance(Math.max(0, start + OUTAGE_MS - stack.clock.now()));
    stack.fakes.freshdesk.clearFaults();
    await settle(OUTAGE_REQUEST_TIMEOUT_MS * 3);
    await pump(stack, { capMs: CAP_MS, done: quietFor(stack, 2 * HOUR_MS) });
    await settle(OUTAGE_REQUEST_TIMEOUT_MS * 3);
    return ids.map((id) => ticketOutcome(stack.freshdesk.records, id));
  } finally {
    await stack.close();
  }
}

export const sameOutcome = (a: Record<string, unknown>, b: Record<string, unknown>): boolean => JSON.stringify(a) === JSON.stringify(b);

export async function measureOutage(faults: readonly FaultKind[] = OUTAGE_FAULTS, tickets = 10): Promise<OutageResult> {
  const reference = await liveThrough(undefined, tickets);
  // The reference must itself be whole, or converging to it would prove nothing.
  const complete = reference.every((o) => o.draftNotes === 1 && o.qaNotes === 1 && (o.tags as string[]).includes(ESCALATION_TAG));
  if (!complete) throw new Error('without a fault the tickets do not end with one draft note, one QA note and the escalation tag: nothing to converge to');
  const cases: OutageCase[] = [];
  for (const kind of faults) {
    const outcomes = await liveThrough(kind.fault, tickets);
    cases.push({ fault: kind.name, tickets, converged: outcomes.filter((o, i) => sameOutcome(o, reference[i] ?? {})).length });
  }
  return { cases, convergedRatio: cases.filter((c) => c.converged === c.tickets).length / cases.length };
}
