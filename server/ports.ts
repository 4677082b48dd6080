/**
 * The small typed seams between workflows and the platform. Every method rejects with an AppFailure; server.ts
 * wires the FDK-backed adapters (server/fdk/*), tests may wire the local platform's.
 */
import type { KbGap, StaleArticle } from './contracts/kb-records';
import type { DraftForNote } from './domain/draft-note';
import type { WalkStep } from './domain/kb/walk';
import type { ExistingField, FieldSpec, SimpliService } from './domain/install/types';
import type { Lane } from './domain/jobs/lanes';
import type { RecurringSchedule } from './domain/schedules/sweep';
import type { QaEvaluation, QaRequest } from './domain/qa/types';
import type { ContactFieldDef, SentimentRequest, SentimentResult } from './domain/sentiment/types';
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

/** A Solutions article as the sync needs it. */
export interface SolutionArticle {
  id: number;
  /** 1 draft, 2 published. */
  status: number;
  /** ISO 8601. */
  updatedAt: string;
  title: string;
  /** The article as plain text (`description_text`). */
  text: string;
  tags: string[];
}

export interface SolutionPage {
  ids: number[];
  articles: SolutionArticle[];
  more: boolean;
}

/** What Simpli KB is sent for one article (docs/simpli.md "KB"). */
export interface KbArticle {
  title: string;
  content: string;
  tags: string[];
  /** The Freshdesk article's `updated_at`, so KB can tell how old it is. */
  updatedAt: string;
}

export interface SimpliPort {
  classify(ticketId: number, subject: string, description: string): Promise<Classification>;
  route(ticketId: number, classification: Classification): Promise<Routing>;
  draft(ticketId: number, conversation: ConversationMessage[], style: string, language: string): Promise<DraftReply>;
  /** Sentiment /analyze (docs/simpli.md "Sentiment: POST /analyze"); `ticketId` names the call in its X-Request-ID. */
  analyzeSentiment(ticketId: number, request: SentimentRequest): Promise<SentimentResult>;
  /** QA /evaluate (docs/simpli.md "QA"). */
  evaluateQa(ticketId: number, request: QaRequest): Promise<QaEvaluation>;
  /**
   * GET /health (docs/simpli.md "Ops endpoints": never needs a key); resolves when the service answers {"status":"ok"}.
   */
  health(service: SimpliService): Promise<void>;
  /** KB POST /articles, source `freshdesk-solutions` (docs/simpli.md "KB"). */
  addKbArticle(article: KbArticle): Promise<void>;
  /** KB GET /gaps and GET /stale, as the full-page app shows them. */
  kbFindings(): Promise<{ gaps: KbGap[]; stale: StaleArticle[] }>;
}

export interface TicketSnapshot {
  id: number;
  subject: string;
  description: string;
  priority?: number | null;
  type?: string | null;
  group_id?: number | null;
  tags: string[];
  status?: number;
  source?: number | null;
  requester_id?: number | null;
  responder_id?: number | null;
  /** When the ticket was created and last changed (epoch ms), where the source says. */
  createdAt?: number;
  updatedAt?: number;
}

export interface ConversationEntry {
  id: number;
  /** body_text: the plain text, quoted history included. */
  text: string;
  /** body: the HTML, quoted history in its markup. */
  html?: string;
  incoming: boolean;
  private: boolean;
  userId?: number | null;
}

/** One item of Freshdesk's ticket list: enough to tell whether the app has seen the ticket. */
export interface ListedTicket {
  id: number;
  createdAt: number;
  updatedAt: number;
  priority?: number | null;
  tags: string[];
}

export interface HelpdeskPort {
  getTicket(ticketId: number): Promise<TicketSnapshot>;
  /** One page (100) of tickets updated since `since` (epoch ms), oldest update first, and whether another may follow. */
  listTickets(since: number, page: number): Promise<{ tickets: ListedTicket[]; more: boolean }>;
  /**
   * The same list's first page with each ticket's description (include=description): many tickets read with one
   * request, as whole as getTicket reads one.
   */
  readTicketsUpdatedSince(since: number): Promise<TicketSnapshot[]>;
  /** One page (oldest first) and whether another follows. */
  listConversations(ticketId: number, page: number): Promise<{ entries: ConversationEntry[]; more: boolean }>;
  updateTicket(ticketId: number, update: TicketUpdate): Promise<void>;
  createPrivateNote(ticketId: number, html: string): Promise<void>;
  ticketSchema(): Promise<AccountSchema>;
  /** One GET /ticket_fields: the custom fields as listed (labels included) and the schema derived from them. */
  readTicketFields(): Promise<{ custom: ExistingField[]; schema: AccountSchema }>;
  /**
   * POST /admin/ticket_fields (docs/freshdesk.md "Creating ticket fields"; admin keys only): the field as created, with
   * its name.
   */
  createTicketField(spec: FieldSpec): Promise<ExistingField>;
  /**
   * POST /contact_fields (docs/freshdesk.md "Contact fields"; admin keys only): the field as created, with its name.
   */
  createContactField(spec: FieldSpec): Promise<ExistingField>;
  /** PUT /contacts/:id with custom fields only; keys without cf_ (docs/freshdesk.md "Contacts"). */
  updateContact(contactId: number, customFields: Record<string, string | number>): Promise<void>;
  /** The account's custom contact fields (GET /contact_fields, docs/freshdesk.md "Contact fields"). */
  contactFields(): Promise<ContactFieldDef[]>;
  /**
   * One page of one Solutions list (docs/freshdesk.md "Solutions (knowledge base)"): the categories' or folders'
   * ids it names, or an articles page's articles as published (`prefer_published`), and whether a page follows.
   */
  listSolutions(step: WalkStep): Promise<SolutionPage>;
}

export interface KeyValueStore {
  /**
   * Creates the record only if the key is free: true when this call created it (idempotency marks). A mark with
   * `ttlSeconds` expires, so marks of finished work do not pile up.
   */
  claim(key: string, value: object, ttlSeconds?: number): Promise<boolean>;
  /** undefined when there is no record. */
  get(key: string): Promise<unknown>;
  set(key: string, value: object, ttlSeconds?: number): Promise<void>;
  /** Sets top-level attributes of a record, creating it if needed, without touching its other attributes. */
  merge(key: string, attributes: object): Promise<void>;
  /** Removes top-level attributes of a record (each must be there). */
  removeAttributes(key: string, names: readonly string[]): Promise<void>;
}

export interface Scheduler {
  /** A one-time run of onScheduledEvent at `at` (epoch ms); 'exists' when that name is already pending. */
  scheduleOnce(name: string, at: number, data: object): Promise<'created' | 'exists'>;
  /**
   * The installation's recurring schedule, first firing at `firstAt` (epoch ms): 'exists' when one of that name
   * already runs with the same data and interval, 'updated' when one ran with others.
   */
  ensureRecurring(schedule: RecurringSchedule, firstAt: number): Promise<'created' | 'exists' | 'updated'>;
  /** Deletes a schedule by name; 'absent' when there is none (fired already, or never made). */
  cancel(name: string): Promise<'deleted' | 'absent'>;
}

/** One entry of the durable backlog (the `jobs` entity, config/entities.json). */
export interface BacklogEntry {
  /** The entity record's display_id. */
  id: string;
  /** "<kind>:<subject>", e.g. "triage:1001". */
  job: string;
  lane: Lane;
  /** Epoch ms: when a `wait` entry falls due, or when a `running` entry's lease ends. */
  dueAt: number;
  attempt: number;
  /** The job's input as its declaration reads it (≤ ~1.5 KB). */
  input: unknown;
  /** Template requests its next run is expected to spend, when the last run knew (a pump plans its minute with it). */
  cost?: number;
}

export type NewBacklogEntry = Omit<BacklogEntry, 'id'>;

/** Where an entry goes: its lane, when, as which attempt, and its expected cost (none: the kind's usual). */
/** The costs `Backlog.begun` finds: what is left of a run cut at a minute's end (a note; an update and a note). */
export const BEGUN_COSTS: readonly number[] = [1, 2, 3];

export type BacklogMove = Pick<BacklogEntry, 'lane' | 'dueAt' | 'attempt' | 'cost'>;

/** The durable backlog over the entity store (250 ops/min, 20 records a page, equality queries of ≤ 10 terms). */
export interface Backlog {
  add(entry: NewBacklogEntry): Promise<string>;
  move(id: string, to: BacklogMove): Promise<void>;
  remove(id: string): Promise<void>;
  /** One page (20) of a lane; `next` continues the listing. */
  lane(lane: Lane, next?: string): Promise<{ entries: BacklogEntry[]; next?: string }>;
  /** One page (20) of entries a run began and left with a small known cost (`BEGUN_COSTS`), in any lane: one op. */
  begun(): Promise<BacklogEntry[]>;
  /** Whether any entry waits (ready or `wait`): one `$or` query, one op. */
  hasQueued(): Promise<boolean>;
  /** The entries of these jobs (≤ 10 names: one `$or` query, one page). */
  findJobs(jobs: readonly string[]): Promise<BacklogEntry[]>;
}

/** The platform's answer to an SMI call: an error, or the data (https://developers.freshworks.com/docs/app-sdk/v3.0/support_ticket/advanced-interfaces/server-method-invocation/). */
export type RenderData = (error?: { status?: number; message: string } | null, data?: unknown) => void;

/** The ports a workflow may use: shared by every handler run (warm contexts). */
export interface WorkflowPorts {
  simpli: SimpliPort;
  helpdesk: HelpdeskPort;
  store: KeyValueStore;
  scheduler: Scheduler;
  backlog: Backlog;
  log: Log;
  clock: Clock;
}

/** What a handler has: the workflows' ports and the platform's answer, which stays with the handler. */
export interface HandlerDeps extends WorkflowPorts {
  /**
   * Answers the platform for this invocation (its `renderData`, read when called: the platform binds it per
   * invocation, docs/platform.md "renderData").
   */
  answer: RenderData;
}
