/**
 * The `data` of the product events the simulator fires, built from the desk's records so that the event and
 * what the app later reads through the API agree. Shapes: docs/platform.md "Event payloads" sections and the samples in
 * server/test_data/support_ticket/ — the API objects plus the event-only keys the samples carry.
 */
import type { ConversationJson, TicketRecord } from '../fakes/freshdesk/records';
import type { FreshdeskRecords } from '../fakes/freshdesk/store';
import { renderTicket } from '../fakes/freshdesk/tickets';

type Json = Record<string, unknown>;

export function eventTicket(records: FreshdeskRecords, t: Readonly<TicketRecord>, changes?: Json): Json {
  return {
    ...renderTicket(records, t),
    model_id: t.id,
    is_description_truncated: false,
    is_description_text_truncated: false,
    deleted: t.deleted,
    archive: false,
    requester_responded_at: t.stats.requester_responded_at,
    agent_responded_at: t.stats.agent_responded_at,
    resolved_at: t.stats.resolved_at,
    closed_at: t.stats.closed_at,
    ...(changes ? { changes } : {}),
  };
}

/**
 * `requester` of ticket events: `{ id, name, email, mobile, phone, language, created_at }` (docs/platform.md
 * "Event payloads: onTicketCreate").
 */
export function eventRequester(records: FreshdeskRecords, contactId: number): Json | null {
  const c = records.contacts.get(contactId);
  if (!c) return null;
  return { id: c.id, name: c.name, email: c.email, mobile: c.mobile, phone: c.phone, language: c.language, created_at: c.created_at };
}

/** `actor` when the customer did it (a new ticket, a reply). */
export function contactActor(records: FreshdeskRecords, contactId: number): Json {
  const c = records.contacts.get(contactId);
  if (!c) return { id: contactId, type: 'contact' };
  return {
    id: c.id,
    name: c.name,
    email: c.email,
    type: 'contact',
    helpdesk_agent: false,
    active: c.active,
    language: c.language,
    time_zone: c.time_zone,
    created_at: c.created_at,
    updated_at: c.updated_at,
  };
}

/** `actor` when an agent did it (a reply, a note, resolving in the UI). */
export function agentActor(records: FreshdeskRecords, agentId: number | undefined): Json {
  const a = records.account.agents.find((x) => x.id === agentId);
  if (!a) return { id: 0, name: 'system', type: 'system' };
  return { id: a.id, name: a.name, email: a.email, type: 'agent', helpdesk_agent: true, active: true, language: 'en' };
}

export function eventConversation(c: ConversationJson): Json {
  return {
    ...c,
    is_body_truncated: false,
    is_body_text_truncated: false,
    kind: c.private ? 'private_note' : 'reply',
    notable_id: c.ticket_id,
    notable_type: 'Helpdesk::Ticket',
    deleted: false,
    archive: false,
  };
}

/** onTicketCreate's data: `{ ticket, requester, actor }`, the requester having opened it (docs/platform.md "Event payloads: onTicketCreate"). */
export function ticketCreateData(records: FreshdeskRecords, t: Readonly<TicketRecord>): Json {
  return { ticket: eventTicket(records, t), requester: eventRequester(records, t.requester_id), actor: contactActor(records, t.requester_id) };
}
