/**
 * The small typed seams between workflows and the platform. Every method rejects with an AppFailure; server.ts
 * wires the FDK-backed adapters (server/fdk/*), tests may wire the local platform's.
 */
import type { TemplateClient } from './fdk/request';
import type { RenderData } from './fdk/types';
import type { DraftForNote } from './domain/draft-note';
import type { AccountSchema, Classification, Routing, TicketUpdate } from './domain/triage/types';

/** One line per call; lines carry ids and error kinds, never payloads, headers or keys. */
export interface Log {
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

export interface Clock {
  now(): number;
}

export interface ConversationMessage {
  role: 'customer' | 'agent';
  content: string;
}

export interface DraftReply extends DraftForNote {
  id?: string | null;
  language?: string | null;
}

export interface SimpliPort {
  classify(ticketId: number, subject: string, description: string): Promise<Classification>;
  route(ticketId: number, classification: Classification): Promise<Routing>;
  draft(ticketId: number, conversation: ConversationMessage[], style: string, language: string): Promise<DraftReply>;
}

export interface TicketSnapshot {
  id: number;
  subject: string;
  description: string;
  priority?: number | null;
  type?: string | null;
  group_id?: number | null;
  tags: string[];
}

export interface ConversationEntry {
  id: number;
  text: string;
  incoming: boolean;
  private: boolean;
  userId?: number | null;
}

export interface HelpdeskPort {
  getTicket(ticketId: number): Promise<TicketSnapshot>;
  /** One page (oldest first) and whether another follows. */
  listConversations(ticketId: number, page: number): Promise<{ entries: ConversationEntry[]; more: boolean }>;
  updateTicket(ticketId: number, update: TicketUpdate): Promise<void>;
  createPrivateNote(ticketId: number, html: string): Promise<void>;
  ticketSchema(): Promise<AccountSchema>;
}

export interface KeyValueStore {
  /** Creates the record only if the key is free: true when this call created it (idempotency marks). */
  claim(key: string, value: object): Promise<boolean>;
  /** undefined when there is no record. */
  get(key: string): Promise<unknown>;
  set(key: string, value: object, ttlSeconds?: number): Promise<void>;
  /** Sets top-level attributes of a record, creating it if needed, without touching its other attributes. */
  merge(key: string, attributes: object): Promise<void>;
}

export interface Scheduler {
  /** A one-time run of onScheduledEvent at `at` (epoch ms); 'exists' when that name is already pending. */
  scheduleOnce(name: string, at: number, data: object): Promise<'created' | 'exists'>;
}

export interface HandlerDeps {
  templates: TemplateClient;
  simpli: SimpliPort;
  helpdesk: HelpdeskPort;
  store: KeyValueStore;
  scheduler: Scheduler;
  log: Log;
  clock: Clock;
  /** Read when a handler answers, because the platform binds renderData per invocation (fdk-platform.md §4.2). */
  renderData: () => RenderData;
}
