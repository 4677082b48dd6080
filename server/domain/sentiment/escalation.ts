/**
 * What an escalation does to the ticket: the `escalation-risk:high` tag, merged with the ticket's tags because
 * a PUT replaces them (docs/freshdesk.md "Updating a ticket"), and, when the admin allows it, a priority one level
 * higher.
 */
import type { TicketUpdate } from '../triage/types';
import { mergeTags, sameTags } from '../tags';

export const ESCALATION_TAG = 'escalation-risk:high';
/**
 * Freshdesk priorities 1 Low … 4 Urgent (docs/freshdesk.md "Priorities, statuses and sources"); every ticket has one,
 * Low by default.
 */
const LOW = 1;
const URGENT = 4;

/** The admin's threshold is reached, not only passed (the Simpli Freshdesk guide: `>= 0.5`). */
export const isEscalation = (risk: number, threshold: number): boolean => risk >= threshold;

export interface TicketTagsAndPriority {
  tags: readonly string[];
  priority?: number | null;
}

export interface EscalationPlan {
  /** Empty when the ticket already shows the escalation (then no PUT). */
  update: TicketUpdate;
  priority?: { from: number; to: number };
}

export const hasEscalationTag = (tags: readonly string[]) => tags.some((t) => t.trim().toLowerCase() === ESCALATION_TAG);

/**
 * The priority is raised one level once per escalation: a ticket that already carries the tag was raised when it
 * got it, so a later escalating reply, a retry after a PUT that did land, or a duplicate event raises nothing more.
 */
export function planEscalation(ticket: TicketTagsAndPriority, raisePriority: boolean): EscalationPlan {
  const update: TicketUpdate = {};
  const tags = mergeTags(ticket.tags, [ESCALATION_TAG]);
  if (!sameTags(tags, ticket.tags)) update.tags = tags;
  const from = ticket.priority ?? LOW;
  if (!raisePriority || hasEscalationTag(ticket.tags) || from >= URGENT) return { update };
  update.priority = from + 1;
  return { update, priority: { from, to: from + 1 } };
}
