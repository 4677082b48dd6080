/**
 * Classification + routing → one ticket PUT and a decision per field, for the ticket and for the sidebar.
 * Priority, type and group are applied only above their confidence thresholds and only where the ticket
 * had no value at creation (unless the admin opts in); tags and AI fields always carry the suggestion.
 */
import { AI_CATEGORY_TAG, AI_URGENCY_TAG, aiTag, mergeTags } from '../tags';
import { confidenceValue, wordValue } from './ai-fields';
import { groupFor, ticketTypeFor } from './account-values';
import { priorityForUrgency, PRIORITY_LABELS } from './priority';
import type {
  AccountSchema,
  AiField,
  Classification,
  CustomFieldRule,
  DecisionReason,
  FieldDecision,
  NewTicket,
  Routing,
  TicketUpdatePlan,
  TicketUpdate,
  TriageSettings,
  TriagedField,
} from './types';

/** Freshdesk gives every ticket a priority; Low (1) is its default, so only 2–4 count as chosen by someone. */
const DEFAULT_PRIORITY = 1;

interface Gate {
  field: TriagedField;
  suggested: string;
  threshold: number;
  alreadySet: boolean;
}

function gate(g: Gate, confidence: number, settings: TriageSettings): FieldDecision {
  const reason: DecisionReason =
    confidence < g.threshold ? 'below_threshold' : g.alreadySet && !settings.overwriteExisting ? 'existing_value_kept' : 'applied';
  return { field: g.field, suggested: g.suggested, applied: reason === 'applied', reason };
}

const notApplied = (field: TriagedField, suggested: string, reason: DecisionReason): FieldDecision => ({
  field,
  suggested,
  applied: false,
  reason,
});

/** A value Simpli proposes for one of the ticket's own fields, before the confidence and "already set" gates. */
interface Proposal extends Gate {
  key: 'priority' | 'type' | 'group_id';
  value: number | string;
  /** The ticket has this value already: nothing to send. */
  unchanged: boolean;
}

type Outcome = Proposal | FieldDecision | undefined;

function proposePriority(ticket: NewTicket, c: Classification, settings: TriageSettings): Outcome {
  const priority = priorityForUrgency(c.urgency);
  if (priority === undefined) return notApplied('priority', c.urgency, 'invalid_for_account');
  const alreadySet = (ticket.priority ?? DEFAULT_PRIORITY) !== DEFAULT_PRIORITY;
  const suggested = PRIORITY_LABELS[priority] ?? String(priority);
  return { field: 'priority', key: 'priority', value: priority, suggested, threshold: settings.thresholds.priority, alreadySet, unchanged: ticket.priority === priority };
}

function proposeType(ticket: NewTicket, c: Classification, schema: AccountSchema, settings: TriageSettings): Outcome {
  const type = ticketTypeFor(c.category, schema);
  if (type === undefined) return notApplied('type', c.category, 'invalid_for_account');
  return { field: 'type', key: 'type', value: type, suggested: type, threshold: settings.thresholds.type, alreadySet: Boolean(ticket.type), unchanged: ticket.type === type };
}

function proposeGroup(ticket: NewTicket, routing: Routing | undefined, schema: AccountSchema, settings: TriageSettings): Outcome {
  const group = groupFor(routing, schema, settings.teamToGroup);
  if (group !== undefined) {
    return { field: 'group', key: 'group_id', value: group.id, suggested: group.name, threshold: settings.thresholds.group, alreadySet: ticket.group_id != null, unchanged: ticket.group_id === group.id };
  }
  // No routing at all is not a decision; a team we cannot place is one.
  return routing?.team || routing?.group_id ? notApplied('group', routing.team ?? String(routing.group_id), 'no_matching_group') : undefined;
}

/** The AI custom fields: written wherever the account has the field and the field accepts the value. */
function aiFields(c: Classification, schema: AccountSchema): { decisions: FieldDecision[]; values: Record<string, string | number> } {
  const candidates: Array<[AiField, string, (rule: CustomFieldRule) => string | number | undefined]> = [
    ['cf_ai_category', c.category, (r) => wordValue(c.category, r)],
    ['cf_ai_urgency', c.urgency, (r) => wordValue(c.urgency, r)],
    ['cf_ai_confidence', `${Math.round(c.confidence * 100)}%`, (r) => confidenceValue(c.confidence, r)],
  ];
  const decisions: FieldDecision[] = [];
  const values: Record<string, string | number> = {};
  for (const [field, suggested, valueFor] of candidates) {
    const name = schema.aiFieldNames?.[field] ?? field;
    const rule = schema.customFields[name];
    const value = rule ? valueFor(rule) : undefined;
    if (value === undefined) decisions.push(notApplied(field, suggested, rule ? 'invalid_for_account' : 'field_missing'));
    else {
      decisions.push({ field, suggested, applied: true, reason: 'applied' });
      values[name] = value;
    }
  }
  return { decisions, values };
}

/**
 * `ours`: the fields an earlier attempt of this triage may have written itself (its recorded decisions, or every
 * field when its ticket PUT may have landed unrecorded). A value there that the ticket holds and triage suggests
 * again is triage's own, applied — not a value the ticket "already had when it arrived".
 */
export function planTicketUpdate(
  ticket: NewTicket,
  classification: Classification,
  routing: Routing | undefined,
  schema: AccountSchema,
  settings: TriageSettings,
  ours: ReadonlySet<TriagedField> = new Set(),
): TicketUpdatePlan {
  const decisions: FieldDecision[] = [];
  const update: TicketUpdate = {};
  const outcomes = [proposePriority(ticket, classification, settings), proposeType(ticket, classification, schema, settings), proposeGroup(ticket, routing, schema, settings)];
  for (const outcome of outcomes) {
    if (outcome === undefined) continue;
    if (!('key' in outcome)) {
      decisions.push(outcome);
      continue;
    }
    const own = outcome.unchanged && ours.has(outcome.field);
    const decision = gate(own ? { ...outcome, alreadySet: false } : outcome, classification.confidence, settings);
    decisions.push(decision);
    if (decision.applied && !outcome.unchanged) Object.assign(update, { [outcome.key]: outcome.value });
  }
  const ai = aiFields(classification, schema);
  decisions.push(...ai.decisions);
  if (Object.keys(ai.values).length > 0) update.custom_fields = ai.values;
  update.tags = mergeTags(ticket.tags ?? [], [aiTag(AI_CATEGORY_TAG, classification.category), aiTag(AI_URGENCY_TAG, classification.urgency)]);
  return { update, decisions };
}
