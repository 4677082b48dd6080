/**
 * What happens on Freshdesk's own side, which no API call stands for: a customer writes in (a new ticket from the
 * portal form, an email reply) and an agent changes a ticket in the UI. The desk is the fake Freshdesk itself
 * (createFreshdeskFake); this checks the simulator's input, builds the records' content and picks ids above the
 * floors, and the fake's receiveTicket / receiveCustomerReply / updateTicketAsAgent write them as its seeding and
 * its PUT handler do. So the app reads back exactly what it would have seen, and none of it is in the request log
 * or the account's API budget — only the app's calls are.
 */
import { uiAgentKey } from '../../fakes/freshdesk/auth';
import type { ConversationJson, TicketRecord } from '../../fakes/freshdesk/records';
import type { FreshdeskFake } from '../../fakes/freshdesk/service';
import type { FreshdeskRecords } from '../../fakes/freshdesk/store';
import { SimulatorError } from '../errors';

export interface NewTicket {
  subject: string;
  /** Plain text as the customer typed it; the HTML description is built from it, escaped. */
  text: string;
  requesterId: number;
  /** 1 Low (default) … 4 Urgent. */
  priority?: number;
}

/** Portal tickets: what a customer typing into a form creates (email tickets would need a mailbox). */
const SOURCE_PORTAL = 2;
/** Conversation source of a customer's reply (docs/platform.md "Request templates: substitution": 0 reply, 2 note). */
const SOURCE_REPLY = 0;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Paragraphs (blank lines) → `<div>`s, line breaks → `<br>`, like Freshdesk's editor; every character escaped. */
export function textToHtml(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<div>${escapeHtml(p).replace(/\r?\n/g, '<br>')}</div>`)
    .join('');
}

function requireText(value: string, what: string): string {
  if (value.trim() === '') throw new SimulatorError(400, `${what} must not be empty`);
  return value;
}

export function requireTicket(records: FreshdeskRecords, id: number): Readonly<TicketRecord> {
  const t = records.tickets.get(id);
  if (!t) throw new SimulatorError(404, `There is no ticket ${id}`);
  return t;
}

/** A new portal ticket with the next free id at or above `minId` (so ids are not reused across restarts). */
export function receiveTicket(desk: FreshdeskFake, input: NewTicket, minId = 0): Readonly<TicketRecord> {
  const { records } = desk;
  requireText(input.subject, 'The subject');
  requireText(input.text, 'The description');
  if (!records.contacts.has(input.requesterId)) throw new SimulatorError(400, `There is no contact ${input.requesterId}`);
  const priority = input.priority ?? 1;
  if (![1, 2, 3, 4].includes(priority)) throw new SimulatorError(400, 'The priority must be 1, 2, 3 or 4');
  const id = Math.max(minId, ...[...records.tickets.keys()].map((k) => k + 1));
  desk.receiveTicket({
    id,
    subject: input.subject.trim(),
    description: textToHtml(input.text),
    description_text: input.text.trim(),
    requester_id: input.requesterId,
    priority,
    source: SOURCE_PORTAL,
    company_id: records.contacts.get(input.requesterId)?.company_id ?? null,
  });
  return requireTicket(records, id);
}

/**
 * An email reply from the ticket's requester: public, incoming, source 0, appended to the conversations. Its id
 * is the account's next conversation id, or `minId` when that is higher (the account's sequence follows it).
 */
export function receiveReply(desk: FreshdeskFake, ticketId: number, text: string, minId = 0): ConversationJson {
  const { records } = desk;
  const t = requireTicket(records, ticketId);
  requireText(text, 'The reply');
  const requester = records.contacts.get(t.requester_id);
  // Freshdesk may also reopen a resolved ticket here; that is an automation rule each account configures.
  return desk.receiveCustomerReply(t.id, {
    id: Math.max(minId, records.lastConversationId + 1),
    body: textToHtml(text),
    body_text: text.trim(),
    user_id: t.requester_id,
    incoming: true,
    private: false,
    source: SOURCE_REPLY,
    from_email: requester?.email ?? null,
  });
}

/**
 * An agent saves ticket properties in the UI: the fake's own PUT handler validates and applies them (so closing
 * without a required field fails as it would), as the agent of the account's first admin key.
 */
export function agentUpdate(desk: FreshdeskFake, ticketId: number, changes: Record<string, unknown>): { status: number; body: unknown } {
  requireTicket(desk.records, ticketId);
  if (actingAgentId(desk.records) === undefined) throw new SimulatorError(500, 'The account has no API key to act as an agent');
  return desk.updateTicketAsAgent(ticketId, changes);
}

/** The agent the simulator acts as (the admin key's owner): `actor` of agent events, `loggedInUser` in the sidebar. */
export function actingAgentId(records: FreshdeskRecords): number | undefined {
  return uiAgentKey(records.account.apiKeys)?.agent_id;
}
