/**
 * The simulator's fake Freshdesk: the same FakeService as devkit/fakes/freshdesk's createFreshdeskFake (same
 * routes, resource handlers, auth, body rules and rate-limit bucket), built around a FreshdeskStore the
 * simulator can also reach.
 *
 * Why not createFreshdeskFake itself: the simulator plays Freshdesk's own side — a customer writes in (a new
 * ticket, an email reply), an agent resolves in the UI — and none of that is an API call. createFreshdeskFake
 * keeps its store in a closure, so only this glue (the ~40 lines of its request pipeline) is repeated here; the
 * resources are imported, and test/devkit/simulator-desk.test.ts checks both answer a request sequence alike.
 * If the fake ever exposes its store (or an inbound hook), this file becomes a call to it.
 */
import { randomUUID } from 'node:crypto';
import type { Fault, FakeRequest, FakeResponse } from '../../fakes/kit/types';
import type { FreshdeskAccount } from '../../fakes/freshdesk/account';
import { apiKeyOf } from '../../fakes/freshdesk/auth';
import { parseBody } from '../../fakes/freshdesk/body';
import { allContactFields } from '../../fakes/freshdesk/contact-fields';
import { renderContact } from '../../fakes/freshdesk/contacts';
import { RateLimitBucket } from '../../fakes/freshdesk/rate-limit';
import { accessDenied, invalidCredentials, methodNotAllowed, notFound, serverError } from '../../fakes/freshdesk/responses';
import { matchRoute, needsAdmin } from '../../fakes/freshdesk/router';
import { ROUTES } from '../../fakes/freshdesk/routes';
import type { FreshdeskFake } from '../../fakes/freshdesk/service';
import { type Clock, FreshdeskStore } from '../../fakes/freshdesk/store';
import { allTicketFields } from '../../fakes/freshdesk/ticket-fields';
import { includesOf, renderTicket, TICKET_INCLUDES } from '../../fakes/freshdesk/tickets';

export interface DeskService extends FreshdeskFake {
  /** The live account: read it to render views, write it only through desk/inbound.ts. */
  readonly store: FreshdeskStore;
  /** `https://<domain>.freshdesk.com`, for Location headers as the real API writes them. */
  readonly base: string;
  /** The account's per-minute API bucket, without rendering the whole state. */
  rateLimit(): { limit: number; used: number; remaining: number };
}

const TICKET_PATH = /^\/api\/v2\/tickets\/(\d+)(?:\/|$)/;

export function createDeskService(account: FreshdeskAccount, opts: { clock?: Clock } = {}): DeskService {
  const clock = opts.clock ?? { now: () => Date.now() };
  const store = new FreshdeskStore(account, clock);
  const bucket = new RateLimitBucket(account.rateLimitPerMinute, clock);
  const base = `https://${account.domain}.freshdesk.com`;

  const costOf = (req: FakeRequest): number => {
    const m = matchRoute(ROUTES, req.path);
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

  return {
    name: 'freshdesk',
    store,
    base,
    rateLimit: () => bucket.snapshot(),
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
      rateLimit: bucket.snapshot(),
    }),
    reset: () => {
      store.reset();
      bucket.reset();
    },
  };
}
