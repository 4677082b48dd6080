/**
 * Classification and the decision per field (server/domain/triage/plan-update.ts): what Simpli suggested, whether
 * it was applied, and why not — in the agent's words, with the admin's threshold from the settings.
 */
import type { Decision, TriageState } from '../contracts/record';
import type { SidebarSettings } from '../contracts/settings';
import { humanize, percent } from './format';
import { fieldLabel } from './words';

export interface FieldRow {
  field: string;
  label: string;
  value: string;
  applied: boolean;
  /** "Applied", "Suggested" or, for AI fields the account lacks, "Not saved". */
  status: string;
  why: string;
}

export interface ClassificationView {
  category: string;
  urgency: string;
  confidence: string;
  /** Priority and type (group is routing's). */
  rows: FieldRow[];
  /** One line on the AI custom fields, when triage wrote or tried to write them. */
  aiFields?: string;
}

/** The admin's minimum confidence (0–1) for a field triage may set; the AI fields have none. */
function minimum(field: string, s: SidebarSettings): number | undefined {
  const by: Readonly<Record<string, number>> = { priority: s.triage_min_confidence_priority, type: s.triage_min_confidence_type, group: s.triage_min_confidence_group };
  return by[field];
}

function why(d: Decision, confidence: number, settings: SidebarSettings): string {
  const field = fieldLabel(d.field).toLowerCase();
  switch (d.reason) {
    case 'applied':
      return 'Applied to the ticket.';
    case 'below_threshold': {
      const min = minimum(d.field, settings);
      const bar = min === undefined ? 'the minimum your admin set' : `the ${percent(min)} minimum your admin set`;
      return `Only suggested: confidence ${percent(confidence)} is below ${bar} for ${field}.`;
    }
    case 'invalid_for_account':
      return `Only suggested: “${d.suggested}” is not a ${field} this helpdesk offers.`;
    case 'existing_value_kept':
      return `Only suggested: the ticket already had a ${field} when it arrived, and it was kept.`;
    case 'no_matching_group':
      return `Only suggested: no group in this helpdesk matches the team “${d.suggested}”.`;
    case 'field_missing':
      return `Not saved: this helpdesk has no “${fieldLabel(d.field)}” field.`;
    default:
      return `Only suggested (${d.reason.replace(/_/g, ' ')}).`;
  }
}

export function fieldRow(d: Decision, confidence: number, settings: SidebarSettings): FieldRow {
  const status = d.applied ? 'Applied' : d.reason === 'field_missing' ? 'Not saved' : 'Suggested';
  return { field: d.field, label: fieldLabel(d.field), value: d.suggested, applied: d.applied, status, why: why(d, confidence, settings) };
}

function aiFieldsLine(decisions: Decision[]): string | undefined {
  const ai = decisions.filter((d) => d.field.startsWith('cf_'));
  if (ai.length === 0) return undefined;
  const saved = ai.filter((d) => d.applied).map((d) => fieldLabel(d.field));
  const missing = ai.filter((d) => d.reason === 'field_missing').map((d) => fieldLabel(d.field));
  const refused = ai.filter((d) => !d.applied && d.reason !== 'field_missing').map((d) => fieldLabel(d.field));
  const parts = [
    saved.length ? `saved to ${saved.join(', ')}` : '',
    missing.length ? `${missing.join(', ')} missing in this helpdesk (an admin can add ${missing.length === 1 ? 'it' : 'them'})` : '',
    refused.length ? `${refused.join(', ')} not accepted by the field’s choices` : '',
  ].filter((p) => p !== '');
  return `AI fields: ${parts.join('; ')}.`;
}

export function classificationView(triage: TriageState, settings: SidebarSettings): ClassificationView | undefined {
  const c = triage.classification;
  if (!c) return undefined;
  const rows = triage.decisions.filter((d) => d.field === 'priority' || d.field === 'type').map((d) => fieldRow(d, c.confidence, settings));
  const aiFields = aiFieldsLine(triage.decisions);
  return {
    category: humanize(c.category),
    urgency: humanize(c.urgency),
    confidence: percent(c.confidence),
    rows,
    ...(aiFields ? { aiFields } : {}),
  };
}
