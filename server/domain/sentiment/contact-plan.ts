/**
 * Where a sentiment result lands on the contact. The Simpli Freshdesk guide has admins create two custom contact
 * fields, "Sentiment Score" (a dropdown positive/neutral/negative holding the label) and "Escalation Risk" (text
 * holding the number). Their keys are whatever Freshdesk named them (docs/freshdesk.md "Contacts", "Contact fields": no
 * cf_ prefix, digits on a name collision), so they are found in the account's own field list by label, or by a name
 * derived from it; a field the account lacks is skipped, never guessed.
 */
import type { ContactFieldDef, ContactFieldKind, ContactFieldTarget, SentimentFieldRole, SentimentFields, SentimentResult } from './types';

/** The labels the Simpli Freshdesk guide tells admins to use ("Freshdesk configuration steps", step 2). */
export const SENTIMENT_FIELD_LABELS: Readonly<Record<SentimentFieldRole, string>> = {
  label: 'Sentiment Score',
  risk: 'Escalation Risk',
};

/** "Sentiment Score", "sentiment_score" and "cf_sentiment_score" are the same words. */
const normalise = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/^cf_/, '')
    .replace(/[\s_-]+/g, ' ');

const KIND_BY_TYPE: Readonly<Record<string, ContactFieldKind>> = {
  custom_dropdown: 'dropdown',
  custom_text: 'text',
  custom_paragraph: 'text',
  custom_number: 'number',
  custom_decimal: 'decimal',
};

function target(field: ContactFieldDef): ContactFieldTarget {
  return { name: field.name, label: field.label, kind: KIND_BY_TYPE[field.type] ?? 'other', choices: field.choices };
}

/** The account's fields for each role: a label match first, else a name match; default fields never count. */
export function findSentimentFields(fields: readonly ContactFieldDef[]): SentimentFields {
  const custom = fields.filter((f) => f.type.startsWith('custom_'));
  const find = (role: SentimentFieldRole) => {
    const wanted = normalise(SENTIMENT_FIELD_LABELS[role]);
    return custom.find((f) => normalise(f.label) === wanted) ?? custom.find((f) => normalise(f.name) === wanted);
  };
  const label = find('label');
  const risk = find('risk');
  return { ...(label ? { label: target(label) } : {}), ...(risk ? { risk: target(risk) } : {}) };
}

/** A risk (0–1) as text: two decimals, so that "0.50" < "0.65" < "1.00" sort as numbers do in Freshdesk's lists. */
export const riskText = (risk: number): string => risk.toFixed(2);

function labelValue(result: SentimentResult, field: ContactFieldTarget): string | undefined {
  if (field.kind === 'dropdown') return field.choices.find((c) => c.trim().toLowerCase() === result.label);
  return field.kind === 'text' ? result.label : undefined;
}

function riskValue(result: SentimentResult, field: ContactFieldTarget): string | number | undefined {
  const risk = result.escalationRisk;
  switch (field.kind) {
    case 'text':
      return riskText(risk);
    case 'decimal':
      return Math.round(risk * 100) / 100;
    case 'number':
      return Math.round(risk * 100); // a whole-number field holds the risk as a percentage
    case 'dropdown':
      return field.choices.find((c) => c.trim() === riskText(risk));
    default:
      return undefined;
  }
}

export interface ContactPlan {
  /** The PUT body's custom_fields; empty when nothing can be written (then no PUT at all). */
  customFields: Record<string, string | number>;
  /** Field names written. */
  written: string[];
  /** Why a role was not written, one phrase each, for the log line and the sidebar. */
  skipped: string[];
}

/** The contact update for a result: only fields the account has and that accept the value. */
export function planContactUpdate(fields: SentimentFields, result: SentimentResult): ContactPlan {
  const plan: ContactPlan = { customFields: {}, written: [], skipped: [] };
  const roles: Array<[SentimentFieldRole, (f: ContactFieldTarget) => string | number | undefined]> = [
    ['label', (f) => labelValue(result, f)],
    ['risk', (f) => riskValue(result, f)],
  ];
  for (const [role, value] of roles) {
    const field = fields[role];
    const v = field ? value(field) : undefined;
    if (field && v !== undefined) {
      plan.customFields[field.name] = v;
      plan.written.push(field.name);
    } else if (field) plan.skipped.push(`"${field.label}" (${field.name}) cannot hold ${role === 'label' ? `"${result.label}"` : riskText(result.escalationRisk)}`);
    else plan.skipped.push(`no "${SENTIMENT_FIELD_LABELS[role]}" contact field in this account`);
  }
  return plan;
}
