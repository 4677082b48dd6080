/**
 * A scheduled retry or an agent's Retry of one message's sentiment: resumed from the saved record, done steps are
 * never repeated. The ticket record holds the latest message's analysis; a retry for an older message than that
 * one is superseded, so an old mood never overwrites a newer one on the contact.
 */
import type { Settings } from '../../contracts/iparams';
import { sentimentClaimKey, sentimentRecordSchema, type MessageRef, type SentimentRecord } from '../../contracts/sentiment-record';
import { ticketAttribute } from '../../contracts/ticket-attribute';
import { ticketRecordKey } from '../../contracts/store-records';
import { AppFailure, isRetryable } from '../../domain/errors';
import { finishJob } from '../jobs/finish-job';
import { messageName, sentimentIdentity, type SentimentJob } from './finish-sentiment';
import { readMessage } from './read-message';
import { CLAIM_TTL_SECONDS, deferUnclaimed, freshRecord, IN_PROGRESS_MS, runSentiment, type SentimentDeps } from './run-sentiment';

/** Conversation ids grow with time; a ticket's first message comes before all of them. */
const order = (ref: Pick<MessageRef, 'conversationId'>) => ref.conversationId ?? -1;
const sameMessage = (a: MessageRef, b: Pick<MessageRef, 'ticketId' | 'conversationId'>) => a.ticketId === b.ticketId && a.conversationId === b.conversationId;

const refOf = (job: SentimentJob): MessageRef => ({
  ticketId: job.ticketId,
  contactId: job.contactId,
  ...(job.conversationId !== undefined ? { conversationId: job.conversationId } : {}),
});

export interface ResumeOptions {
  /** An agent's Retry: steps that failed for good (bad key, refused payload) are tried again too. */
  force?: boolean;
  /** When the handler run began, if work came before this (an SMI that retried triage first). */
  startedAt?: number;
}

/** The sentiment record on the ticket, if it parses. */
export async function storedSentiment(deps: Pick<SentimentDeps, 'store'>, ticketId: number): Promise<SentimentRecord | undefined> {
  const parsed = sentimentRecordSchema.safeParse(ticketAttribute(await deps.store.get(ticketRecordKey(ticketId)), 'sentiment'));
  return parsed.success ? parsed.data : undefined;
}

/** The saved record to resume from, or undefined when there is nothing to do (said in the log). */
async function recordToResume(deps: SentimentDeps, settings: Settings, job: SentimentJob, options: ResumeOptions): Promise<SentimentRecord | undefined> {
  const ref = refOf(job);
  const label = `ticket ${ref.ticketId}: sentiment of ${messageName(ref)}`;
  const record = await storedSentiment(deps, ref.ticketId);
  if (record && !sameMessage(record.message, ref) && order(record.message) > order(ref)) {
    deps.log.info(`${label}: retry ${job.attempt} superseded by ${messageName(record.message)}`);
    return undefined;
  }
  if (!record || !sameMessage(record.message, ref)) {
    // Deferred before its mark (attempt 1, deferUnclaimed): take it now, as the event would have.
    if (await deps.store.claim(sentimentClaimKey(ref), { ticketId: ref.ticketId, at: job.firstSeenAt }, CLAIM_TTL_SECONDS)) {
      return { ...freshRecord(job.firstSeenAt, ref, undefined, settings), attempt: job.attempt };
    }
    // A later attempt is scheduled only by the run that holds the mark, and only before it saves its record: that
    // save failed (e.g. the $db budget was spent), so this retry is the mark's own and starts from the beginning.
    if (job.attempt > 1) return { ...freshRecord(job.firstSeenAt, ref, undefined, settings), attempt: job.attempt };
    deps.log.info(`${label}: retry found it claimed meanwhile`);
    return undefined;
  }
  if (record.status === 'processing' && deps.clock.now() - record.updatedAt < IN_PROGRESS_MS) {
    deps.log.info(`${label} is running right now; retry ${job.attempt} skipped`);
    return undefined;
  }
  const finished = record.status === 'done' || (record.status === 'failed' && !options.force);
  if (finished || (record.attempt >= job.attempt && !options.force)) {
    deps.log.info(`${label}: retry ${job.attempt} not needed (${record.status}, attempt ${record.attempt})`);
    return undefined;
  }
  if (!options.force) return { ...record, attempt: Math.max(job.attempt, record.attempt), status: 'processing' };
  return { ...record, errors: {}, attempt: record.attempt + 1, status: 'processing', threshold: settings.sentiment_escalation_threshold };
}

/** A scheduled retry or an agent's Retry: load the record, read the message again if it is still to analyse, run the rest. */
export async function resumeSentiment(deps: SentimentDeps, settings: Settings, job: SentimentJob, options: ResumeOptions = {}): Promise<SentimentRecord | undefined> {
  const startedAt = options.startedAt ?? deps.clock.now();
  const ref = refOf(job);
  let record: SentimentRecord | undefined;
  try {
    record = await recordToResume(deps, settings, job, options);
  } catch (error) {
    if (error instanceof AppFailure) {
      await deferUnclaimed(deps, ref, startedAt, error);
      return undefined;
    }
    throw error;
  }
  if (!record) return undefined;
  // The text is needed only while analyze can still run.
  if (record.done.includes('analyze') || record.errors.analyze?.retryable === false) {
    return runSentiment(deps, settings, { ...(record.channel ? { channel: record.channel } : {}) }, record, startedAt, options.force === true);
  }
  let spent = 0;
  try {
    const message = await readMessage(deps.helpdesk, ref, () => void (spent += 1));
    const channel = record.channel ?? message.channel;
    const withRead = { ...record, requests: record.requests + spent, ...(channel ? { channel } : {}) };
    return await runSentiment(deps, settings, { text: message.text, ...(channel ? { channel } : {}) }, withRead, startedAt, options.force === true);
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error;
    // Reading the message is part of analysing it: its failure is analyze's, retried or not by its kind.
    const retryable = isRetryable(error.error);
    const errors = { ...record.errors, analyze: { kind: error.error.kind, message: error.message, retryable } };
    const failed = { ...record, errors, requests: record.requests + spent, status: retryable ? ('deferred' as const) : ('failed' as const), updatedAt: deps.clock.now() };
    return finishJob(deps, sentimentIdentity(ref), { record: failed, retryCause: error.error });
  }
}
