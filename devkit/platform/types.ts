import type { EntityDb } from './entity/api';

/**
 * The contracts between the pieces of the local platform (the stand-in for `fdk run`).
 * Quoted names are sections of docs/platform.md.
 */

/** Platform time. Tests use a ManualClock so rate-limit windows, TTLs and schedules run in seconds. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/**
 * Installation parameters as the admin saved them, plus which keys are secure ("iparams.json rules",
 * "Secure installation parameters").
 */
export interface Installation {
  /** The stored values, without `__meta` (installation-config.ts). */
  iparams: Record<string, unknown>;
  /** The keys the saved config's `__meta.secure` names (the custom installation page marks them). */
  secureKeys: ReadonlySet<string>;
}

/**
 * Where a template's host really lives. Request templates must name an HTTPS FQDN
 * ("Request templates: schema and options"); locally every such host is mapped to a loopback base URL (e.g.
 * `acme.freshdesk.com` → `http://127.0.0.1:41234`), like an /etc/hosts entry with TLS terminated. A host missing from
 * the map fails as a connection error (502), so a test can never reach the internet.
 */
export type HostMap = Readonly<Record<string, string>>;

/** `$request.invokeTemplate(name, args)` arguments ("Request templates: invoking and results"). */
export interface InvokeTemplateArgs {
  context?: Record<string, unknown>;
  /** Always a string: callers send JSON.stringify(obj). */
  body?: string;
  query?: Record<string, string | number | boolean>;
}

/** Resolved value of invokeTemplate ("Request templates: invoking and results"): the body stays a string. */
export interface TemplateResponse {
  status: number;
  headers: Record<string, string>;
  response: string;
  attempts: number;
}

/** Rejected value of invokeTemplate ("Request templates: invoking and results"). */
export interface TemplateError {
  status: number;
  headers: Record<string, string>;
  response: string;
  errorSource: 'APP' | 'PLATFORM';
  attempts: number;
}

/**
 * Who is calling: the serverless runtime, the sidebar (front-end templates have stricter rules,
 * "Request templates: substitution"), or the installation page, which may put context in host and headers because
 * iparams do not exist before install.
 */
export type Caller = 'server' | 'frontend' | 'install_page';

export interface RequestApi {
  invokeTemplate(name: string, args?: InvokeTemplateArgs): Promise<TemplateResponse>;
}

/** One line of the platform's own record of template calls (tests and the bench read it). */
export interface RequestLogEntry {
  at: number;
  template: string;
  caller: Caller;
  method: string;
  url: string;
  status: number;
  attempts: number;
  /** e.g. "rate_limited", "timeout", "connection", "invalid_template", "payload_too_large" */
  platformError?: string;
}

/** `$db` / `client.db` ("Key-value store"). */
export interface DbApi {
  set(key: string, value: unknown, options?: { ttl?: number; setIf?: 'exist' | 'not_exist' }): Promise<{ Created: true }>;
  get(key: string): Promise<Record<string, unknown>>;
  update(key: string, action: 'set' | 'remove' | 'increment' | 'append', attributes: unknown): Promise<{ Updated: true }>;
  delete(key: string): Promise<{ Deleted: true }>;
}

/** `$schedule` ("Scheduled events: the $schedule API"). */
export interface ScheduleDefinition {
  name: string;
  data: Record<string, unknown>;
  schedule_at: string;
  repeat?: { time_unit: 'minutes' | 'hours' | 'days'; frequency: number; timezone?: string };
}

export interface ScheduleApi {
  create(def: ScheduleDefinition): Promise<{ status: number; message: string }>;
  fetch(args: { name: string }): Promise<ScheduleDefinition>;
  update(def: ScheduleDefinition): Promise<{ status: number; message: string }>;
  delete(args: { name: string }): Promise<{ status: number; message: string }>;
}

/** Errors of $db and $schedule are `{ status, message }` ("Key-value store", "Scheduled events: the $schedule API"). */
export interface PlatformApiError {
  status: number;
  message: string;
}

/** What one handler run produced: the platform records it instead of throwing. */
export interface HandlerRun {
  handler: string;
  event: string;
  ok: boolean;
  /** "timeout", "payload_too_large", "handler_not_found", "threw" … when ok is false. */
  failure?: string;
  error?: unknown;
  durationMs: number;
  logs: string[];
}

/** SMI results ("Server method invocation (SMI)", "renderData"). */
export interface SmiSuccess {
  requestID: string;
  response: unknown;
}
export interface SmiFailure {
  requestID: string;
  status: number;
  message: string | null;
  errorSource: 'APP' | 'PLATFORM';
}

/**
 * What the sidebar's `client` ("Front end: bootstrapping and the frame") needs from the platform. The web server that
 * serves app/ pages and the `{{{appclient}}}` script is built on this, not on the whole platform.
 */
export interface FrontendBackend {
  /** Same rate limit as the server: both count against 50/min per installation ("Request templates: limits"). */
  invokeTemplate(name: string, args: InvokeTemplateArgs): Promise<TemplateResponse>;
  invokeSmi(name: string, payload: Record<string, unknown>): Promise<SmiSuccess>;
  db: DbApi;
  /** `client.db.entity`, when the app has config/entities.json; same store and 250/min budget as `$db.entity`. */
  entity?: EntityDb;
  /** Non-secure iparams only ("Secure installation parameters"). */
  publicIparams(): Record<string, unknown>;
  /** The installation's secure keys: the web server strips them again, whatever publicIparams returned. */
  secureKeys?(): ReadonlySet<string>;
  /**
   * `client.data.get(name)` for the ticket the page is showing ("Front end: the data method"): e.g. { ticket: {...} }.
   */
  productData(name: string, ticketId: number | undefined): Promise<Record<string, unknown>>;
}
