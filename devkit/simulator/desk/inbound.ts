/**
 * What happens on Freshdesk's own side, which no API call stands for: a customer writes in (a new ticket from the
 * portal form, an email reply) and an agent changes a ticket in the UI. Each writes the desk's store the way the
 * fake's resources do (seed.ts builders, the real PUT handler), so the app reads back exactly what it would have
 * seen, and none of it is in the request log or the account's API budget — only the app's calls are.
 */
import type { SeedApiKey } from '../../fakes/freshdesk/account';
import type { ConversationJson, TicketRecord } from '../../fakes/freshdesk/records';
import { conversationRecord, ticketRecord } from '../../fakes/freshdesk/seed';
import { ROUTES } from '../../fakes/freshdesk/routes';
import { matchRoute } from '../../fakes/freshdesk/router';
import type { FreshdeskStore } from '../../fakes/freshdesk/store';
import { SimulatorError } from '../errors';
import type { DeskService } from './service';

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
/** Conversation source of a customer's reply (§2.2: 0 reply, 2 note). */
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

export function requireTicket(store: FreshdeskStore, id: number): TicketRecord {
  const t = store.tickets.get(id);
  if (!t) throw new SimulatorError(404, `There is no ticket ${id}`);
  return t;
}

/** A new portal ticket with the next free id at or above `minId` (so ids are not reused across restarts). */
export function receiveTicket(desk: DeskService, input: NewTicket, minId = 0): TicketRecord {
  const { store } = desk;
  requireText(input.subject, 'The subject');
  requireText(input.text, 'The description');
  if (!store.contacts.has(input.requesterId)) throw new SimulatorError(400, `There is no contact ${input.requesterId}`);
  const priority = input.priority ?? 1;
  if (![1, 2, 3, 4].includes(priority)) throw new SimulatorError(400, 'The priority must be 1, 2, 3 or 4');
  const id = Math.max(minId, ...[...store.tickets.keys()].map((k) => k + 1));
  const now = store.now();
  const record = ticketRecord(
    {
      id,
      subject: input.subject.trim(),
      description: textToHtml(input.text),
      description_text: input.text.trim(),
      requester_id: input.requesterId,
      priority,
      source: SOURCE_PORTAL,
      company_id: store.contacts.get(input.requesterId)?.company_id ?? null,
      created_at: now,
    },
    now,
  );
  store.tickets.set(id, record);
  store.conversations.set(id, []);
  return record;
}

/** An email reply from the ticket's requester: public, incoming, source 0, appended to the conversations. */
export function receiveReply(desk: DeskService, ticketId: number, text: string, minId = 0): ConversationJson {
  const { store } = desk;
  const t = requireTicket(store, ticketId);
  requireText(text, 'The reply');
  const requester = store.contacts.get(t.requester_id);
  let id = store.nextConversationId();
  while (id < minId) id = store.nextConversationId(); // keeps the store's own sequence above it too
  const now = store.now();
  const conversation = conversationRecord(
    t,
    {
      id,
      body: textToHtml(text),
      body_text: text.trim(),
      user_id: t.requester_id,
      incoming: true,
      private: false,
      source: SOURCE_REPLY,
      from_email: requester?.email ?? null,
      created_at: now,
    },
    now,
  );
  const list = store.conversations.get(t.id) ?? [];
  list.push(conversation);
  store.conversations.set(t.id, list);
  // Freshdesk may also reopen a resolved ticket here; that is an automation rule each account configures.
  t.stats.requester_responded_at = now;
  t.updated_at = now;
  return conversation;
}

/**
 * An agent saves ticket properties in the UI: the fake's own PUT handler validates and applies them (so closing
 * without a required field fails as it would), as the agent of the account's first admin key.
 */
export function agentUpdate(desk: DeskService, ticketId: number, changes: Record<string, unknown>): { status: number; body: unknown } {
  const { store } = desk;
  requireTicket(store, ticketId);
  const key = actingKey(store);
  if (!key) throw new SimulatorError(500, 'The account has no API key to act as an agent');
  const path = `/api/v2/tickets/${ticketId}`;
  const put = matchRoute(ROUTES, path)?.route.methods.PUT;
  if (!put) throw new SimulatorError(500, 'The fake Freshdesk has no ticket update');
  const rawBody = JSON.stringify(changes);
  const req = { method: 'PUT', path, query: new URLSearchParams(), headers: { 'content-type': 'application/json' }, rawBody };
  const res = put({ req, store, key, id: ticketId, body: changes, base: desk.base });
  return { status: res.status, body: res.body };
}

/** The agent the simulator acts as (the admin key's owner): `actor` of agent events, `loggedInUser` in the sidebar. */
export function actingAgentId(store: FreshdeskStore): number | undefined {
  return actingKey(store)?.agent_id;
}

function actingKey(store: FreshdeskStore): SeedApiKey | undefined {
  return store.account.apiKeys.find((k) => k.admin) ?? store.account.apiKeys[0];
}
