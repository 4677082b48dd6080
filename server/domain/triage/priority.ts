/** The rule for a ticket's priority from Triage's urgency, and the priorities' names as Freshdesk shows them. */
import { normalise } from './account-values';

/** Freshdesk priority from Triage urgency (Simpli Freshdesk guide, docs/simpli.md; `urgent` is core's name for `critical`). */
const PRIORITY_BY_URGENCY: Readonly<Record<string, number>> = { low: 1, medium: 2, high: 3, critical: 4, urgent: 4 };
export const PRIORITY_LABELS: Readonly<Record<number, string>> = { 1: 'Low', 2: 'Medium', 3: 'High', 4: 'Urgent' };

export const priorityForUrgency = (urgency: string): number | undefined => PRIORITY_BY_URGENCY[normalise(urgency)];
