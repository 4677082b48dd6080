/**
 * Values for the AI custom ticket fields the Simpli Freshdesk guide has admins create (cf_ai_category, cf_ai_urgency,
 * cf_ai_confidence). A value is written only where the field exists and accepts it, so one field never fails
 * the whole PUT (docs/freshdesk.md "Updating a ticket": one bad value refuses the entire update).
 */
import type { CustomFieldRule } from './types';

const MAX_TEXT = 255; // custom text fields (docs/freshdesk.md "Updating a ticket")

const normalise = (s: string) => s.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

/** A word (category, urgency) in the field's terms, or undefined when the field cannot hold it. */
export function wordValue(word: string, rule: CustomFieldRule): string | undefined {
  switch (rule.kind) {
    case 'dropdown':
      return rule.choices.find((c) => normalise(c) === normalise(word));
    case 'text':
      return word.length <= MAX_TEXT ? word : undefined;
    default:
      return undefined;
  }
}

/** A confidence (0–1) in the field's terms: "0.87" as text, 0.87 as decimal, 87 (percent) as number. */
export function confidenceValue(confidence: number, rule: CustomFieldRule): string | number | undefined {
  const rounded = Math.round(confidence * 100) / 100;
  switch (rule.kind) {
    case 'text':
      return String(rounded);
    case 'decimal':
      return rounded;
    case 'number':
      return Math.round(confidence * 100);
    case 'dropdown':
      return rule.choices.find((c) => c.trim() === String(rounded) || c.trim() === `${Math.round(confidence * 100)}%`);
    default:
      return undefined;
  }
}
