/**
 * All demo tickets (1001…1028), ordered by id, and what a careful human would say about each: the Triage
 * category and urgency it deserves and the customer's mood now (their latest message). Fakes, the bench and
 * tests may use the profiles as expectations; the app never sees them.
 */
import type { SeedTicket } from '../fakes/freshdesk/account';
import { edgeTickets } from './edge-tickets';
import { longThreadTicket } from './long-thread';
import { olderTickets } from './tickets-older';
import { openTickets } from './tickets-open';

export { HOSTILE_TICKET_ID, UNICODE_TICKET_ID } from './edge-tickets';
export { LONG_THREAD_TICKET_ID } from './long-thread';
export { WAITING_ON_CARRIER } from './tickets-older';

export function demoTickets(): SeedTicket[] {
  return [...openTickets, longThreadTicket, ...edgeTickets, ...olderTickets].sort((a, b) => a.id - b.id);
}

/**
 * Triage categories: docs/simpli.md "Triage" leaves the set open; these are the fake Triage's
 * (devkit/fakes/simpli/triage/taxonomy.ts), refunds counting as billing.
 */
export type DemoCategory = 'billing' | 'technical' | 'account' | 'shipping' | 'feature_request' | 'general';
export type DemoUrgency = 'low' | 'medium' | 'high' | 'critical';
/**
 * The mood of the customer's latest words (the last incoming conversation, else the description), as Simpli
 * Sentiment's keyword mode scores it (docs/simpli.md "Sentiment: the keyword algorithm"): angry = label negative, happy
 * = label positive. Keyword mode is English-only, so German, French and Spanish messages score neutral whatever their
 * tone.
 */
export type DemoMood = 'angry' | 'neutral' | 'happy';

export interface DemoTicketProfile {
  category: DemoCategory;
  urgency: DemoUrgency;
  mood: DemoMood;
  /** The latest customer words carry escalation risk ≥ 0.5 (Sentiment raises an alert). */
  escalates: boolean;
}

const p = (category: DemoCategory, urgency: DemoUrgency, mood: DemoMood, escalates = false): DemoTicketProfile => ({
  category,
  urgency,
  mood,
  escalates,
});

export const DEMO_TICKET_PROFILES: Readonly<Record<number, DemoTicketProfile>> = {
  1001: p('billing', 'high', 'angry', true),
  1002: p('technical', 'high', 'angry', true),
  1003: p('feature_request', 'low', 'happy'),
  1004: p('technical', 'high', 'neutral'),
  1005: p('shipping', 'medium', 'neutral'),
  1006: p('billing', 'low', 'neutral'),
  1007: p('account', 'high', 'neutral'),
  1008: p('billing', 'low', 'happy'),
  1009: p('technical', 'high', 'angry', true),
  1010: p('shipping', 'high', 'neutral'),
  1011: p('technical', 'low', 'neutral'),
  1012: p('technical', 'medium', 'angry', true),
  1013: p('general', 'low', 'happy'),
  1014: p('account', 'low', 'neutral'),
  1015: p('billing', 'medium', 'neutral'),
  1016: p('technical', 'medium', 'neutral'),
  1017: p('billing', 'critical', 'angry', true),
  1018: p('technical', 'high', 'neutral'),
  1019: p('feature_request', 'low', 'happy'),
  1020: p('technical', 'medium', 'angry'),
  1021: p('billing', 'medium', 'happy'),
  1022: p('billing', 'low', 'happy'),
  1023: p('shipping', 'medium', 'happy'),
  1024: p('shipping', 'medium', 'happy'),
  1025: p('account', 'medium', 'happy'),
  1026: p('technical', 'low', 'neutral'),
  1027: p('billing', 'low', 'neutral'),
  1028: p('billing', 'low', 'neutral'),
};
