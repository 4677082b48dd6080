/**
 * Classification + routing → one ticket PUT and a decision per field, for the ticket and for the sidebar.
 * Priority, type and group are applied only above their confidence thresholds and only where the ticket
 * had no value at creation (unless the admin opts in); tags and AI fields always carry the suggestion.
 */
import { aiTag, mergeTags } from '../tags';
import { confidenceValue, wordValue } from './ai-fields';
import { groupFor, priorityForUrgency, PRIORITY_LABELS, ticketTypeFor } from './match';
import type {
  AccountSchema,
  Classification,
  DecisionReason,
  FieldDecision,
  NewTicket,
  Routing,
  TicketUpdatePlan,
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

export function planTicketUpdate(
  ticket: NewTicket,
  classification: Classification,
  routing: Routing | undefined,
  schema: AccountSchema,
  settings: TriageSettings,
): TicketUpdatePlan {
  const { confidence } = classification;
  const decisions: FieldDecision[] = [];
  const update: TicketUpdatePlan['update'] = {};

  const priority = priorityForUrgency(classification.urgency);
  if (priority === undefined) decisions.push(notApplied('priority', classification.urgency, 'invalid_for_account'));
  else {
    const d = gate({ field: 'priority', suggested: PRIORITY_LABELS[priority] ?? String(priority), threshold: settings.thresholds.priority, alreadySet: (ticket.priority ?? DEFAULT_PRIORITY) !== DEFAULT_PRIORITY }, confidence, settings);
    decisions.push(d);
    if (d.applied && ticket.priority !== priority) update.priority = priority;
  }

  const type = ticketTypeFor(classification.category, schema);
  if (type === undefined) decisions.push(notApplied('type', classification.category, 'invalid_for_account'));
  else {
    const d = gate({ field: 'type', suggested: type, threshold: settings.thresholds.type, alreadySet: Boolean(ticket.type) }, confidence, settings);
    decisions.push(d);
    if (d.applied && ticket.type !== type) update.type = type;
  }

  const group = groupFor(routing, schema, settings.teamToGroup);
  if (group === undefined) {
    if (routing?.team || routing?.group_id) decisions.push(notApplied('group', routing.team ?? String(routing.group_id), 'no_matching_group'));
  } else {
    const d = gate({ field: 'group', suggested: group.name, threshold: settings.thresholds.group, alreadySet: ticket.group_id != null }, confidence, settings);
    decisions.push(d);
    if (d.applied && ticket.group_id !== group.id) update.group_id = group.id;
  }

  const customFields: Record<string, string | number> = {};
  const aiField = (field: TriagedField, suggested: string, value: (rule: NonNullable<AccountSchema['customFields'][string]>) => string | number | undefined) => {
    const rule = schema.customFields[field];
    const v = rule ? value(rule) : undefined;
    decisions.push(v === undefined ? notApplied(field, suggested, rule ? 'invalid_for_account' : 'field_missing') : { field, suggested, applied: true, reason: 'applied' });
    if (v !== undefined) customFields[field] = v;
  };
  aiField('cf_ai_category', classification.category, (r) => wordValue(classification.category, r));
  aiField('cf_ai_urgency', classification.urgency, (r) => wordValue(classification.urgency, r));
  aiField('cf_ai_confidence', `${Math.round(confidence * 100)}%`, (r) => confidenceValue(confidence, r));
  if (Object.keys(customFields).length > 0) update.custom_fields = customFields;

  update.tags = mergeTags(ticket.tags ?? [], [aiTag('ai-category:', classification.category), aiTag('ai-urgency:', classification.urgency)]);
  return { update, decisions };
}
