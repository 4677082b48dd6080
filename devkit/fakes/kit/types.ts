/**
 * The contract every fake (Simpli's five services, Freshdesk) is built on: a pure-ish request handler mounted on
 * a real loopback HTTP server that adds fault injection, a request log and control endpoints.
 */
import type { IncomingHttpHeaders } from 'node:http';

export interface FakeRequest {
  method: string;
  /** Path without the query string, e.g. "/api/v2/tickets/42". */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  rawBody: string;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  /** Serialised as JSON unless rawBody is given. */
  body?: unknown;
  /** Sent verbatim (e.g. Python-formatted JSON, or an empty body). */
  rawBody?: string;
}

/** What a fake can be told to do instead of (or before) answering normally. */
export type Fault =
  | { kind: 'latency'; ms: number } // then answers normally
  | { kind: 'lost_answer'; ms: number } // answers normally at once (the write lands), but sends it only after ms
  | { kind: 'status'; status: number; body?: unknown } // e.g. 500, 502, 503
  | { kind: 'malformed' } // 200 with a body that is not JSON
  | { kind: 'truncated' } // the real answer (status, headers) with its JSON cut in half
  | { kind: 'wrong_types' } // the real answer with its JSON's values swapped for wrong types
  | { kind: 'rate_limit'; retryAfterSeconds?: number } // 429, with Retry-After only when given
  | { kind: 'drop' } // the connection is destroyed without an answer
  | { kind: 'reject_key' }; // the service's own 401 for a bad key

export interface FaultRule {
  /**
   * "METHOD /route/pattern" as FakeService.endpointOf returns it, or "*" for every endpoint. A bare pattern
   * without a method ("/api/v2/tickets/:id") matches that route under every method.
   */
  endpoint: string;
  fault: Fault;
  /** How many matching requests it affects; unlimited when absent. */
  times?: number;
}

export interface FakeLogEntry {
  at: number;
  service: string;
  method: string;
  path: string;
  endpoint: string;
  /** The status sent; 0 when the connection was dropped without an answer. */
  status: number;
  ticketId?: number;
  /** The fault that answered, if any. */
  fault?: Fault['kind'];
}

export interface FakeService {
  name: string;
  /** The route pattern a request matches, e.g. "PUT /api/v2/tickets/:id" (used by fault rules and the log). */
  endpointOf(req: FakeRequest): string;
  /** The Freshdesk ticket a request concerns, when there is one (for per-ticket request counts). */
  ticketIdOf?(req: FakeRequest): number | undefined;
  handle(req: FakeRequest): FakeResponse | Promise<FakeResponse>;
  /** The answer to a request with a rejected key (fault "reject_key"). */
  unauthorized(req: FakeRequest): FakeResponse;
  /**
   * Optional: the service's own answer for a "status" fault without a body or a "rate_limit" fault, so faults
   * speak the service's error format (e.g. Freshdesk's 500 body). Return undefined for the kit's default.
   */
  faultResponse?(fault: Fault, req: FakeRequest): FakeResponse | undefined;
  /** Service state for tests: GET /__control/state. */
  state?(): unknown;
  /** Back to the initial state: POST /__control/reset. */
  reset?(): void;
}

export interface RunningFake {
  name: string;
  url: string;
  port: number;
  log(): FakeLogEntry[];
  clearLog(): void;
  setFaults(rules: FaultRule[]): void;
  clearFaults(): void;
  /** The rules still in force, with `times` counting down as they fire. */
  faults(): FaultRule[];
  /** service.state(), or null when the service keeps none. */
  state(): unknown;
  /** service.reset(), and the log and the fault rules cleared: as just started. */
  reset(): void;
  close(): Promise<void>;
}
