/**
 * The fake Freshdesk API v2 as a FakeService (mount it with startFake). Per request, in this order:
 *   1. the account's per-minute bucket (docs/freshdesk.md "Rate limits") — counted first, so every request costs,
 *      failures included; a GET /api/v2/tickets also spends the tickets-list sub-limit (list-limit.ts);
 *   2. Basic auth (docs/freshdesk.md "Authentication") → 401 invalid_credentials;
 *   3. routing → 404 empty body for an unknown route, 405 + Allow for a wrong verb (docs/freshdesk.md
 *      "Error responses");
 *   4. admin-only routes → 403 access_denied for a non-admin key (docs/freshdesk.md "Error responses",
 *      "Creating ticket fields");
 *   5. POST/PUT body: 415 invalid_content_type, 400 invalid_json / missing_params (docs/freshdesk.md
 *      "Error responses");
 *   6. the resource handler (404 for an unknown id, validation errors, the answer).
 * Every non-429 answer carries X-RateLimit-*, X-Request-Id and (except 404) X-Freshdesk-API-Version (docs/freshdesk.md
 * "Response headers"). Auth before routing is the fake's choice (the docs do not order them): nothing about the API
 * leaks to a caller without a key.
 */
import { randomUUID } from 'node:crypto';
import type { Fault, FakeRequest, FakeResponse, FakeService } from '../kit/types';
import type { FreshdeskAccount, SeedConversation, SeedTicket } from './account';
import { apiKeyOf, uiAgentKey } from './auth';
import { parseBody } from './body';
import { allContactFields } from './contact-fields';
import { isTicketList, ticketListLimitOf } from './list-limit';
import { RateLimitBucket } from './rate-limit';
import { renderContact } from './contacts';
import type { ArticleRecord, CategoryRecord, ConversationJson, FolderRecord } from './records';
import { accessDenied, invalidCredentials, methodNotAllowed, notFound, serverError } from './responses';
import { matchRoute, needsAdmin } from './router';
import { ROUTES } from './routes';
import { type Clock, FreshdeskStore, type FreshdeskRecords, type FreshdeskSnapshot } from './store';
import { allTicketFields, type TicketFieldJson } from './ticket-fields';
import { updateTicket } from './ticket-update';
import { includesOf, renderTicket, TICKET_INCLUDES } from './tickets';
import { htmlToText } from './text';

export interface FreshdeskFakeOptions {
  /** Drives the rate-limit windows and every timestamp the fake writes. Default: Date.now. */
  clock?: Clock;
}

/** GET /__control/state: the account as the API would show it, plus what tests most often assert on. */
export interface FreshdeskState {
  tickets: Record<string, unknown>[];
  /** Ticket id → its conversations, oldest first. */
  conversations: Record<string, ConversationJson[]>;
  /** Notes created through the API since the seed, in order. */
  notes: ConversationJson[];
  contacts: Record<string, unknown>[];
  ticketFields: TicketFieldJson[];
  contactFields: Record<string, unknown>[];
  /**
   * The knowledge base as stored: categories, folders (subfolders carry parent_folder_id) and articles
   * (docs/freshdesk.md "Solutions (knowledge base)").
   */
  solutions: { categories: CategoryRecord[]; folders: FolderRecord[]; articles: ArticleRecord[] };
  rateLimit: { limit: number; used: number; remaining: number };
}

export interface FreshdeskFake extends FakeService {
  state(): FreshdeskState;
  reset(): void;
  /** The account's per-minute API bucket, without rendering the whole state. */
  rateLimit(): FreshdeskState['rateLimit'];
  /** The account's live records, read only: for tools that show them without spending API credits. */
  readonly records: FreshdeskRecords;

  // Freshdesk's own side, which no API call stands for (for the simulator, which plays Freshdesk itself). None of
  // these is a request: no rate-limit credit, no log entry, no fault. An unknown ticket or a taken id throws.

  /**
   * A customer opens a ticket (a portal form, an email). The seed is filled in as the account's seed tickets
   * are (seed.ts); what it leaves undated is dated now. Its id must be free. Returns the ticket as
   * GET /api/v2/tickets/:id shows it.
   */
  receiveTicket(seed: SeedTicket): Record<string, unknown>;
  /**
   * A customer answers on a ticket (an email reply): appended to its conversations (incoming unless the seed
   * says otherwise, dated now unless it is dated), and the ticket's updated_at and stats.requester_responded_at
   * move to now. The id must be free; notes created later get higher ids. Returns the conversation as
   * GET /api/v2/tickets/:id/conversations lists it.
   */
  receiveCustomerReply(ticketId: number, seed: SeedConversation): ConversationJson;
  /**
   * An agent saves ticket properties in Freshdesk's UI: PUT /api/v2/tickets/:id's own validation and update,
   * as the agent of the account's first admin key (uiAgentKey). Returns what that PUT would answer.
   */
  updateTicketAsAgent(ticketId: number, changes: Record<string, unknown>): { status: number; body: unknown };
  /**
   * An admin edits and publishes a Solutions article in Freshdesk's UI: its title or text change and its
   * `updated_at` becomes now, as GET .../articles then shows it. An unknown article throws.
   */
  editArticleAsAdmin(articleId: number, changes: { title?: string; description?: string }): void;
  /**
   * An agent sends a reply or adds a note in Freshdesk's ticket editor: appended to the ticket's conversations as
   * outgoing (never incoming), dated now unless dated; a note is private unless the seed says otherwise and has
   * source 2. The author must be one of the account's agents and the id must be free. A public reply stamps
   * stats.agent_responded_at (and first_responded_at, the first time); the ticket's updated_at moves to now.
   * Returns the conversation as GET /api/v2/tickets/:id/conversations lists it.
   */
  addAgentConversation(ticketId: number, seed: SeedConversation & { note?: boolean }): ConversationJson;

  /** The account's changing records as JSON, to keep them across a restart (store.ts FreshdeskSnapshot). */
  snapshot(): FreshdeskSnapshot;
  /** Puts a snapshot's records back (the rate-limit buckets start afresh); reset() still returns to the seed. */
  restore(snapshot: FreshdeskSnapshot): void;
}

const TICKET_PATH = /^\/api\/v2\/tickets\/(\d+)(?:\/|$)/;

export function createFreshdeskFake(account: FreshdeskAccount, opts: FreshdeskFakeOptions = {}): FreshdeskFake {
  const clock = opts.clock ?? { now: () => Date.now() };
  const store = new FreshdeskStore(account, clock);
  const bucket = new RateLimitBucket(account.rateLimitPerMinute, clock);
  const listBucket = new RateLimitBucket(ticketListLimitOf(account), clock);
  const base = `https://${account.domain}.freshdesk.com`;

  /**
   * 1 credit, plus 1 per include on a single-ticket GET and 2 per include on the ticket list (docs/freshdesk.md
   * "Viewing a ticket", "Rate limits").
   */
  const costOf = (req: FakeRequest): number => {
    const m = matchRoute(ROUTES, req.path);
    if (req.method === 'GET' && m?.route.pattern === '/api/v2/tickets') return 1 + 2 * includesOf(req.query).length;
    if (req.method !== 'GET' || m?.route.pattern !== '/api/v2/tickets/:id') return 1;
    return 1 + includesOf(req.query).filter((i) => (TICKET_INCLUDES as readonly string[]).includes(i)).length;
  };

  const dispatch = (req: FakeRequest): FakeResponse => {
    const key = apiKeyOf(req, account.apiKeys);
    if (!key) return invalidCredentials();
    const match = matchRoute(ROUTES, req.path);
    if (!match) return notFound();
    const handler = match.route.methods[req.method];
    if (!handler) return methodNotAllowed(req.method, Object.keys(match.route.methods));
    if (needsAdmin(match.route, req.method) && !key.admin) return accessDenied();
    const parsed = parseBody(req);
    if (!parsed.ok) return parsed.response;
    return handler({ req, store, key, id: match.id, body: parsed.body, base });
  };

  const requireTicket = (id: number) => {
    const t = store.tickets.get(id);
    if (!t) throw new Error(`There is no ticket ${id}`);
    return t;
  };
  const conversationIdTaken = (id: number) => [...store.conversations.values()].some((list) => list.some((c) => c.id === id));

  return {
    name: 'freshdesk',
    endpointOf: (req) => {
      const m = matchRoute(ROUTES, req.path);
      return `${req.method} ${m ? m.route.pattern : req.path}`;
    },
    ticketIdOf: (req) => {
      const m = TICKET_PATH.exec(req.path);
      return m ? Number(m[1]) : undefined;
    },
    handle: (req) => {
      const admission = bucket.admit(costOf(req));
      if (!admission.ok) return admission.response;
      const listAdmission = isTicketList(req.method, req.path) ? listBucket.admit(costOf(req)) : undefined;
      if (listAdmission && !listAdmission.ok) return listAdmission.response;
      const res = dispatch(req);
      return {
        ...res,
        headers: {
          ...res.headers,
          ...admission.headers,
          'X-Request-Id': randomUUID(),
          ...(res.status !== 404 ? { 'X-Freshdesk-API-Version': 'latest=v2; requested=v2' } : {}),
        },
      };
    },
    unauthorized: () => invalidCredentials(),
    faultResponse: (fault: Fault) => {
      if (fault.kind === 'rate_limit') return { status: 429, body: { message: 'You have exceeded the limit of requests per hour' } };
      if (fault.kind !== 'status') return undefined;
      const own: Record<number, () => FakeResponse> = { 401: invalidCredentials, 403: accessDenied, 404: notFound, 500: serverError };
      return own[fault.status]?.();
    },
    state: () => ({
      tickets: [...store.tickets.values()].map((t) => renderTicket(store, t)),
      conversations: Object.fromEntries([...store.conversations.entries()].map(([id, list]) => [String(id), [...list]])),
      notes: [...store.notesCreated],
      contacts: [...store.contacts.values()].map((c) => renderContact(store, c)),
      ticketFields: allTicketFields(store),
      contactFields: allContactFields(store),
      solutions: structuredClone({ categories: store.categories, folders: store.folders, articles: store.articles }),
      rateLimit: bucket.snapshot(),
    }),
    reset: () => {
      store.reset();
      bucket.reset();
      listBucket.reset();
    },
    rateLimit: () => bucket.snapshot(),
    records: store,
    receiveTicket: (seed) => {
      if (store.tickets.has(seed.id)) throw new Error(`Ticket ${seed.id} exists already`);
      return renderTicket(store, store.addTicket(structuredClone(seed), store.now()));
    },
    receiveCustomerReply: (ticketId, seed) => {
      const t = requireTicket(ticketId);
      if (conversationIdTaken(seed.id)) throw new Error(`Conversation ${seed.id} exists already`);
      const now = store.now();
      const reply = store.addConversation(t, { incoming: true, ...structuredClone(seed), created_at: seed.created_at ?? now }, now);
      t.stats.requester_responded_at = now;
      t.updated_at = now;
      return structuredClone(reply);
    },
    editArticleAsAdmin: (articleId, changes) => {
      const article = store.articles.find((a) => a.id === articleId);
      if (!article) throw new Error(`No article ${articleId}`);
      if (changes.title !== undefined) article.title = changes.title;
      if (changes.description !== undefined) Object.assign(article, { description: changes.description, description_text: htmlToText(changes.description) });
      article.updated_at = store.now();
    },
    addAgentConversation: (ticketId, { note = false, ...seed }) => {
      const t = requireTicket(ticketId);
      if (conversationIdTaken(seed.id)) throw new Error(`Conversation ${seed.id} exists already`);
      if (!account.agents.some((a) => a.id === seed.user_id)) throw new Error(`User ${seed.user_id} is not an agent of the account`);
      const now = store.now();
      const isPrivate = seed.private ?? note;
      const entry = store.addConversation(
        t,
        { ...structuredClone(seed), incoming: false, private: isPrivate, ...(note ? { source: 2 } : {}), created_at: seed.created_at ?? now },
        now,
      );
      if (!isPrivate && !note) {
        t.stats.agent_responded_at = now;
        t.stats.first_responded_at ??= now;
      }
      t.updated_at = now;
      return structuredClone(entry);
    },
    snapshot: () => store.snapshot(),
    restore: (snapshot) => {
      store.restore(snapshot);
      bucket.reset();
      listBucket.reset();
    },
    updateTicketAsAgent: (ticketId, changes) => {
      requireTicket(ticketId);
      const key = uiAgentKey(account.apiKeys);
      if (!key) throw new Error('The account has no API key to act as an agent');
      const path = `/api/v2/tickets/${ticketId}`;
      const req = { method: 'PUT', path, query: new URLSearchParams(), headers: { 'content-type': 'application/json' }, rawBody: JSON.stringify(changes) };
      const res = updateTicket({ req, store, key, id: ticketId, body: changes, base });
      return { status: res.status, body: res.body };
    },
  };
}
