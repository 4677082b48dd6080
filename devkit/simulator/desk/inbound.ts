/**
 * What happens on Freshdesk's own side, which no API call stands for: a customer writes in (a new ticket from the
 * portal form, an email reply) and an agent works a ticket in the UI (a reply, a private note, a status). The desk
 * is the fake Freshdesk itself (createFreshdeskFake); this checks the simulator's input, builds the records' content
 * and picks the next ids, and the fake's receiveTicket / receiveCustomerReply / addAgentConversation /
 * updateTicketAsAgent write them as its seeding and its PUT handler do. So the app reads back exactly what it would
 * have seen, and none of it is in the request log or the account's API budget — only the app's calls are.
 */
import { uiAgentKey } from '../../fakes/freshdesk/auth';
import type { ConversationJson, TicketRecord } from '../../fakes/freshdesk/records';
import type { FreshdeskFake } from '../../fakes/freshdesk/service';
import type { FreshdeskRecords } from '../../fakes/freshdesk/store';
import { SimulatorError } from '../errors';
import { cleanEditorHtml } from './editor-html';

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
/** Conversation sources (docs/platform.md "Request templates: substitution": 0 reply, 2 note). */
const SOURCE_REPLY = 0;
const SOURCE_NOTE = 2;

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

/** A new portal ticket with the account's next ticket id. */
export function receiveTicket(desk: FreshdeskFake, input: NewTicket): Readonly<TicketRecord> {
  const { records } = desk;
  requireText(input.subject, 'The subject');
  requireText(input.text, 'The description');
  if (!records.contacts.has(input.requesterId)) throw new SimulatorError(400, `There is no contact ${input.requesterId}`);
  const priority = input.priority ?? 1;
  if (![1, 2, 3, 4].includes(priority)) throw new SimulatorError(400, 'The priority must be 1, 2, 3 or 4');
  const id = Math.max(1, ...[...records.tickets.keys()].map((k) => k + 1));
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

/** An email reply from the ticket's requester: public, incoming, source 0, with the account's next conversation id. */
export function receiveReply(desk: FreshdeskFake, ticketId: number, text: string): ConversationJson {
  const { records } = desk;
  const t = requireTicket(records, ticketId);
  requireText(text, 'The reply');
  const requester = records.contacts.get(t.requester_id);
  // Freshdesk may also reopen a resolved ticket here; that is an automation rule each account configures.
  return desk.receiveCustomerReply(t.id, {
    id: records.lastConversationId + 1,
    body: textToHtml(text),
    body_text: text.trim(),
    user_id: t.requester_id,
    incoming: true,
    private: false,
    source: SOURCE_REPLY,
    from_email: requester?.email ?? null,
  });
}

export type AgentWriting = 'reply' | 'note';

/**
 * The acting agent sends a reply (public, source 0, emailed to the requester) or adds a
 * private note (source 2) from the ticket editor. The editor's HTML is kept to formatting only (editor-html.ts);
 * refused when nothing readable is left.
 */
export function agentWrites(desk: FreshdeskFake, ticketId: number, html: string, what: AgentWriting): ConversationJson {
  const { records } = desk;
  const t = requireTicket(records, ticketId);
  const body = cleanEditorHtml(html);
  if (htmlIsEmpty(body)) throw new SimulatorError(400, what === 'reply' ? 'The reply must not be empty' : 'The note must not be empty');
  const agentId = actingAgentId(records);
  if (agentId === undefined) throw new SimulatorError(500, 'The account has no API key to act as an agent');
  const requester = records.contacts.get(t.requester_id);
  // Freshdesk answers from the mailbox the ticket came in to; a portal ticket came in to none.
  const mailbox = t.to_emails?.[0] ?? null;
  const id = records.lastConversationId + 1;
  if (what === 'note') return desk.addAgentConversation(t.id, { id, body, user_id: agentId, private: true, source: SOURCE_NOTE, note: true });
  return desk.addAgentConversation(t.id, {
    id,
    body,
    user_id: agentId,
    private: false,
    source: SOURCE_REPLY,
    support_email: mailbox,
    from_email: mailbox,
    to_emails: requester?.email ? [requester.email] : [],
  });
}

/** Nothing but tags, entities for spaces and whitespace. */
function htmlIsEmpty(html: string): boolean {
  return html.replace(/<[^>]*>/g, '').replace(/&nbsp;|&#160;/gi, '').trim() === '';
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
