/**
 * What a person does on the simulator page, as a customer or as the agent. Each first changes the fake Freshdesk
 * the way Freshdesk itself would (desk/inbound.ts), then delivers the product event Freshdesk would send, with that
 * record as the event's data — so the app's handler and its later API reads see the same ticket — and, once the
 * handler ran, fires into the ticket's open sidebar what the agent's ticket page would
 * (devkit/platform/web/page-events.ts).
 */
import type { PlatformRun } from '../platform/local-platform';
import { firePageEvents } from '../platform/web/page-events';
import type { ActionResult } from './api';
import type { SimulatorContext } from './context';
import { actingAgentId, agentUpdate, agentWrites, receiveReply, receiveTicket, requireTicket, type AgentWriting, type NewTicket } from './desk/inbound';
import { SimulatorError } from './errors';
import { agentActor, contactActor, eventConversation, eventRequester, eventTicket, ticketCreateData } from './event-data';
import { runView } from './views';

/**
 * The data of the app's KB-sync run: what server/test_data/common/onScheduledEvent.json carries, the sample
 * the app's onScheduledEvent handler is written against.
 */
export const KB_SYNC_DATA = { kind: 'kb-sync' } as const;

const RESOLVED = 4;

function outcome(run: PlatformRun): string {
  return run.ok ? `${run.event} ran` : `${run.event} failed (${run.failure ?? 'unknown'})`;
}

/** The runs as the page's run log numbers them (their place in the installation's run log). */
function result(ctx: SimulatorContext, message: string, runs: PlatformRun[], ticketId?: number): ActionResult {
  const all = ctx.platform().runs();
  return { message, runs: runs.map((r) => runView(r, all.indexOf(r) + 1)), ...(ticketId !== undefined ? { ticketId } : {}) };
}

/** A customer opens a ticket (portal form) → onTicketCreate with `{ ticket, requester, actor }`. */
export async function newTicket(ctx: SimulatorContext, input: NewTicket): Promise<ActionResult> {
  const t = receiveTicket(ctx.desk, input);
  ctx.save();
  const run = await ctx.platform().fireEvent('onTicketCreate', ticketCreateData(ctx.desk.records, t));
  return result(ctx, `Ticket #${t.id} created; ${outcome(run)}`, [run], t.id);
}

/** The requester answers by email → onConversationCreate with `{ conversation, actor }`. */
export async function customerReply(ctx: SimulatorContext, ticketId: number, text: string): Promise<ActionResult> {
  const { records } = ctx.desk;
  const conversation = receiveReply(ctx.desk, ticketId, text);
  ctx.save();
  const data = { conversation: eventConversation(conversation), actor: contactActor(records, conversation.user_id) };
  const run = await ctx.platform().fireEvent('onConversationCreate', data);
  firePageEvents(ctx.web, 'onConversationCreate', data);
  return result(ctx, `Customer replied on #${ticketId}; ${outcome(run)}`, [run], ticketId);
}

/**
 * The agent sends a reply or adds a private note from the ticket editor → onConversationCreate with
 * `{ conversation, actor }`, the actor being the agent (docs/platform.md "Event payloads: onConversationCreate").
 * A reply is what QA later scores; Sentiment skips both (they are not the customer's).
 */
export async function agentWritesOn(ctx: SimulatorContext, ticketId: number, html: string, what: AgentWriting): Promise<ActionResult> {
  const { records } = ctx.desk;
  const conversation = agentWrites(ctx.desk, ticketId, html, what);
  ctx.save();
  const data = { conversation: eventConversation(conversation), actor: agentActor(records, conversation.user_id) };
  const run = await ctx.platform().fireEvent('onConversationCreate', data);
  firePageEvents(ctx.web, 'onConversationCreate', data);
  const done = what === 'reply' ? 'Agent replied' : 'Private note added';
  return result(ctx, `${done} on #${ticketId}; ${outcome(run)}`, [run], ticketId);
}

/**
 * An agent sets the status to Resolved → onTicketUpdate with `changes: { status: [old, 4] }` inside the ticket
 * (docs/platform.md "Event payloads: onTicketUpdate"). The fake's PUT validates it first: a field required for closure
 * that is empty refuses it (422).
 */
export async function resolveTicket(ctx: SimulatorContext, ticketId: number): Promise<ActionResult> {
  const { records } = ctx.desk;
  const before = requireTicket(records, ticketId).status;
  if (before === RESOLVED) throw new SimulatorError(409, `Ticket #${ticketId} is already resolved`);
  const put = agentUpdate(ctx.desk, ticketId, { status: RESOLVED });
  if (put.status !== 200) throw new SimulatorError(422, `Freshdesk refused to resolve #${ticketId} (${put.status})`, put.body);
  ctx.save();
  const t = requireTicket(records, ticketId);
  const data = {
    ticket: eventTicket(records, t, { status: [before, RESOLVED] }),
    requester: eventRequester(records, t.requester_id),
    actor: agentActor(records, actingAgentId(records)),
  };
  const run = await ctx.platform().fireEvent('onTicketUpdate', data);
  firePageEvents(ctx.web, 'onTicketUpdate', data);
  return result(ctx, `Ticket #${ticketId} resolved; ${outcome(run)}`, [run], ticketId);
}

/** "Run the scheduled job": every schedule due now (deferred work), then the KB sync. */
export async function runScheduledJob(ctx: SimulatorContext): Promise<ActionResult> {
  const platform = ctx.platform();
  const due = await platform.runDueSchedules();
  const kb = await platform.fireEvent('onScheduledEvent', { ...KB_SYNC_DATA });
  const dueText = due.length === 0 ? 'no schedule was due' : `${due.length} due schedule(s) ran`;
  return result(ctx, `${dueText}; KB sync: ${outcome(kb)}`, [...due, kb]);
}
