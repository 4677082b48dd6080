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
import type { TicketUpdate, TriagedField } from '../../domain/triage/types';
import { cutToCodePoints } from '../../domain/text';
import type { HelpdeskPort, SimpliPort, TicketSnapshot } from '../../ports';
import type { SchemaSource } from './schema-cache';
import { hasDraftNote } from './draft-note-search';
import type { StepAction, StepContext as JobStepContext } from '../jobs/run-stages';

export interface TriageContext {
  ticket: TicketSnapshot;
  settings: Settings;
  simpli: SimpliPort;
  helpdesk: HelpdeskPort;
  schemas: SchemaSource;
  /** An earlier attempt may have posted the note unrecorded (domain/draft-note.ts): look before posting. */
  noteMayExist: boolean;
  /** An earlier attempt's ticket PUT may have landed unrecorded (domain/jobs/landed.ts). */
  updateMayHaveLanded?: boolean;
}

/** The fields an earlier attempt may have written itself: its recorded decisions, or all when its PUT may have landed. */
function ownFields(record: TriageRecord, mayHaveLanded: boolean): ReadonlySet<TriagedField> {
  if (mayHaveLanded) return new Set<TriagedField>(['priority', 'type', 'group']);
  return new Set((record.decisions ?? []).filter((d) => d.applied).map((d) => d.field as TriagedField));
}

type StepContext = JobStepContext<TriageContext, TriageRecord>;
type StepPatch = Partial<Pick<TriageRecord, 'classification' | 'routing' | 'draft' | 'decisions'>>;

const missing = (step: TriageStep, what: string): never => {
  throw new AppFailure({ kind: 'rejected', step, message: `${step} has no ${what} to work from` });
};

/**
 * What is sent to Simpli is cut: 10,000 code points is Simpli's own cap on a text (its Sentiment API's 422), and
 * even at 6 bytes a character once JSON-escaped it keeps a request far under the platform's 100 KB body limit
 * (https://developers.freshworks.com/docs/app-sdk/v3.0/support_ticket/rate-limits-and-constraints/). The start of
 * a pasted log is what says what the ticket is about.
 */
export const MAX_TEXT_CODE_POINTS = 10_000;
export const MAX_SUBJECT_CODE_POINTS = 1_000;

const isEmpty = (update: TicketUpdate) => Object.keys(update).length === 0;

async function classify({ ticket, simpli, spend }: StepContext): Promise<StepPatch> {
  spend();
  const subject = cutToCodePoints(ticket.subject, MAX_SUBJECT_CODE_POINTS);
  const { category, urgency, sentiment, confidence } = await simpli.classify(ticket.id, subject, cutToCodePoints(ticket.description, MAX_TEXT_CODE_POINTS));
  return { classification: { category, urgency, sentiment, confidence } };
}

async function draft({ ticket, record, settings, simpli, spend }: StepContext): Promise<StepPatch> {
  spend();
  const content = ticket.description.trim() || ticket.subject;
  const language = settings.draft_language ?? record.language ?? 'en';
  const reply = await simpli.draft(ticket.id, [{ role: 'customer', content: cutToCodePoints(content, MAX_TEXT_CODE_POINTS) }], settings.draft_style, language);
  // An empty draft is never posted: the step fails for good and the sidebar says why.
  if (reply.text.trim() === '') throw new AppFailure({ kind: 'rejected', step: 'draft', message: 'Simpli Reply answered an empty draft; no note is posted' });
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
  const ours = ownFields(record, ctx.updateMayHaveLanded === true);
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
  let plan = planTicketUpdate(ticket, classification, record.routing, loaded.schema, triageSettings, ours);
  if (isEmpty(plan.update)) return { decisions: plan.decisions };
  try {
    spend();
    await helpdesk.updateTicket(ticket.id, plan.update);
  } catch (error) {
    // A 400 means the account changed under the cache (a type or group removed): refresh once and re-plan.
    if (!(error instanceof AppFailure) || error.error.kind !== 'rejected' || error.error.status !== 400) throw error;
    spend();
    plan = planTicketUpdate(ticket, classification, record.routing, await schemas.refresh(), triageSettings, ours);
    spend();
    if (!isEmpty(plan.update)) await helpdesk.updateTicket(ticket.id, plan.update);
  }
  return { decisions: plan.decisions };
}

async function note({ ticket, record, helpdesk, spend, noteMayExist }: StepContext): Promise<StepPatch> {
  const drafted = record.draft ?? missing('note', 'draft');
  if (drafted.text.trim() === '') throw new AppFailure({ kind: 'rejected', step: 'note', message: 'the draft is empty; no note is posted' });
  // A retried note may already exist (a timeout after Freshdesk stored it): look before posting again.
  if (noteMayExist) {
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
