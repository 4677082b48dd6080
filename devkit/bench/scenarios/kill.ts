/**
 * Handlers killed mid-run (issue 11): for each job kind (triage on create, sentiment on a customer reply, QA on
 * resolution) and each of its steps, the run doing that job is killed right after its N-th template request (the
 * request lands, the answer is lost, the rest never happens: the 20 s limit, a crash, a restart), and once just
 * before its first request (after its claim). Then nothing
 * but the platform: its schedules, and the event redelivered once 10 minutes later. A case resumed when the job
 * ends fully done exactly once, as on a run without the kill.
 *
 * The steps of a kind are the template requests its phase makes when nothing is killed (a reference run on its
 * own stack), so the cases follow whatever steps the built server.js has.
 */
import type { Json } from '../../harness/events';
import { startStack, type Stack, installApp } from '../../harness/start-harness';
import { draftNotes, ESCALATION_TAG, isTriaged, qaNotes, triagedOnce } from './account-state';
import { arrivals } from './arrivals';
import { agentReplies, customerReplies, deliver, resolves, type LifeEvent } from './life';
import { HOUR_MS, MINUTE_MS, pump } from './pump';

export type JobKind = 'triage' | 'sentiment' | 'qa';
export const JOB_KINDS: readonly JobKind[] = ['triage', 'sentiment', 'qa'];

export interface KillCase {
  kind: JobKind;
  /** 1-based: the run was killed right after this template request of the job; 0: before its first one. */
  step: number;
  template: string;
  /** Whether a run reached that request (and was killed). */
  killed: boolean;
  /** The job ended fully done exactly once. */
  resumed: boolean;
}

export interface KillResult {
  cases: KillCase[];
  /** Resumed ÷ killed cases. */
  resumedRatio: number;
}

const TICKET_ID = 210_001;
const REDELIVERY_AFTER_MS = 10 * MINUTE_MS;
const CAP_MS = 4 * HOUR_MS;

const EVENT_OF: Record<JobKind, LifeEvent> = { triage: 'create', sentiment: 'reply', qa: 'resolve' };

/** Done exactly once, as Freshdesk shows it: one note of its kind, and sentiment's writes on ticket and contact. */
export function jobDoneOnce(stack: Stack, kind: JobKind, ticketId: number): boolean {
  const records = stack.freshdesk.records;
  const ticket = records.tickets.get(ticketId);
  if (!ticket) return false;
  if (kind === 'triage') return triagedOnce(records, ticketId);
  if (kind === 'qa') return qaNotes(records, ticketId) === 1 && draftNotes(records, ticketId) === 1;
  const contact = records.contacts.get(ticket.requester_id);
  return ticket.tags.includes(ESCALATION_TAG) && contact?.custom.sentiment_score != null && draftNotes(records, ticketId) === 1;
}

/** A fresh installation with one ticket whose life has reached the kind's event; answers that event's data. */
async function upTo(kind: JobKind): Promise<{ stack: Stack; data: Json }> {
  const stack = await startStack({ platform: { warmContexts: true } });
  try {
    await installApp(stack);
    await stack.platform.advance(MINUTE_MS); // the install's requests leave the window
    const arrive = arrivals(stack);
    const created = arrive.receive(arrive.seed(0, TICKET_ID));
    if (kind === 'triage') return { stack, data: created };
    await deliver(stack, 'create', created);
    await pump(stack, { capMs: HOUR_MS, done: () => isTriaged(stack.freshdesk.records, TICKET_ID) });
    const reply = customerReplies(stack, TICKET_ID, 9_100_001);
    if (kind === 'sentiment') return { stack, data: reply };
    await deliver(stack, 'reply', reply);
    await pump(stack, { capMs: HOUR_MS, done: () => jobDoneOnce(stack, 'sentiment', TICKET_ID) });
    agentReplies(stack, TICKET_ID, 9_100_002);
    return { stack, data: await resolves(stack, TICKET_ID) };
  } catch (error) {
    await stack.close();
    throw error;
  }
}

/** The kind's template requests in order when nothing is killed. */
export async function stepsOf(kind: JobKind): Promise<string[]> {
  const { stack, data } = await upTo(kind);
  try {
    await stack.platform.advance(MINUTE_MS);
    const mark = stack.platform.requestLog().length;
    await deliver(stack, EVENT_OF[kind], data);
    await pump(stack, { capMs: HOUR_MS, done: () => jobDoneOnce(stack, kind, TICKET_ID) });
    return stack.platform.requestLog().slice(mark).map((e) => e.template);
  } finally {
    await stack.close();
  }
}

export async function killCase(kind: JobKind, steps: readonly string[], step: number): Promise<KillCase> {
  const { stack, data } = await upTo(kind);
  try {
    await stack.platform.advance(MINUTE_MS);
    const counted = new Set(steps);
    stack.platform.killRunAfter(step, (template) => counted.has(template));
    await deliver(stack, EVENT_OF[kind], data);
    const done = () => jobDoneOnce(stack, kind, TICKET_ID);
    await pump(stack, { capMs: REDELIVERY_AFTER_MS });
    const killed = !stack.platform.killPending();
    await deliver(stack, EVENT_OF[kind], data);
    await pump(stack, { capMs: CAP_MS, done });
    return { kind, step, template: step === 0 ? '(before the first request)' : (steps[step - 1] ?? '?'), killed, resumed: done() };
  } finally {
    await stack.close();
  }
}

export async function measureKills(kinds: readonly JobKind[] = JOB_KINDS, onlySteps?: readonly number[]): Promise<KillResult> {
  const cases: KillCase[] = [];
  for (const kind of kinds) {
    const steps = await stepsOf(kind);
    if (steps.length === 0) throw new Error(`${kind} made no request: nothing to kill`);
    for (let step = 0; step <= steps.length; step += 1) {
      if (onlySteps && !onlySteps.includes(step)) continue;
      cases.push(await killCase(kind, steps, step));
    }
  }
  const killed = cases.filter((c) => c.killed);
  return { cases, resumedRatio: killed.length === 0 ? 0 : killed.filter((c) => c.resumed).length / killed.length };
}
