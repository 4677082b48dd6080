/**
 * The sidebar's one seam to the platform: components and hooks use a SidebarPort, never
 * `client`. fdk/sidebar-port.ts implements it over the FDK client; tests pass a fake.
 *
 * Cost per call, in platform operations (template requests, `$db`, SMI: docs/platform.md "Budgets per installation")
 * — opening the sidebar may spend at most 2, Regenerate 1–2:
 *   ticket, contact, group, settings, insertIntoReply, notify, resize, onEvent     0 (data, iparams, interface, events)
 *   record, saveDraft                                                              1 `$db`
 *   customerSentiment, draft, sendFeedback                                         1 template request
 *   retryTicket                                                                    1 SMI (plus what the server spends)
 */
import type { CustomerSentiment } from './contracts/customer-sentiment';
import type { Draft, QaState, SentimentState, SidebarRecord, TriageState } from './contracts/record';
import type { SidebarSettings } from './contracts/settings';
import type { Contact, TicketContext } from './contracts/ticket';

export type { Contact, CustomerSentiment, Draft, SidebarRecord, SidebarSettings, TicketContext, TriageState };

/** Why a call failed, in the few ways the sidebar tells apart. */
export type FailureKind =
  | 'offline' // never reached the platform
  | 'rate_limited' // the installation's 50/min budget (docs/platform.md "Limits") or the service's
  | 'timeout'
  | 'unavailable' // the service is down (5xx, connection refused)
  | 'unauthorized' // a key in the app settings is wrong
  | 'rejected' // the request was refused (other 4xx)
  | 'not_found'
  | 'invalid'; // an answer the sidebar cannot use

export class SidebarError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'SidebarError';
  }
}

export interface DraftRequest {
  ticketId: number;
  /** The customer's message the draft answers. */
  message: string;
  style: string;
  language: string;
}

export interface DraftFeedback {
  draftId: string;
  accepted: boolean;
  /** What the agent would send instead; null when the draft was taken (or refused) as is. */
  editedText: string | null;
}

/** What retryTicket answers: each job's state after it ran (absent when that job had nothing to run). */
export interface RetryOutcome {
  retried: boolean;
  triage?: TriageState;
  sentiment?: SentimentState;
  qa?: QaState;
}

export type NotifyType = 'success' | 'info' | 'warning' | 'danger';

export interface SidebarPort {
  ticket(): Promise<TicketContext>;
  /** The requester; empty when the data object is not available. */
  contact(): Promise<Contact>;
  /** The name of the ticket's group now; undefined without one (or when the data object is not available). */
  group(): Promise<string | undefined>;
  settings(): Promise<SidebarSettings>;
  /** undefined: no record, the ticket has not been processed. */
  record(ticketId: number): Promise<SidebarRecord | undefined>;
  customerSentiment(customerId: number): Promise<CustomerSentiment>;
  draft(request: DraftRequest): Promise<Draft>;
  /** Keeps a regenerated draft in the ticket's existing record (never creates one: the server claims it). */
  saveDraft(ticketId: number, draft: Draft): Promise<void>;
  sendFeedback(feedback: DraftFeedback): Promise<void>;
  /** Retry — and Process this ticket, for a ticket the app never saw: the server starts its jobs. */
  retryTicket(ticketId: number): Promise<RetryOutcome>;
  /** Inserts HTML into the reply editor, opening it if needed. */
  insertIntoReply(html: string): Promise<void>;
  notify(type: NotifyType, message: string): Promise<void>;
  /**
   * The frame height in px; the platform allows at most 700 (docs/platform.md
   * "Front end: bootstrapping and the frame").
   */
  resize(heightPx: number): void;
  /**
   * The platform's events the sidebar reacts to (view-models/live.ts LISTENED_EVENTS), by name; `app.activated`
   * each time the agent opens the app, the first opening included even if it came before this call.
   */
  onEvent(listener: (name: string) => void): () => void;
}
