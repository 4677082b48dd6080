/**
 * Triage of one ticket, from the event (claimed once: a duplicate delivery finds the claim and stops) or from
 * a scheduled retry (resumed from the saved record: done steps are never repeated).
 */
import type { Settings } from '../../contracts/iparams';
import { ticketRecordKey, ticketRecordSchema, type TriageRecord } from '../../contracts/store-records';
import { planRetry } from '../../domain/deferral';
import { AppFailure } from '../../domain/errors';
import type { HelpdeskPort, SimpliPort, TicketSnapshot } from '../../ports';
import { createSchemaSource } from './account-schema';
import { finishTriage, triageJobName, type FinishDeps, type TriageJob } from './finish-triage';
import { runTriage } from './run-triage';
import { wantedSteps } from './steps';

export interface TriageDeps extends FinishDeps {
  simpli: SimpliPort;
  helpdesk: HelpdeskPort;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

function freshRecord(now: number, language: string | undefined): TriageRecord {
  return { status: 'processing', attempt: 1, firstSeenAt: now, updatedAt: now, done: [], errors: {}, requests: 0, ...(language ? { language } : {}) };
}

async function run(deps: TriageDeps, settings: Settings, ticket: TicketSnapshot, record: TriageRecord, startedAt: number): Promise<void> {
  const schemas = createSchemaSource(deps.helpdesk, deps.store);
  const result = await runTriage({ ticket, settings, simpli: deps.simpli, helpdesk: deps.helpdesk, schemas }, record, wantedSteps(settings), deps.clock, startedAt);
  await finishTriage(deps, ticket.id, result);
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

export async function triageNewTicket(deps: TriageDeps, settings: Settings, ticket: TicketSnapshot, language: string | undefined): Promise<void> {
  if (wantedSteps(settings).length === 0) return deps.log.info(`ticket ${ticket.id}: triage and drafts are switched off`);
  const startedAt = deps.clock.now();
  const record = freshRecord(startedAt, language);
  let claimed: boolean;
  try {
    claimed = await deps.store.claim(ticketRecordKey(ticket.id), { v: 1, ticketId: ticket.id, triage: record });
  } catch (error) {
    if (error instanceof AppFailure) return deferUnclaimed(deps, ticket.id, startedAt, error);
    throw error;
  }
  if (!claimed) return deps.log.info(`ticket ${ticket.id}: already triaged or in progress, duplicate delivery skipped`);
  await run(deps, settings, ticket, record, startedAt);
}

/** A scheduled retry: load the record, read the ticket again (the event payload is gone), run what is left. */
export async function resumeTriage(deps: TriageDeps, settings: Settings, job: TriageJob): Promise<void> {
  const startedAt = deps.clock.now();
  const key = ticketRecordKey(job.ticketId);
  let record: TriageRecord | undefined;
  try {
    const stored = ticketRecordSchema.safeParse(await deps.store.get(key));
    record = stored.success ? stored.data.triage : undefined;
    if (!record) {
      // Deferred before the claim: claim now, as the event would have.
      record = freshRecord(job.firstSeenAt, undefined);
      if (!(await deps.store.claim(key, { v: 1, ticketId: job.ticketId, triage: record }))) return deps.log.info(`ticket ${job.ticketId}: triage retry found it claimed meanwhile`);
    } else if (record.status === 'done' || record.status === 'failed' || record.attempt >= job.attempt) {
      return deps.log.info(`ticket ${job.ticketId}: triage retry ${job.attempt} not needed (${record.status}, attempt ${record.attempt})`);
    }
  } catch (error) {
    if (error instanceof AppFailure) return deferUnclaimed(deps, job.ticketId, startedAt, error);
    throw error;
  }
  const current: TriageRecord = { ...record, attempt: Math.max(job.attempt, record.attempt), status: 'processing' };
  let ticket: TicketSnapshot;
  try {
    ticket = await deps.helpdesk.getTicket(job.ticketId);
  } catch (error) {
    const failure = error instanceof AppFailure ? error : new AppFailure({ kind: 'unavailable', step: 'freshdeskGetTicket', message: describe(error) });
    const { kind, message } = failure.error;
    const waiting: TriageRecord = { ...current, status: 'deferred', requests: current.requests + 1, errors: { ...current.errors } };
    return finishTriage(deps, job.ticketId, { record: { ...waiting, errors: { ...waiting.errors } }, retryCause: failure.error }).then(() =>
      deps.log.info(`ticket ${job.ticketId}: could not read the ticket for the retry (${kind}: ${message})`),
    );
  }
  await run(deps, settings, ticket, { ...current, requests: current.requests + 1 }, startedAt);
}
