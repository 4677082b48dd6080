/**
 * Runs the sentiment of one message on the shared job mechanism, and defers it through a schedule alone when the
 * store cannot even take its mark. Used by the event (analyse-message.ts) and by retries (resume-sentiment.ts).
 */
import type { Settings } from '../../contracts/iparams';
import { freshJobRecord } from '../../contracts/job-record';
import { SENTIMENT_STEPS, type MessageRef, type SentimentRecord, type SentimentStep } from '../../contracts/sentiment-record';
import { canStartStage, planRetry } from '../../domain/deferral';
import { judgeLease, leaseKey } from '../../domain/jobs/lease';
import { ticketRecordKey } from '../../contracts/store-records';
import { ticketAttribute } from '../../contracts/ticket-attribute';
import type { AppFailure } from '../../domain/errors';
import type { TicketTagsAndPriority } from '../../domain/sentiment/escalation';
import type { Channel } from '../../domain/sentiment/types';
import type { HelpdeskPort, SimpliPort } from '../../ports';
import { finishJob, type FinishDeps } from '../jobs/finish-job';
import { runStages } from '../jobs/run-stages';
import { createContactFieldSource } from './contact-fields';
import { messageName, sentimentIdentity, sentimentJob, sentimentJobName } from './finish-sentiment';
import { SENTIMENT_ACTIONS } from './sentiment-steps';
import { SENTIMENT_GRAPH, SENTIMENT_NEEDS } from './steps';
import { unconfiguredErrors } from '../jobs/unconfigured';

export interface SentimentDeps extends FinishDeps {
  simpli: SimpliPort;
  helpdesk: HelpdeskPort;
}

/**
 * Marks outlive every retry (domain/deferral.ts gives up after 24 h) and any plausible duplicate delivery, then
 * expire: one per message would otherwise stay for the life of the installation.
 */
export const CLAIM_TTL_SECONDS = 2 * 24 * 60 * 60;
/** A record younger than one handler run (20 s, fdk-platform.md §4.8) plus margin belongs to a live run. */
export const IN_PROGRESS_MS = 60_000;

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A new record; steps whose settings are missing start failed for good, with the settings' names. */
export function freshRecord(now: number, ref: MessageRef, channel: Channel | undefined, settings: Settings): SentimentRecord {
  const errors = unconfiguredErrors(settings, SENTIMENT_NEEDS, SENTIMENT_STEPS);
  return { ...freshJobRecord<SentimentStep>(now), errors, message: ref, ...(channel ? { channel } : {}), threshold: settings.sentiment_escalation_threshold };
}

/**
 * Whether the ticket's first triage holds a live lease and has not saved its outcome yet (then its tag PUT is
 * still to come). Costs one `$db` read, two when the lease is live; only on the escalation path.
 */
async function triageRunning(deps: Pick<SentimentDeps, 'store' | 'clock'>, ticketId: number): Promise<boolean> {
  if (judgeLease(await deps.store.get(leaseKey('triage', String(ticketId), 1)), deps.clock.now()) !== 'live') return false;
  const triage = ticketAttribute(await deps.store.get(ticketRecordKey(ticketId)), 'triage') as { status?: unknown } | undefined;
  return triage?.status === undefined || triage.status === 'processing';
}

export interface RunInput {
  text?: string;
  channel?: Channel;
  knownTicket?: TicketTagsAndPriority;
}

/** `recheck`: an agent's Retry asks Freshdesk again even while a refusal of the key is remembered. */
export async function runSentiment(deps: SentimentDeps, settings: Settings, input: RunInput, record: SentimentRecord, startedAt: number, recheck = false): Promise<SentimentRecord> {
  const identity = sentimentIdentity(record.message);
  // The first stage starts only with time to finish (an onTicketCreate has spent some on triage first).
  if (!canStartStage(deps.clock.now() - startedAt)) {
    const cause = { kind: 'timeout' as const, step: 'analyze', message: 'no handler time left; continues later' };
    return finishJob(deps, identity, { record: { ...record, status: 'deferred' }, retryCause: cause });
  }
  const context = {
    message: record.message,
    ...input,
    settings,
    simpli: deps.simpli,
    helpdesk: deps.helpdesk,
    fields: createContactFieldSource(deps.helpdesk, deps.store, deps.clock, { recheck }),
    triageRunning: (ticketId: number) => triageRunning(deps, ticketId),
    log: deps.log,
    label: identity.label,
    time: { clock: deps.clock, startedAt },
  };
  const result = await runStages(SENTIMENT_GRAPH, SENTIMENT_ACTIONS, context, record, SENTIMENT_STEPS, deps.clock, startedAt);
  return finishJob(deps, identity, result);
}

/** The store could not even take the mark (e.g. its 50 ops/min are spent): defer through a schedule alone. */
export async function deferUnclaimed(deps: SentimentDeps, ref: MessageRef, now: number, cause: AppFailure): Promise<void> {
  const label = `ticket ${ref.ticketId}: sentiment of ${messageName(ref)}`;
  const decision = planRetry({ error: cause.error, attempt: 0, firstSeenAt: now, now, spreadKey: ref.conversationId ?? ref.ticketId });
  if (!decision.retry) return deps.log.error(`${label} not started (${cause.message})`);
  try {
    const created = await deps.scheduler.scheduleOnce(sentimentJobName(ref, 1), decision.at, sentimentJob(ref, 1, now));
    deps.log.info(`${label} deferred before it started (${cause.message})${created === 'exists' ? ', already pending' : ''}`);
  } catch (error) {
    deps.log.error(`${label} could not start or be deferred (${cause.message}; ${describe(error)})`);
  }
}

