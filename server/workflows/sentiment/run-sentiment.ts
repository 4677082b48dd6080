/**
 * Runs what is left of one message's sentiment, stage by stage, and finishes it (jobs/finish-job.ts): the job's
 * declaration (sentiment-job.ts) decides where the record starts and where the text comes from.
 */
import type { Invocation } from '../invocation';
import type { Settings } from '../../contracts/iparams';
import { freshJobRecord } from '../../contracts/job-record';
import { SENTIMENT_STEPS, type MessageRef, type SentimentRecord, type SentimentStep } from '../../contracts/sentiment-record';
import { ticketRecordKey } from '../../contracts/store-records';
import { ticketAttribute } from '../../contracts/ticket-attribute';
import { canStartStage } from '../../domain/handler-time';
import { judgeLease, leaseKey } from '../../domain/jobs/lease';
import { messageName } from '../../domain/sentiment/message-order';
import type { TicketTagsAndPriority } from '../../domain/sentiment/escalation';
import type { Channel } from '../../domain/sentiment/types';
import type { HelpdeskPort, SimpliPort } from '../../ports';
import { finishJob, type JobIdentity } from '../jobs/finish-job';
import type { LifecycleDeps } from '../jobs/lifecycle';
import { runStages } from '../jobs/run-stages';
import { unconfiguredErrors } from '../jobs/unconfigured';
import { qualityRecorder } from '../quality/record-quality';
import { createContactFieldSource } from './contact-field-cache';
import { SENTIMENT_ACTIONS } from './sentiment-steps';
import { SENTIMENT_GRAPH, SENTIMENT_NEEDS } from './steps';

export interface SentimentDeps extends LifecycleDeps {
  simpli: SimpliPort;
  helpdesk: HelpdeskPort;
}

export const sentimentLabel = (ref: Pick<MessageRef, 'ticketId' | 'conversationId'>): string => `ticket ${ref.ticketId}: sentiment of ${messageName(ref)}`;

/** How one message's sentiment is named, queued and saved. */
export function sentimentIdentity(ref: MessageRef, queue: JobIdentity['queue']): JobIdentity {
  return {
    label: sentimentLabel(ref),
    spreadKey: ref.conversationId ?? ref.ticketId,
    recordKey: ticketRecordKey(ref.ticketId),
    saveAs: (sentiment) => ({ v: 1, ticketId: ref.ticketId, sentiment }),
    queue,
  };
}

/** Steps whose settings are missing fail for good, with the settings' names, until an agent's Retry. */
export const unconfiguredSteps = (settings: Settings) => unconfiguredErrors(settings, SENTIMENT_NEEDS, SENTIMENT_STEPS);

/** A new record. */
export function freshRecord(now: number, ref: MessageRef, channel: Channel | undefined, settings: Settings): SentimentRecord {
  return { ...freshJobRecord<SentimentStep>(now), errors: unconfiguredSteps(settings), message: ref, ...(channel ? { channel } : {}), threshold: settings.sentiment_escalation_threshold };
}

/**
 * Whether the ticket's first triage has not saved its outcome yet and holds a live lease (then its tag PUT is still
 * to come). Costs one `$db` read (the ticket's record: triage is usually done), two when it is not; only on the
 * escalation path.
 */
async function triageRunning(deps: Pick<SentimentDeps, 'store' | 'clock'>, ticketId: number): Promise<boolean> {
  const triage = ticketAttribute(await deps.store.get(ticketRecordKey(ticketId)), 'triage') as { status?: unknown } | undefined;
  if (triage?.status !== undefined && triage.status !== 'processing') return false;
  return judgeLease(await deps.store.get(leaseKey('triage', String(ticketId), 1)), deps.clock.now()) === 'live';
}

export interface RunInput {
  text?: string;
  channel?: Channel;
  knownTicket?: TicketTagsAndPriority;
  /** The customer's name when the event named them (for the quality record). */
  customer?: string;
}

/** `recheck`: an agent's Retry asks Freshdesk again even while a refusal of the key is remembered. */
export async function runSentiment(inv: Invocation<SentimentDeps>, input: RunInput, record: SentimentRecord, id: JobIdentity, recheck = false): Promise<SentimentRecord> {
  const { settings, startedAt } = inv;
  // The first stage starts only with time to finish (an onTicketCreate has spent some on triage first).
  if (!canStartStage(inv.clock.now() - startedAt)) {
    const cause = { kind: 'timeout' as const, step: 'analyze', message: 'no handler time left; continues later' };
    return finishJob(inv, id, { record: { ...record, status: 'deferred' }, retryCause: cause });
  }
  const context = {
    message: record.message,
    ...input,
    settings,
    simpli: inv.simpli,
    helpdesk: inv.helpdesk,
    fields: createContactFieldSource(inv.helpdesk, inv.store, inv.clock, { recheck }),
    triageRunning: (ticketId: number) => triageRunning(inv, ticketId),
    quality: qualityRecorder(inv.store),
    log: inv.log,
    label: id.label,
    time: { clock: inv.clock, startedAt },
  };
  const result = await runStages(SENTIMENT_GRAPH, SENTIMENT_ACTIONS, context, record, SENTIMENT_STEPS, inv.clock, startedAt);
  return finishJob(inv, id, result);
}
