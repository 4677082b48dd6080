/**
 * In-memory Simpli and Freshdesk ports for step unit tests. Each records its calls (method and arguments, in
 * order) so a test can assert what was sent, answers from plain data a test may change, and can be told to fail
 * its next call(s) of a method with an AppFailure. `latencyMs` moves a manual clock on each call, for the
 * handler-time rules.
 */
import { AppFailure, type AppError, type AppErrorKind } from '../../../../server/domain/errors';
import type { QaEvaluation } from '../../../../server/domain/qa/types';
import type { ContactFieldDef, SentimentResult } from '../../../../server/domain/sentiment/types';
import type { AccountSchema, Classification, Routing, TicketUpdate } from '../../../../server/domain/triage/types';
import type { ConversationEntry, DraftReply, HelpdeskPort, SimpliPort, TicketSnapshot } from '../../../../server/ports';

export interface Call {
  method: string;
  args: unknown[];
}

/** An AppError of `kind`, as an adapter would raise it. */
export const appError = (kind: AppErrorKind, extra: Partial<AppError> = {}): AppError => ({
  kind,
  step: extra.step ?? 'memory',
  message: extra.message ?? `memory port: ${kind}`,
  ...extra,
});

/** The AppError a call rejected with; fails the test when it resolved or threw anything else. */
export async function failureOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppFailure) return error.error;
    throw error;
  }
  throw new Error('expected an AppFailure, but the call resolved');
}

interface Recorder<M extends string> {
  calls: Call[];
  /** The arguments of each call of `method`, in order. */
  callsOf(method: M): unknown[][];
  /** The next `times` calls of `method` reject with this error (as an AppFailure), or with a plain Error. */
  fail(method: M, error: AppError | Error, times?: number): void;
}

interface Options {
  /** Called on every call: e.g. a manual clock's advance. */
  onCall?: () => void;
}

function recorder<M extends string>(options: Options): Recorder<M> & { enter(method: M, args: unknown[]): void } {
  const calls: Call[] = [];
  const failures = new Map<M, Array<AppError | Error>>();
  return {
    calls,
    callsOf: (method) => calls.filter((c) => c.method === method).map((c) => c.args),
    fail(method, error, times = 1) {
      failures.set(method, [...(failures.get(method) ?? []), ...Array.from({ length: times }, () => error)]);
    },
    enter(method, args) {
      calls.push({ method, args: structuredClone(args) });
      options.onCall?.();
      const failure = failures.get(method)?.shift();
      if (failure instanceof Error) throw failure;
      if (failure) throw new AppFailure(failure);
    },
  };
}

type SimpliMethod = keyof SimpliPort;

export interface MemorySimpli extends SimpliPort, Recorder<SimpliMethod> {
  answers: {
    classification: Classification;
    routing: Routing;
    draft: DraftReply;
    sentiment: SentimentResult;
    evaluation: QaEvaluation;
  };
}

export function memorySimpli(options: Options = {}): MemorySimpli {
  const r = recorder<SimpliMethod>(options);
  const answers: MemorySimpli['answers'] = {
    classification: { category: 'billing', urgency: 'high', sentiment: 'negative', confidence: 0.9 },
    routing: { team: 'Billing', agent: null, reason: 'billing words', group_id: null },
    draft: { id: 'd-1', text: 'Thanks for writing. We are on it.', confidence: 0.8, language: null },
    sentiment: { score: -0.7, label: 'negative', escalationRisk: 0.85, triggers: ['refund'] },
    evaluation: { overall: 0.82, dimensions: { empathy: 0.9, first_response: 0.7 }, coachingNotes: ['Say sorry sooner'] },
  };
  const answer = async <T>(method: SimpliMethod, args: unknown[], value: () => T): Promise<T> => {
    r.enter(method, args);
    return structuredClone(value());
  };
  return {
    calls: r.calls,
    callsOf: r.callsOf,
    fail: r.fail,
    answers,
    classify: (...args) => answer('classify', args, () => answers.classification),
    route: (...args) => answer('route', args, () => answers.routing),
    draft: (...args) => answer('draft', args, () => answers.draft),
    analyzeSentiment: (...args) => answer('analyzeSentiment', args, () => answers.sentiment),
    evaluateQa: (...args) => answer('evaluateQa', args, () => answers.evaluation),
    health: (...args) => answer('health', args, () => undefined),
    addKbArticle: (...args) => answer('addKbArticle', args, () => undefined),
    kbFindings: (...args) => answer('kbFindings', args, () => ({ gaps: [], stale: [] })),
  };
}

type HelpdeskMethod = keyof HelpdeskPort;

export interface MemoryHelpdesk extends HelpdeskPort, Recorder<HelpdeskMethod> {
  tickets: Map<number, TicketSnapshot>;
  /** Each ticket's conversations, oldest first; a posted note is added here, so a retry can find it. */
  conversations: Map<number, ConversationEntry[]>;
  schema: AccountSchema;
  contactFieldDefs: ContactFieldDef[];
  contacts: Map<number, Record<string, string | number>>;
  /** Entries per page of listConversations (Freshdesk's is 100). */
  pageSize: number;
}

/** body_text as Freshdesk derives it from a note's HTML: the markup gone, the entities read. */
const bodyText = (html: string) =>
  html
    .replace(/<br>|<\/p>|<\/li>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

export function memoryHelpdesk(options: Options = {}): MemoryHelpdesk {
  const r = recorder<HelpdeskMethod>(options);
  const tickets = new Map<number, TicketSnapshot>();
  const conversations = new Map<number, ConversationEntry[]>();
  const contacts = new Map<number, Record<string, string | number>>();
  let nextConversation = 9000;
  const helpdesk: MemoryHelpdesk = {
    calls: r.calls,
    callsOf: r.callsOf,
    fail: r.fail,
    tickets,
    conversations,
    contacts,
    pageSize: 100,
    schema: { ticketTypes: ['Question', 'Incident', 'Billing'], groups: [{ id: 11, name: 'Billing' }, { id: 12, name: 'Technical Support' }], customFields: {} },
    contactFieldDefs: [],
    async getTicket(ticketId) {
      r.enter('getTicket', [ticketId]);
      const ticket = tickets.get(ticketId);
      if (!ticket) throw new AppFailure(appError('rejected', { step: 'freshdeskGetTicket', status: 404, message: `no ticket ${ticketId}` }));
      return structuredClone(ticket);
    },
    async listTickets(since, page) {
      r.enter('listTickets', [since, page]);
      return { tickets: [], more: false };
    },
    async readTicketsUpdatedSince(since) {
      r.enter('readTicketsUpdatedSince', [since]);
      return [];
    },
    async listConversations(ticketId, page) {
      r.enter('listConversations', [ticketId, page]);
      const all = conversations.get(ticketId) ?? [];
      const from = (page - 1) * helpdesk.pageSize;
      return { entries: structuredClone(all.slice(from, from + helpdesk.pageSize)), more: from + helpdesk.pageSize < all.length };
    },
    async updateTicket(ticketId, update: TicketUpdate) {
      r.enter('updateTicket', [ticketId, update]);
      const ticket = tickets.get(ticketId);
      if (ticket) tickets.set(ticketId, { ...ticket, ...structuredClone(update) });
    },
    async createPrivateNote(ticketId, html) {
      r.enter('createPrivateNote', [ticketId, html]);
      nextConversation += 1;
      const entry: ConversationEntry = { id: nextConversation, text: bodyText(html), html, incoming: false, private: true };
      conversations.set(ticketId, [...(conversations.get(ticketId) ?? []), entry]);
    },
    async ticketSchema() {
      r.enter('ticketSchema', []);
      return structuredClone(helpdesk.schema);
    },
    async readTicketFields() {
      r.enter('readTicketFields', []);
      return { custom: [], schema: structuredClone(helpdesk.schema) };
    },
    async createTicketField(spec) {
      r.enter('createTicketField', [spec]);
      return { name: spec.name, label: spec.label, type: spec.type, choices: spec.choices };
    },
    async createContactField(spec) {
      r.enter('createContactField', [spec]);
      return { name: spec.name, label: spec.label, type: spec.type, choices: spec.choices };
    },
    async updateContact(contactId, customFields) {
      r.enter('updateContact', [contactId, customFields]);
      contacts.set(contactId, { ...(contacts.get(contactId) ?? {}), ...customFields });
    },
    async listSolutions(step) {
      r.enter('listSolutions', [step]);
      return { ids: [], articles: [], more: false };
    },
    async contactFields() {
      r.enter('contactFields', []);
      return structuredClone(helpdesk.contactFieldDefs);
    },
  };
  return helpdesk;
}
