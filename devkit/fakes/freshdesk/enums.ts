/**
 * The ticket enumerations (docs/freshdesk.md "Priorities, statuses and sources"), with the account's custom statuses
 * added.
 */
import type { FreshdeskAccount } from './account';

export const PRIORITIES: Record<string, number> = { Low: 1, Medium: 2, High: 3, Urgent: 4 };

export const SOURCES: Record<string, number> = {
  Email: 1,
  Portal: 2,
  Phone: 3,
  Forum: 4,
  Twitter: 5,
  Facebook: 6,
  Chat: 7,
  MobiHelp: 8,
  'Feedback Widget': 9,
  'Outbound Email': 10,
  Ecommerce: 11,
  Bot: 12,
  WhatsApp: 13,
};

/**
 * Resolved and Closed: the statuses that require the required_for_closure fields (docs/freshdesk.md
 * "Updating a ticket").
 */
export const CLOSING_STATUSES: readonly number[] = [4, 5];

export interface Status {
  id: number;
  name: string;
  customer_name: string;
}

export function statusesOf(account: FreshdeskAccount): Status[] {
  return [
    { id: 2, name: 'Open', customer_name: 'Being Processed' },
    { id: 3, name: 'Pending', customer_name: 'Awaiting your Reply' },
    { id: 4, name: 'Resolved', customer_name: 'This ticket has been Resolved' },
    { id: 5, name: 'Closed', customer_name: 'This ticket has been Closed' },
    ...(account.customStatuses ?? []).map((s) => ({ id: s.id, name: s.name, customer_name: s.customer_name ?? s.name })),
  ];
}
