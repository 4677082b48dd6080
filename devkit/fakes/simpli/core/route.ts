/** What a Simpli fake's route is: a method, a path pattern ("/customers/:customer_id/sentiment") and a handler. */
import type { FakeRequest } from '../../kit/types';

export interface RouteContext {
  req: FakeRequest;
  /** The percent-decoded path, as Starlette matches it. */
  path: string;
  params: Readonly<Record<string, string>>;
  /**
   * The client's X-Request-ID, or null: what core's error bodies carry as request_id (docs/simpli.md
   * "Error responses").
   */
  incomingRequestId: string | null;
}

export interface RouteReply {
  status?: number;
  /** Rendered as Python JSON (floats marked with pyFloat). */
  body: unknown;
  headers?: Record<string, string>;
  /** A non-JSON body (HTML pages); `body` is ignored when given. */
  rawBody?: string;
}

export interface Route {
  method: string;
  path: string;
  summary?: string;
  handle(ctx: RouteContext): RouteReply | Promise<RouteReply>;
}
