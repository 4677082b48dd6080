/**
 * What each triage step does. Each takes what earlier steps stored in the record and returns what it adds;
 * `spend()` counts every template request, so the record knows what the ticket cost.
 */
import type { Settings } from '../../contracts/iparams';
import { parseTeamGroups } from '../../contracts/iparams';
import type { TriageRecord, TriageStep } from '../../contracts/store-records';
import { renderDraftNote } from '../../domain/draft-note';
import { AppFailure } from '../../domain/errors';
import { planTicketUpdate } from '../../domain/triage/plan-update';
import type { TicketUpdate } from '../../domain/triage/types';
import type { HelpdeskPort, SimpliPort, TicketSnapshot } from '../../ports';
import type { SchemaSource } from './account-schema';
import { hasDraftNote } from './draft-note-search';
import type { StepAction, StepContext as JobStepContext } from '../jobs/run-stages';

export interface TriageContext {
  ticket: TicketSnapshot;
  settings: Settings;
  simpli: SimpliPort;
  helpdesk: HelpdeskPort;
  schemas: SchemaSource;
}

type StepContext = JobStepContext<TriageContext, TriageRecord>;
type StepPatch = Partial<Pick<TriageRecord, 'classification' | 'routing' | 'draft' | 'decisions'>>;

const missing = (step: TriageStep, what: string): never => {
  throw new AppFailure({ kind: 'rejected', step, message: `${step} has no ${what} to work from` });
};

const isEmpty = (update: TicketUpdate) => Object.keys(update).length === 0;

async function classify({ ticket, simpli, spend }: StepContext): Promise<StepPatch> {
  spend();
  const { category, urgency, sentiment, confidence } = await simpli.classify(ticket.id, ticket.subject, ticket.description);
  return { classification: { category, urgency, sentiment, confidence } };
}

async function draft({ ticket, record, settings, simpli, spend }: StepContext): Promise<StepPatch> {
  spend();
  const content = ticket.description.trim() || ticket.subject;
  const language = settings.draft_language ?? record.language ?? 'en';
  const reply = await simpli.draft(ticket.id, [{ role: 'customer', content }], settings.draft_style, language);
  return { draft: { id: reply.id, text: reply.text, confidence: reply.confidence, language: reply.language ?? language, style: settings.draft_style } };
}

async function route({ ticket, record, simpli, spend }: StepContext): Promise<StepPatch> {
  const classification = record.classification ?? missing('route', 'classification');
  spend();
  const { team, agent, reason, group_id } = await simpli.route(ticket.id, classification);
  return { routing: { team, agent, reason, group_id } };
}

async function update(ctx: StepContext): Promise<StepPatch> {
  const { ticket, record, settings, helpdesk, schemas, spend } = ctx;
  const classification = record.classification ?? missing('update', 'classification');
  const triageSettings = {
    thresholds: {
      priority: settings.triage_min_confidence_priority,
      type: settings.triage_min_confidence_type,
      group: settings.triage_min_confidence_group,
    },
    overwriteExisting: settings.triage_overwrite_existing,
    teamToGroup: parseTeamGroups(settings.triage_team_groups),
  };
  const loaded = await schemas.load();
  for (let n = 0; n < loaded.requests; n += 1) spend();
  let plan = planTicketUpdate(ticket, classification, record.routing, loaded.schema, triageSettings);
  if (isEmpty(plan.update)) return { decisions: plan.decisions };
  try {
    spend();
    await helpdesk.updateTicket(ticket.id, plan.update);
  } catch (error) {
    // A 400 means the account changed under the cache (a type or group removed): refresh once and re-plan.
    if (!(error instanceof AppFailure) || error.error.kind !== 'rejected' || error.error.status !== 400) throw error;
    spend();
    plan = planTicketUpdate(ticket, classification, record.routing, await schemas.refresh(), triageSettings);
    spend();
    if (!isEmpty(plan.update)) await helpdesk.updateTicket(ticket.id, plan.update);
  }
  return { decisions: plan.decisions };
}

async function note({ ticket, record, helpdesk, spend }: StepContext): Promise<StepPatch> {
  const drafted = record.draft ?? missing('note', 'draft');
  // A retried note may already exist (a timeout after Freshdesk stored it): look before posting again.
  if (record.attempt > 1 || record.errors.note) {
    if (await hasDraftNote(helpdesk, ticket.id, spend)) return {};
  }
  spend();
  await helpdesk.createPrivateNote(ticket.id, renderDraftNote(drafted));
  return {};
}

export const TRIAGE_ACTIONS: Readonly<Record<TriageStep, StepAction<TriageContext, TriageRecord>>> = {
  classify,
  draft,
  route,
  update,
  note,
};
