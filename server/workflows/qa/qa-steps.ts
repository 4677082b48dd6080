/**
 * What each QA step does. `spend()` counts every template request: evaluate is one GET per page of conversation
 * plus the evaluation (none when no agent has replied publicly: nothing to score yet); note is one POST (none
 * then), plus a look at the conversation first when a previous try may have posted it already.
 */
import type { QaRecord, QaStep } from '../../contracts/qa-record';
import { CLOSED, escalationAttribute, resultAttribute } from '../../contracts/quality-record';
import { AppFailure } from '../../domain/errors';
import { fitMessages, hasPublicAgentReply, NO_PUBLIC_AGENT_REPLY, qaMessages } from '../../domain/qa/messages';
import { isQaNoteFor, renderQaNote } from '../../domain/qa/note';
import { qaResultEntry } from '../../domain/quality/entries';
import type { HelpdeskPort, SimpliPort } from '../../ports';
import type { StepAction, StepContext as JobStepContext } from '../jobs/run-stages';
import { ensureTimeFor, type HandlerTime } from '../jobs/time-left';
import type { RecordQuality } from '../quality/record-quality';
import { readThread } from './read-thread';

/** The ticket as QA needs it: the description is the customer's first message, the responder the agent scored. */
export interface ResolvedTicket {
  id: number;
  description: string;
  responderId?: number | null;
  /** The responder's name, when the resolving event's actor was the responder. */
  responderName?: string;
}

export interface QaContext {
  ticket: ResolvedTicket;
  simpli: SimpliPort;
  helpdesk: HelpdeskPort;
  time: HandlerTime;
  quality: RecordQuality;
}

type StepContext = JobStepContext<QaContext, QaRecord>;
type StepPatch = Partial<Pick<QaRecord, 'evaluation' | 'messages' | 'nothingToScore' | 'agent'>>;

/**
 * Request bodies are at most 100 KB (docs/platform.md "Request templates: limits"); the rest of the body (ids, keys)
 * fits in what is left over.
 */
export const MAX_MESSAGES_BYTES = 90 * 1024;

const refuse = (step: QaStep, why: string): never => {
  throw new AppFailure({ kind: 'rejected', step, message: `${step}: ${why}` });
};

async function evaluate({ ticket, simpli, helpdesk, time, spend }: StepContext): Promise<StepPatch> {
  const thread = await readThread(helpdesk, ticket.id, 'evaluate', time, spend);
  // No agent has answered in the open: there is no conduct to score, so nothing goes to QA and no note is posted.
  if (!hasPublicAgentReply(thread)) return { nothingToScore: { reason: NO_PUBLIC_AGENT_REPLY } };
  const all = qaMessages(ticket.description, thread);
  if (all.length === 0) refuse('evaluate', 'the ticket has no message to score');
  const { messages, omitted } = fitMessages(all, MAX_MESSAGES_BYTES);
  ensureTimeFor('evaluate', time);
  spend();
  // agent_id: the agent the ticket is assigned to, not the last writer (docs/simpli.md "QA"); "" as the seed sends.
  const agentId = ticket.responderId == null ? '' : String(ticket.responderId);
  const evaluation = await simpli.evaluateQa(ticket.id, { conversation_id: String(ticket.id), agent_id: agentId, messages });
  const agent = { ...(ticket.responderId == null ? {} : { id: ticket.responderId }), ...(ticket.responderName ? { name: ticket.responderName } : {}) };
  return { evaluation, messages: { sent: messages.length, omitted }, agent };
}

/** Whether a previous try already posted this resolution's note (it timed out after Freshdesk stored it). */
async function notePosted({ ticket, record, helpdesk, time, spend }: StepContext): Promise<boolean> {
  const thread = await readThread(helpdesk, ticket.id, 'note', time, spend);
  return thread.some((entry) => isQaNoteFor(entry, record.resolution.at));
}

/**
 * The note, after the quality record (the full-page app's): the ticket's result, and its escalation closed. Written
 * first because writing it again is harmless, where a note posted twice is not.
 */
async function note(ctx: StepContext): Promise<StepPatch> {
  const { ticket, record, helpdesk, time, spend, quality } = ctx;
  const closed = { [escalationAttribute(ticket.id)]: CLOSED };
  if (record.nothingToScore) return quality(closed).then(() => ({})); // nothing was scored: no result, no note
  const evaluation = record.evaluation ?? refuse('note', 'no evaluation to post');
  await quality({ ...closed, [resultAttribute(ticket.id)]: qaResultEntry(evaluation, time.clock.now(), record.agent ?? {}) });
  if ((record.attempt > 1 || record.errors.note) && (await notePosted(ctx))) return {};
  const html = renderQaNote({
    evaluation,
    resolvedAt: record.resolution.at,
    rescore: record.rescore,
    ...(record.previousOverall !== undefined ? { previousOverall: record.previousOverall } : {}),
    omitted: record.messages?.omitted ?? 0,
  });
  ensureTimeFor('note', time);
  spend();
  await helpdesk.createPrivateNote(ticket.id, html);
  return {};
}

export const QA_ACTIONS: Readonly<Record<QaStep, StepAction<QaContext, QaRecord>>> = { evaluate, note };
