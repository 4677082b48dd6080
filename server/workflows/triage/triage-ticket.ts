/**
 * Triage of one ticket, from the event (claimed once: a duplicate delivery finds the claim and stops) or from
 * a scheduled retry (resumed from the saved record: done steps are never repeated).
 */
import type { Settings } from '../../contracts/iparams';
import { freshJobRecord } from '../../contracts/job-record';
import { ticketRecordKey, ticketRecordSchema, type TriageRecord, type TriageStep } from '../../contracts/store-records';
import { planRetry } from '../../domain/deferral';
import { AppFailure } from '../../domain/errors';
import type { HelpdeskPort, SimpliPort, TicketSnapshot } from '../../ports';
import { createSchemaSource } from './account-schema';
import { checkFreshdeskFirst } from './freshdesk-first';
import { finishJob, type FinishDeps } from '../jobs/finish-job';
import { runStages } from '../jobs/run-stages';
import { doneWithAllNeeds } from '../jobs/step-graph';
import { triageIdentity, triageJobName, type TriageJob } from './finish-triage';
import { TRIAGE_GRAPH, wantedSteps } from './steps';
import { TRIAGE_ACTIONS } from './triage-steps';
import { TRIAGE_SETTINGS_NEEDS } from './required-settings';
import { unconfiguredErrors } from '../jobs/unconfigured';

export interface TriageDeps extends FinishDeps {
  simpli: SimpliPort;
  helpdesk: HelpdeskPort;
}

/** A claim younger than one handler run (20 s, fdk-platform.md §4.8) plus margin belongs to a live run. */
const IN_PROGRESS_MS = 60_000;

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

function freshRecord(now: number, language: string | undefined): TriageRecord {
  return { ...freshJobRecord<TriageStep>(now), ...(language ? { language } : {}) };
}

/** `recheck`: an agent's Retry asks Freshdesk again even while a refusal of the key is remembered. */
async function run(deps: TriageDeps, settings: Settings, ticket: TicketSnapshot, record: TriageRecord, startedAt: number, recheck = false): Promise<TriageRecord> {
  const schemas = createSchemaSource(deps.helpdesk, deps.store, deps.clock, { recheck });
  const wanted = wantedSteps(settings);
  const checked = await checkFreshdeskFirst(schemas, record, wanted, deps.clock.now());
  if (checked.stopped) return finishJob(deps, triageIdentity(ticket.id), { record: checked.record });
  const context = { ticket, settings, simpli: deps.simpli, helpdesk: deps.helpdesk, schemas };
  const result = await runStages(TRIAGE_GRAPH, TRIAGE_ACTIONS, context, checked.record, wanted, deps.clock, startedAt);
  return finishJob(deps, triageIdentity(ticket.id), result);
}

/** The store could not even take the claim (e.g. its 50 ops/min are spent): defer through a schedule alone. */
async function deferUnclaimed(deps: TriageDeps, ticketId: number, now: number, cause: AppFailure): Promise<void> {
  const decision = planRetry({ error: cause.error, attempt: 0, firstSeenAt: now, now, spreadKey: ticketId });
  if (!decision.retry) return deps.log.error(`ticket ${ticketId}: triage not started (${cause.message})`);
  const job: TriageJob = { kind: 'triage', ticketId, attempt: 1, firstSeenAt: now };
  try {
    const created = await deps.scheduler.scheduleOnce(triageJobName(ticketId, 1), decision.at, job);
    deps.log.info(`ticket ${ticketId}: triage deferred before it started (${cause.message})${created === 'exists' ? ', already pending' : ''}`);
  } catch (error) {
    deps.log.error(`ticket ${ticketId}: triage could not start or be deferred (${cause.message}; ${describe(error)})`);
  }
}

/**
 * Takes the ticket's triage for this run. The claim is the ticket's record itself (setIf not_exist, one `$db`
 * op on the normal path); when the record already exists because a reply or a resolution wrote first, the
 * triage is ours only if the record has none yet.
 */
async function claimTriage(deps: TriageDeps, ticketId: number, record: TriageRecord): Promise<boolean> {
  const key = ticketRecordKey(ticketId);
  const value = { v: 1, ticketId, triage: record };
  if (await deps.store.claim(key, value)) return true;
  const existing = ticketRecordSchema.safeParse(await deps.store.get(key));
  if (existing.success && existing.data.triage) return false;
  await deps.store.merge(key, value);
  return true;
}

/** Steps that cannot run for lack of settings fail for good with the setting's name, until an agent's Retry. */
function withUnconfiguredSteps(record: TriageRecord, settings: Settings): TriageRecord {
  return { ...record, errors: { ...record.errors, ...unconfiguredErrors(settings, TRIAGE_SETTINGS_NEEDS, wantedSteps(settings)) } };
}

export async function triageNewTicket(deps: TriageDeps, settings: Settings, ticket: TicketSnapshot, language: string | undefined): Promise<void> {
  if (wantedSteps(settings).length === 0) return deps.log.info(`ticket ${ticket.id}: triage and drafts are switched off`);
  const startedAt = deps.clock.now();
  const record = withUnconfiguredSteps(freshRecord(startedAt, language), settings);
  let claimed: boolean;
  try {
    claimed = await claimTriage(deps, ticket.id, record);
  } catch (error) {
    if (error instanceof AppFailure) return deferUnclaimed(deps, ticket.id, startedAt, error);
    throw error;
  }
  if (!claimed) return deps.log.info(`ticket ${ticket.id}: already triaged or in progress, duplicate delivery skipped`);
  await run(deps, settings, ticket, record, startedAt);
}

export interface ResumeOptions {
  /** An agent's Retry: steps that failed for good (bad key, refused payload) are tried again too. */
  force?: boolean;
}

/** The saved record to resume from, or undefined when there is nothing to do (said in the log). */
async function recordToResume(deps: TriageDeps, job: TriageJob, options: ResumeOptions): Promise<TriageRecord | undefined> {
  const key = ticketRecordKey(job.ticketId);
  const stored = ticketRecordSchema.safeParse(await deps.store.get(key));
  const record = stored.success ? stored.data.triage : undefined;
  if (!record) {
    const fresh = { ...freshRecord(job.firstSeenAt, undefined), attempt: job.attempt };
    // A later attempt: an earlier run got this far but its record was not saved; go on.
    if (job.attempt > 1) return fresh;
    if (options.force) {
      deps.log.info(`ticket ${job.ticketId}: no triage to retry`);
      return undefined;
    }
    // Deferred before the claim: claim now, as the event would have.
    if (await claimTriage(deps, job.ticketId, fresh)) return fresh;
    deps.log.info(`ticket ${job.ticketId}: triage retry found it claimed meanwhile`);
    return undefined;
  }
  if (record.status === 'processing' && deps.clock.now() - record.updatedAt < IN_PROGRESS_MS) {
    deps.log.info(`ticket ${job.ticketId}: triage is running right now; retry ${job.attempt} skipped`);
    return undefined;
  }
  const finished = record.status === 'done' || (record.status === 'failed' && !options.force);
  if (finished || (record.attempt >= job.attempt && !options.force)) {
    deps.log.info(`ticket ${job.ticketId}: triage retry ${job.attempt} not needed (${record.status}, attempt ${record.attempt})`);
    return undefined;
  }
  if (!options.force) return { ...record, attempt: Math.max(job.attempt, record.attempt), status: 'processing' };
  // An agent's Retry runs again what failed for good, and what went ahead without it (an update made without
  // routing is made again once routing succeeds).
  return { ...record, errors: {}, done: doneWithAllNeeds(TRIAGE_GRAPH, record), attempt: record.attempt + 1, status: 'processing' };
}

/** Settings are read again on every run: a Retry after the admin fixed them goes through. */
function readyToRun(record: TriageRecord, settings: Settings): TriageRecord {
  return withUnconfiguredSteps(record, settings);
}

/** A scheduled retry or an agent's Retry: load the record, read the ticket again (the event is gone), run the rest. */
export async function resumeTriage(deps: TriageDeps, settings: Settings, job: TriageJob, options: ResumeOptions = {}): Promise<TriageRecord | undefined> {
  const startedAt = deps.clock.now();
  let record: TriageRecord | undefined;
  try {
    record = await recordToResume(deps, job, options);
  } catch (error) {
    if (error instanceof AppFailure) {
      await deferUnclaimed(deps, job.ticketId, startedAt, error);
      return undefined;
    }
    throw error;
  }
  if (!record) return undefined;
  const checked = readyToRun(record, settings);
  if (settings.freshdesk_subdomain === undefined) {
    // Without the Freshdesk subdomain the ticket cannot even be read: say so, and wait for the admin and a Retry.
    // (The API key is secure and never read here: a wrong one shows as Freshdesk's 401 on that read.)
    return finishJob(deps, triageIdentity(job.ticketId), { record: { ...checked, status: 'failed' } });
  }
  const withRead = { ...checked, requests: checked.requests + 1 };
  try {
    const ticket = await deps.helpdesk.getTicket(job.ticketId);
    return await run(deps, settings, ticket, withRead, startedAt, options.force === true);
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error;
    deps.log.info(`ticket ${job.ticketId}: could not read the ticket for the retry (${error.error.kind}: ${error.message})`);
    return finishJob(deps, triageIdentity(job.ticketId), { record: { ...withRead, status: 'deferred' }, retryCause: error.error });
  }
}
