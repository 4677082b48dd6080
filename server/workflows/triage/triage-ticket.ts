/**
 * Triage of one ticket as a job declaration (jobs/lifecycle.ts does claim, lease, backlog, defer and resume):
 * identity `triage:<ticketId>`, input the ticket id and requester language, the three stages of steps.
 * The event's own run uses the ticket the event carries; every other run (a takeover, the backlog, an agent's
 * Retry) reads the ticket again, so its tags are the ticket's current ones and the PUT erases nothing.
 */
import * as z from 'zod/mini';
import type { Settings } from '../../contracts/iparams';
import { freshJobRecord } from '../../contracts/job-record';
import { ticketRecordKey, ticketRecordSchema, type TriageRecord, type TriageStep } from '../../contracts/store-records';
import { draftNoteMayExist } from '../../domain/draft-note';
import { writeMayHaveLanded } from '../../domain/jobs/landed';
import { laneForPriority, laneForUrgency } from '../../domain/jobs/lanes';
import { AppFailure } from '../../domain/errors';
import type { HelpdeskPort, SimpliPort, TicketSnapshot } from '../../ports';
import { createSchemaSource } from './schema-cache';
import { checkFreshdeskFirst } from './freshdesk-first';
import { finishJob, type JobIdentity } from '../jobs/finish-job';
import type { Invocation, RunScope } from '../invocation';
import { FAILED_FOR_GOOD, startJob, type JobDeclaration, type LifecycleDeps, type RunContext, type StartOptions } from '../jobs/lifecycle';
import { runStages } from '../jobs/run-stages';
import { doneWithAllNeeds, type StepGraph } from '../jobs/step-graph';
import { triageIdentity } from './triage-identity';
import { needsTicket, QUEUED_TRIAGE_GRAPH, requestsLeft, TRIAGE_GRAPH, wantedSteps } from './steps';
import { TRIAGE_ACTIONS } from './triage-steps';
import { TRIAGE_SETTINGS_NEEDS } from './required-settings';
import { unconfiguredErrors } from '../jobs/unconfigured';

export interface TriageDeps extends LifecycleDeps {
  simpli: SimpliPort;
  helpdesk: HelpdeskPort;
}

/** What a queued triage carries (a few dozen bytes): the ticket is read again when it runs. */
export const triageInputSchema = z.object({
  ticketId: z.int().check(z.positive()),
  language: z.optional(z.string().check(z.maxLength(35))),
  priority: z.nullish(z.int()),
  /** When the ticket last changed as the event or the list showed it (epoch ms): a pump reads its batch from there. */
  updatedAt: z.optional(z.number()),
});
export type TriageInput = z.infer<typeof triageInputSchema>;

function freshRecord(now: number, language: string | undefined): TriageRecord {
  return { ...freshJobRecord<TriageStep>(now), ...(language ? { language } : {}) };
}

/** Steps that cannot run for lack of settings fail for good with the setting's name, until an agent's Retry. */
function withUnconfiguredSteps(record: TriageRecord, settings: Settings): TriageRecord {
  return { ...record, errors: { ...record.errors, ...unconfiguredErrors(settings, TRIAGE_SETTINGS_NEEDS, wantedSteps(settings)) } };
}

/** How one attempt runs, from how it came to be. */
interface AttemptPlan {
  startedAt: number;
  /** An agent's Retry asks Freshdesk again even while a refusal of the key is remembered. */
  recheck: boolean;
  /** An earlier attempt may have posted the note unrecorded: look before posting (domain/draft-note.ts). */
  noteMayExist: boolean;
  /** An earlier attempt's ticket PUT may have landed unrecorded: its values are triage's own (domain/jobs/landed.ts). */
  updateMayHaveLanded: boolean;
  graph: StepGraph<TriageStep>;
}

function attemptPlan(inv: RunScope, ctx: RunContext<TriageRecord>): AttemptPlan {
  return {
    startedAt: inv.startedAt,
    recheck: ctx.origin === 'retry',
    noteMayExist: draftNoteMayExist(ctx.stored, ctx.attempt),
    updateMayHaveLanded: writeMayHaveLanded(ctx.stored, ctx.attempt, 'update'),
    graph: ctx.origin === 'backlog' ? QUEUED_TRIAGE_GRAPH : TRIAGE_GRAPH,
  };
}

async function runSteps(deps: TriageDeps, settings: Settings, ticket: TicketSnapshot, record: TriageRecord, id: JobIdentity, plan: AttemptPlan): Promise<TriageRecord> {
  const schemas = createSchemaSource(deps.helpdesk, deps.store, deps.clock, { recheck: plan.recheck });
  const wanted = wantedSteps(settings);
  const checked = await checkFreshdeskFirst(schemas, record, wanted, deps.clock.now());
  if (checked.stopped) return finishJob(deps, id, { record: checked.record });
  const context = { ticket, settings, simpli: deps.simpli, helpdesk: deps.helpdesk, schemas, noteMayExist: plan.noteMayExist, updateMayHaveLanded: plan.updateMayHaveLanded };
  const result = await runStages(plan.graph, TRIAGE_ACTIONS, context, checked.record, wanted, deps.clock, plan.startedAt);
  return finishJob(deps, { ...id, requestsLeft: (saved) => requestsLeft(saved as TriageRecord, wanted) }, result);
}

/** The record this attempt starts from: the stored one (an agent's Retry also reruns what failed for good), or a fresh one. */
function startingRecord(input: TriageInput, ctx: RunContext<TriageRecord>, now: number): TriageRecord {
  const { stored } = ctx;
  if (!stored) return { ...freshRecord(now, input.language), attempt: ctx.attempt };
  if (ctx.origin !== 'retry') return { ...stored, attempt: ctx.attempt, status: 'processing' };
  // An update made without routing is made again once routing succeeds.
  return { ...stored, errors: {}, done: doneWithAllNeeds(TRIAGE_GRAPH, stored), attempt: ctx.attempt, status: 'processing' };
}

const idOnly = (ticketId: number): TicketSnapshot => ({ id: ticketId, subject: '', description: '', tags: [] });

export function triageDeclaration(eventTicket?: TicketSnapshot): JobDeclaration<TriageInput, TriageRecord, TriageDeps> {
  return {
    kind: 'triage',
    subject: (input) => String(input.ticketId),
    label: (input) => `ticket ${input.ticketId}: triage`,
    lane: (input, record) => (record?.classification ? laneForUrgency(record.classification.urgency) : laneForPriority(input.priority)),
    parse: (raw) => {
      const parsed = triageInputSchema.safeParse(raw);
      return parsed.success ? parsed.data : undefined;
    },
    async load(deps, input) {
      const stored = ticketRecordSchema.safeParse(await deps.store.get(ticketRecordKey(input.ticketId)));
      return stored.success ? stored.data.triage : undefined;
    },
    finished(record, origin) {
      if (record?.status === 'done') return 'already triaged';
      if (record?.status === 'failed' && origin !== 'retry') return FAILED_FOR_GOOD;
      return undefined;
    },
    async run(inv, input, ctx) {
      const { settings } = inv;
      const id: JobIdentity = { ...triageIdentity(input.ticketId), queue: ctx.queue };
      const record = withUnconfiguredSteps(startingRecord(input, ctx, inv.startedAt), settings);
      const plan = attemptPlan(inv, ctx);
      // The event's ticket is current only for the event's own first attempt.
      if (eventTicket && ctx.origin === 'event' && ctx.attempt === 1 && !ctx.stored) return runSteps(inv, settings, eventTicket, record, id, plan);
      if (settings.freshdesk_subdomain === undefined) {
        // Without the Freshdesk subdomain the ticket cannot even be read: say so, and wait for the admin and a Retry.
        return finishJob(inv, id, { record: { ...record, status: 'failed' } });
      }
      // Only the note left: it needs the ticket's id alone, so no read.
      if (!needsTicket(record, wantedSteps(settings))) return runSteps(inv, settings, idOnly(input.ticketId), record, id, plan);
      const withRead = { ...record, requests: record.requests + 1 };
      try {
        const ticket = await inv.helpdesk.getTicket(input.ticketId);
        return await runSteps(inv, settings, ticket, withRead, id, plan);
      } catch (error) {
        if (!(error instanceof AppFailure)) throw error;
        inv.log.info(`ticket ${input.ticketId}: could not read the ticket (${error.error.kind}: ${error.message})`);
        return finishJob(inv, id, { record: { ...withRead, status: 'deferred' }, retryCause: error.error });
      }
    },
  };
}

/** `late`: the event came more than a lease after it happened (domain/jobs/late-event.ts): the run reads the ticket first. */
export async function triageNewTicket(inv: Invocation<TriageDeps>, ticket: TicketSnapshot, language: string | undefined, late = false): Promise<void> {
  if (wantedSteps(inv.settings).length === 0) return inv.log.info(`ticket ${ticket.id}: triage and drafts are switched off`);
  const input: TriageInput = {
    ticketId: ticket.id,
    ...(language ? { language } : {}),
    priority: ticket.priority ?? null,
    ...(ticket.updatedAt !== undefined ? { updatedAt: ticket.updatedAt } : {}),
  };
  if (late) inv.log.info(`ticket ${ticket.id}: the event came late; triage reads the ticket first`);
  await startJob(inv, triageDeclaration(late ? undefined : ticket), input, { origin: 'event' });
}

/** A run from the backlog, or an agent's Retry (`origin: 'retry'`). */
export async function resumeTriage(inv: Invocation<TriageDeps>, input: TriageInput, options: StartOptions): Promise<TriageRecord | undefined> {
  if (options.origin !== 'retry' && wantedSteps(inv.settings).length === 0) {
    inv.log.info(`ticket ${input.ticketId}: triage and drafts are switched off`);
    return undefined;
  }
  const declaration = triageDeclaration();
  if (options.origin === 'retry' && !(await declaration.load(inv, input))) {
    // Never triaged (or its first run was killed before saving): the sweep finds it; a Retry has nothing to resume.
    inv.log.info(`ticket ${input.ticketId}: no triage to retry`);
    return undefined;
  }
  return startJob(inv, declaration, input, options);
}
