/**
 * A ticket's whole life on the normal path, over the demo's open tickets: created, one customer reply that does
 * not escalate, an agent's public reply (added in Freshdesk, not by the app), resolved (issue 6's lifecycle, default
 * switches: QA has an agent reply to score); then one more reply that does escalate.
 * Events are 7 s apart so the 50 requests a minute are never the limit being measured.
 */
import { addConversation } from '../harness/conversations';
import { customerReply, statusChange } from '../harness/events';
import { startStack, type Stack, installApp } from '../harness/start-harness';

export interface LifecycleRow {
  ticketId: number;
  create: number;
  reply: number;
  resolution: number;
  escalatedReply: number;
  /** Key-value store ops of each event's handler (the store's 50 a minute are shared with everything). */
  kvOps: { reply: number; resolution: number; escalatedReply: number };
  /** Entity store ops (the backlog) of each event's handler. */
  entityOps: { reply: number; resolution: number; escalatedReply: number };
  /** Every job the events started finished (triage, both sentiments, QA). */
  allDone: boolean;
}

const EVENT_GAP_MS = 7_000;
const CALM_REPLY = 'Thanks for the quick answer. Could you tell me when I can expect an update?';
const AGENT_REPLY = 'Thanks for waiting: the fix is rolled out, please check again.';
const ANGRY_REPLY = 'This is terrible and unacceptable. I am furious and I will cancel and call my lawyer.';

interface EventCost {
  requests: number;
  kv: number;
  entity: number;
}

/** Template requests and store ops the event's handler made. */
async function costOf(stack: Stack, fire: () => Promise<unknown>): Promise<EventCost> {
  stack.clock.advance(EVENT_GAP_MS);
  const mark = stack.platform.requestLog().length;
  const before = stack.platform.budgetTotals();
  await fire();
  const after = stack.platform.budgetTotals();
  return { requests: stack.platform.requestLog().length - mark, kv: after.db - before.db, entity: after.entity - before.entity };
}

/** Template requests the event's handler made. */
const requestsOf = async (stack: Stack, fire: () => Promise<unknown>): Promise<number> => (await costOf(stack, fire)).requests;

const statusOf = (stack: Stack, ticketId: number, attribute: string): string | undefined =>
  ((stack.platform.db.peek(`ticket:${ticketId}`) as Record<string, { status?: string }> | undefined)?.[attribute])?.status;

export async function measureLifecycle(): Promise<LifecycleRow[]> {
  const stack = await startStack();
  try {
    await installApp(stack);
    const open = stack.state().tickets.filter((t) => t.status === 2);
    const rows: LifecycleRow[] = [];
    for (const [n, t] of open.entries()) {
      const ticketId = Number(t.id);
      const requester = Number(t.requester_id);
      const create = await requestsOf(stack, () => stack.createTicket(ticketId));
      const reply = await costOf(stack, () => stack.platform.fireEvent('onConversationCreate', customerReply(ticketId, 800_000 + n * 2, requester, CALM_REPLY)));
      const calm = statusOf(stack, ticketId, 'sentiment');
      await addConversation(stack, ticketId, AGENT_REPLY);
      const at = new Date(stack.clock.now()).toISOString();
      const resolution = await costOf(stack, async () => stack.platform.fireEvent('onTicketUpdate', await statusChange(stack, ticketId, 2, 4, at)));
      const escalatedReply = await costOf(stack, () => stack.platform.fireEvent('onConversationCreate', customerReply(ticketId, 800_001 + n * 2, requester, ANGRY_REPLY)));
      const statuses = [statusOf(stack, ticketId, 'triage'), calm, statusOf(stack, ticketId, 'qa'), statusOf(stack, ticketId, 'sentiment')];
      rows.push({
        ticketId,
        create,
        reply: reply.requests,
        resolution: resolution.requests,
        escalatedReply: escalatedReply.requests,
        kvOps: { reply: reply.kv, resolution: resolution.kv, escalatedReply: escalatedReply.kv },
        entityOps: { reply: reply.entity, resolution: resolution.entity, escalatedReply: escalatedReply.entity },
        allDone: statuses.every((s) => s === 'done'),
      });
    }
    return rows;
  } finally {
    await stack.close();
  }
}
