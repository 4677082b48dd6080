/**
 * createSimpliService: the behaviour every Simpli service gets from simpli_core.create_app()
 * (docs/simpli.md "Shared behaviour (create_app)"), wrapped around a service's own routes, as a kit FakeService.
 *
 * Request path, outermost first (docs/simpli.md "Shared behaviour (create_app)"): API-key check → request-ID → CORS →
 * exception handlers → route. So a 401 carries no X-Request-ID and no CORS headers, and an unhandled error (500) no
 * X-Request-ID.
 */
import { randomUUID } from 'node:crypto';
import type { Fault, FakeRequest, FakeResponse, FakeService } from '../../kit/types';
import { pyUnquote } from '../python/str';
import { ticketIdFromRequestId } from '../shared/ticket-id';
import { headerOf } from './body';
import { isPreflight, preflightResponse, withCors } from './cors';
import { CORE_ERROR_CODES, DetailOnlyError, SimpliError } from './errors';
import { opsRoutes } from './ops-routes';
import {
  coreErrorBody,
  internalErrorResponse,
  pythonJson,
  unauthorizedResponse,
  validationErrorBody,
} from './responses';
import type { Route, RouteContext } from './route';
import { Router } from './router';
import { RequestValidationError } from './validation';

/**
 * Paths the API-key middleware lets through, compared exactly (no trailing-slash variants; docs/simpli.md
 * "Request headers").
 */
const KEY_EXEMPT = new Set(['/health', '/docs', '/redoc', '/openapi.json']);

export interface SimpliServiceOptions {
  /** The kit's service name, e.g. "simpli-sentiment" (log entries, fault rules). */
  name: string;
  /** FastAPI title, e.g. "Simpli Sentiment". */
  title: string;
  description?: string;
  /** The service's API_KEY setting; empty or absent ⇒ no key check (docs/simpli.md "Request headers"). */
  apiKey?: string;
  routes: readonly Route[];
  /** Whether the service registers GET /usage (Sentiment does). */
  usage?: boolean;
  /** The ticket a request's body names; otherwise the service takes it from X-Request-ID's `fd-<ticket>-`. */
  ticketIdOf?(req: FakeRequest): number | undefined;
  state?(): unknown;
  reset?(): void;
}

export function createSimpliService(opts: SimpliServiceOptions): FakeService {
  const ops = opsRoutes(
    { title: opts.title, description: opts.description ?? '', usage: opts.usage ?? false },
    () => opts.routes,
  );
  const router = new Router([...ops, ...opts.routes]);

  const endpointOf = (req: FakeRequest): string => {
    const m = router.match(req.method, pyUnquote(req.path));
    return `${req.method} ${m.kind === 'full' || m.kind === 'method' ? m.route.path : req.path}`;
  };

  const handle = async (req: FakeRequest): Promise<FakeResponse> => {
    const path = pyUnquote(req.path);
    if (opts.apiKey && !KEY_EXEMPT.has(path) && headerOf(req, 'x-api-key') !== opts.apiKey) {
      return unauthorizedResponse();
    }
    const incomingRequestId = headerOf(req, 'x-request-id') ?? null;
    const stamp = (res: FakeResponse): FakeResponse => ({
      ...res,
      headers: { ...(res.headers ?? {}), 'x-request-id': incomingRequestId ?? randomUUID() },
    });
    try {
      if (isPreflight(req)) return stamp(preflightResponse(req));
      return stamp(withCors(req, await dispatch(router, req, path, incomingRequestId)));
    } catch (e) {
      // core logs unhandled errors (logger.exception); a bug in a fake must not pass silently either.
      console.error(`[${opts.name}] unhandled error`, e);
      return internalErrorResponse(incomingRequestId); // outside the request-ID middleware: no header
    }
  };

  return {
    name: opts.name,
    endpointOf,
    handle,
    unauthorized: () => unauthorizedResponse(),
    faultResponse: (fault, req) => faultResponse(fault, req),
    ticketIdOf: (req) => opts.ticketIdOf?.(req) ?? ticketIdFromRequestId(req),
    ...(opts.state ? { state: opts.state } : {}),
    ...(opts.reset ? { reset: opts.reset } : {}),
  };
}

/**
 * Routing plus the exception handlers create_app registers (docs/simpli.md "Error responses"). Throws only for
 * unexpected errors.
 */
async function dispatch(router: Router, req: FakeRequest, path: string, incomingRequestId: string | null): Promise<FakeResponse> {
  const m = router.match(req.method, path);
  if (m.kind === 'none') return pythonJson(404, { detail: 'Not Found' });
  if (m.kind === 'method') return pythonJson(405, { detail: 'Method Not Allowed' }, { allow: m.route.method });
  if (m.kind === 'redirect') return redirect(req, m.location);

  const ctx: RouteContext = { req, path, params: m.params, incomingRequestId };
  try {
    const reply = await m.route.handle(ctx);
    if (reply.rawBody !== undefined) return { status: reply.status ?? 200, headers: reply.headers ?? {}, rawBody: reply.rawBody };
    return pythonJson(reply.status ?? 200, reply.body, reply.headers);
  } catch (e) {
    if (e instanceof RequestValidationError) return pythonJson(422, validationErrorBody(e.errors, incomingRequestId));
    if (e instanceof SimpliError) return pythonJson(e.status, coreErrorBody(e.errorCode, e.detail, incomingRequestId));
    if (e instanceof DetailOnlyError) return pythonJson(e.status, { detail: e.detail });
    throw e;
  }
}

/** Starlette's redirect_slashes: 307 to the same URL with the trailing slash toggled, empty body. */
function redirect(req: FakeRequest, location: string): FakeResponse {
  const host = headerOf(req, 'host') ?? 'localhost';
  const query = req.query.toString();
  return { status: 307, headers: { location: `http://${host}${location}${query ? `?${query}` : ''}` }, rawBody: '' };
}

/**
 * Faults that ask for "the service's own" error: core's body shape for the codes core defines (docs/simpli.md
 * "Error responses"), 429 without Retry-After (the kit adds it only when the rule says so, docs/simpli.md
 * "What the app and the fakes do"), 500 as an unhandled error.
 */
function faultResponse(fault: Fault, req: FakeRequest): FakeResponse | undefined {
  const status = fault.kind === 'rate_limit' ? 429 : fault.kind === 'status' ? fault.status : undefined;
  const code = status === undefined ? undefined : CORE_ERROR_CODES[status];
  if (status === undefined || !code) return undefined;
  const incoming = headerOf(req, 'x-request-id') ?? null;
  if (status === 500) return internalErrorResponse(incoming);
  return pythonJson(status, coreErrorBody(code[0], code[1], incoming), { 'x-request-id': incoming ?? randomUUID() });
}
