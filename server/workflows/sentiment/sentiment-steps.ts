/**
 * What each sentiment step does. `spend()` counts every template request, so the record knows what the message
 * cost: analyze 1 (none while Freshdesk's refusal of the key holds); contact 1 (+1 when the field cache is cold);
 * escalate 0 below the threshold, else a ticket GET and PUT (the reply event carries no tags, and a PUT replaces
 * them, docs/freshdesk.md "Updating a ticket").
 */
import { mayHaveReached } from '../../domain/jobs/landed';
import type { Settings } from '../../contracts/iparams';
import type { MessageRef, SentimentRecord, SentimentStep } from '../../contracts/sentiment-record';
import { escalationAttribute } from '../../contracts/quality-record';
import { AppFailure } from '../../domain/errors';
import { escalationEntry } from '../../domain/quality/entries';
import { planContactUpdate } from '../../domain/sentiment/contact-plan';
import { hasEscalationTag, isEscalation, planEscalation, type TicketTagsAndPriority } from '../../domain/sentiment/escalation';
import type { Channel } from '../../domain/sentiment/types';
import type { HelpdeskPort, Log, SimpliPort } from '../../ports';
import type { StepAction, StepContext as JobStepContext } from '../jobs/run-stages';
import { ensureTimeFor, type HandlerTime } from '../jobs/time-left';
import type { RecordQuality } from '../quality/record-quality';
import type { ContactFieldSource } from './contact-field-cache';

export interface SentimentContext {
  message: MessageRef;
  /** The text to analyze; absent when analyze is already done. */
  text?: string;
  channel?: Channel;
  /** The ticket's tags and priority when the event carried them (then no GET is needed). */
  knownTicket?: TicketTagsAndPriority;
  /** Tells whether the ticket's triage is running right now (its lease), before the ticket's tags are written. */
  triageRunning(ticketId: number): Promise<boolean>;
  /** The customer's name when the event named them. */
  customer?: string;
  quality: RecordQuality;
  settings: Settings;
  simpli: SimpliPort;
  helpdesk: HelpdeskPort;
  fields: ContactFieldSource;
  log: Log;
  /** Names the message in log lines. */
  label: string;
  time: HandlerTime;
}

type StepContext = JobStepContext<SentimentContext, SentimentRecord>;
type StepPatch = Partial<Pick<SentimentRecord, 'result' | 'contact' | 'escalation'>>;

const missing = (step: SentimentStep, what: string): never => {
  throw new AppFailure({ kind: 'rejected', step, message: `${step} has no ${what} to work from` });
};

async function analyze({ message, text, channel, simpli, fields, spend }: StepContext): Promise<StepPatch> {
  const content = text ?? missing('analyze', 'message text');
  // Not while Freshdesk refuses the key: the result could not be written back. The contact step's field
  // load reuses this `$db` read, so it costs nothing extra.
  await fields.checkNotRefused('analyze');
  spend();
  const result = await simpli.analyzeSentiment(message.ticketId, {
    customer_id: String(message.contactId),
    text: content,
    ...(channel ? { channel } : {}),
  });
  return { result };
}

async function contact({ message, record, helpdesk, fields, log, label, spend }: StepContext): Promise<StepPatch> {
  const result = record.result ?? missing('contact', 'analysis');
  const loaded = await fields.load();
  for (let n = 0; n < loaded.requests; n += 1) spend();
  let plan = planContactUpdate(loaded.fields, result);
  try {
    if (plan.written.length > 0) {
      spend();
      await helpdesk.updateContact(message.contactId, plan.customFields);
    }
  } catch (error) {
    // A 400 means the account's fields changed under the cache (a field deleted, a choice renamed): refresh once.
    if (!(error instanceof AppFailure) || error.error.kind !== 'rejected' || error.error.status !== 400) throw error;
    spend();
    plan = planContactUpdate(await fields.refresh(), result);
    if (plan.written.length > 0) {
      spend();
      await helpdesk.updateContact(message.contactId, plan.customFields);
    }
  }
  if (plan.skipped.length > 0) log.warn(`${label}: contact ${message.contactId} field skipped: ${plan.skipped.join('; ')}`);
  return { contact: { written: plan.written, skipped: plan.skipped } };
}

async function escalate({ message, record, knownTicket, settings, helpdesk, time, spend, triageRunning, quality, customer }: StepContext): Promise<StepPatch> {
  const result = record.result ?? missing('escalate', 'analysis');
  if (!isEscalation(result.escalationRisk, settings.sentiment_escalation_threshold)) return { escalation: { escalated: false, tagAdded: false } };
  // Triage's PUT replaces the tag set with the tags it read: tagging while it runs would be erased. Wait for it
  // (one `$db` read, on the escalation path only); the retry reads the tags triage wrote and adds ours.
  if (await triageRunning(message.ticketId)) {
    throw new AppFailure({ kind: 'unavailable', step: 'escalate', message: "the ticket's triage is writing its tags right now; the escalation follows it" });
  }
  // On the full-page app's open escalations before the tag: writing it again on a retry is harmless.
  await quality({ [escalationAttribute(message.ticketId)]: escalationEntry(result, time.clock.now(), message.contactId, customer) });
  let ticket = knownTicket;
  if (!ticket) {
    spend();
    ticket = await helpdesk.getTicket(message.ticketId);
  }
  const plan = planEscalation(ticket, settings.sentiment_raise_priority);
  if (plan.update.tags === undefined && plan.update.priority === undefined) {
    // The tag is there: ours when an earlier attempt's PUT may have landed unrecorded (a timeout whose write still
    // landed). A priority raise it may have made cannot be told from one made before, so none is claimed.
    return { escalation: { escalated: true, tagAdded: mayHaveReached(record.errors.escalate) && hasEscalationTag(ticket.tags) } };
  }
  ensureTimeFor('escalate', time);
  spend();
  await helpdesk.updateTicket(message.ticketId, plan.update);
  return { escalation: { escalated: true, tagAdded: plan.update.tags !== undefined, ...(plan.priority ? { priority: plan.priority } : {}) } };
}

export const SENTIMENT_ACTIONS: Readonly<Record<SentimentStep, StepAction<SentimentContext, SentimentRecord>>> = {
  analyze,
  contact,
  escalate,
};
