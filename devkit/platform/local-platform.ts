/**
 * The local stand-in for one installation of the app on the Freshworks platform (what `fdk run` provides,
 * docs/platform.md "fdk run: the local harness"): it reads the app's files, loads the BUILT server/server.js into
 * the sandbox, and gives it `$request`, `$db`, `$schedule`, event dispatch, SMI and scheduled events, each with
 * the platform's limits (docs/platform.md "Limits").
 *
 * Budgets, one limiter each, all per installation and on the platform clock (docs/platform.md "Limits"):
 * - template requests 50/min, shared by the server and the front end (docs/platform.md "Request templates: limits");
 * - KV store 50 ops/min, shared by `$db` and `client.db` (docs/platform.md "Key-value store");
 * - entity store 250 ops/min, shared by `$db.entity` and `client.db.entity`, when config/entities.json exists
 *   (entity/store.ts);
 * - SMI 50 invocations/min (docs/platform.md "Server method invocation (SMI)").
 * Execution: 20 s per handler run (docs/platform.md "Execution limits"), measured in real time; product-event payload ≤
 * 256 KB (docs/platform.md "Execution limits"); SMI payload ≤ 100 KB (docs/platform.md
 * "Server method invocation (SMI)").
 *
 * The clock defaults to a ManualClock (tests run an hour of platform time in milliseconds with `advance`);
 * `npm start` passes the system clock and calls `runDueSchedules()` on a timer instead.
 */
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { readAppConfig, type AppConfig } from './app-config';
import { ManualClock } from './clock';
import { createKeyValueStore, KV_OPS_PER_MINUTE, type KeyValueStore } from './db';
import { ENTITY_OPS_PER_MINUTE } from './entity/limits';
import { createEntityStore, type EntityStore } from './entity/store';
import { configOfInstallation, editedInstallation, installationFromConfig, publicValues, type InstallationConfig } from './installation-config';
import { invoke, type Completion, type InvocationOutcome, type RunKill } from './invocation';
import { isPlainObject, jsonBytes } from './json';
import {
  APP_SETUP_EVENTS,
  buildEventPayload,
  buildSmiPayload,
  currentHostFor,
  DEFAULT_ACCOUNT,
  fixtureData,
  withOverrides,
  type Account,
} from './payloads';
import { createRateLimiter, type RateLimiter } from './rate-limiter';
import { createRequestApi, REQUESTS_PER_MINUTE, type RequestApiOptions } from './request';
import { describeThrown, loadServerScript, type ServerScript } from './sandbox';
import { createScheduler, type DueSchedule, type Scheduler } from './schedule';
import { SMI_MAX_PAYLOAD_BYTES, SMI_MESSAGES, SMI_PER_MINUTE, smiFailure, smiResult } from './smi';
import type {
  Caller,
  Clock,
  FrontendBackend,
  HandlerRun,
  HostMap,
  Installation,
  RequestApi,
  RequestLogEntry,
  SmiSuccess,
} from './types';

/**
 * docs/platform.md "Execution limits", "Limits": product events, app set-up, scheduled events and SMI all run for
 * at most 20 s.
 */
export const DEFAULT_EXECUTION_TIMEOUT_MS = 20_000;
/** docs/platform.md "Execution limits", "Limits". */
export const EVENT_MAX_PAYLOAD_BYTES = 256 * 1024;

/** The repository root: this file lives in devkit/platform/ (and its bundle in devkit/dist/), two levels down. */
const REPO_ROOT = resolve(__dirname, '..', '..');

export interface LocalPlatformOptions {
  /** The app's root (manifest.json, config/, server/). Default: this repository. */
  appDir?: string;
  /**
   * The installation's settings as the installation page's postConfigs() returned them: values plus
   * `__meta.secure`, the only place the platform learns which keys are secure (installation-config.ts).
   */
  iparams: InstallationConfig;
  /** Where each template host really lives (loopback fakes); see HostMap. */
  hosts: HostMap;
  /** Default: a ManualClock (tests). npm start passes systemClock. */
  clock?: Clock;
  /** Persist `$db` here; in memory when absent. */
  dbFile?: string;
  /** Persist `$schedule` here; in memory when absent. */
  scheduleFile?: string;
  /** Persist the entity store here; in memory when absent. */
  entityFile?: string;
  /**
   * Per attempt of a template request; the request layer's default is 15 s (docs/platform.md
   * "Request templates: limits").
   */
  requestTimeoutMs?: number;
  /**
   * The handler execution limit. Default 20 000 ms (docs/platform.md "Execution limits"), or an SMI's manifest
   * `timeout`; tests lower it.
   */
  executionTimeoutMs?: number;
  /** Another server script than <appDir>/server/server.js (tests use misbehaving fixtures). */
  serverScript?: string;
  /**
   * The account the installation belongs to. The domain defaults to `<iparams.freshdesk_subdomain>.freshdesk.com`
   * when that iparam is set (the envelope and the templates then name the same account), else acme.freshdesk.com.
   */
  account?: Partial<Account>;
  /** Every handler log line, as it happens (npm start prints them). */
  echo?: (line: string) => void;
  /** The request layer; the real one unless a test of the composition needs another. */
  requestApiFactory?: (options: RequestApiOptions) => RequestApi;
  /**
   * Whether `payload.iparams` of events and SMI carries the secure iparams too. Unsettled on the real platform
   * (docs/platform.md "Secure installation parameters": the docs say secure iparams reach only request-template
   * headers; one sample reads one server-side), so the default is the strict reading, false: payloads hold
   * the non-secure keys only, and the templates still substitute the secure values into headers. true gives the other
   * reading.
   */
  secureIparamsInPayloads?: boolean;
  /**
   * Reuse the context of a handler run that ended normally, as a warm serverless container would (sandbox.ts).
   * Default false: a fresh context per run, the stricter reading. The bench sets it: loading server.js costs
   * tens of ms per run, which thousands of runs cannot afford.
   */
  warmContexts?: boolean;
}

/** A HandlerRun plus what the platform knows about it. */
export interface PlatformRun extends HandlerRun {
  /** Size of the payload as delivered (JSON, UTF-8 bytes). */
  payloadBytes: number;
  /** The first renderData call, as JSON (an Error is described by name and message). */
  renderData?: { error: unknown; data: unknown };
}

export class LocalPlatform {
  readonly clock: Clock;
  readonly config: AppConfig;
  readonly installation: Installation;
  readonly account: Account;
  /** `$db` / `client.db` of this installation (peek/keys are for tests; the app only sees the DbApi). */
  readonly db: KeyValueStore;
  /** `$schedule` of this installation (due/list are for tests and the platform itself). */
  readonly schedule: Scheduler;
  /** `$db.entity` / `client.db.entity`; undefined when the app has no config/entities.json. */
  readonly entities: EntityStore | undefined;

  private script: ServerScript;
  private readonly scriptPath: string;
  private readonly templateLimiter: RateLimiter;
  private readonly dbLimiter: RateLimiter;
  private readonly smiLimiter: RateLimiter;
  private readonly serverRequest: RequestApi;
  private readonly requestEntries: RequestLogEntry[] = [];
  private readonly runLog: PlatformRun[] = [];
  private readonly entityLimiter: RateLimiter;
  private armedKill: RunKill | undefined;

  private constructor(private readonly options: LocalPlatformOptions) {
    const appDir = resolve(options.appDir ?? REPO_ROOT);
    this.clock = options.clock ?? new ManualClock();
    this.config = readAppConfig(appDir);
    this.installation = installationFromConfig(options.iparams);
    const subdomain = this.installation.iparams.freshdesk_subdomain;
    this.account = {
      ...DEFAULT_ACCOUNT,
      ...(typeof subdomain === 'string' && subdomain !== '' ? { domain: `${subdomain}.freshdesk.com` } : {}),
      ...options.account,
    };

    this.templateLimiter = createRateLimiter(REQUESTS_PER_MINUTE, this.clock);
    this.dbLimiter = createRateLimiter(KV_OPS_PER_MINUTE, this.clock);
    this.smiLimiter = createRateLimiter(SMI_PER_MINUTE, this.clock);
    this.entityLimiter = createRateLimiter(ENTITY_OPS_PER_MINUTE, this.clock);

    this.db = createKeyValueStore({ clock: this.clock, limiter: this.dbLimiter, file: options.dbFile });
    this.entities =
      this.config.entities === undefined
        ? undefined
        : createEntityStore({
            definition: this.config.entities,
            clock: this.clock,
            limiter: this.entityLimiter,
            file: options.entityFile,
          });
    this.schedule = createScheduler({
      clock: this.clock,
      file: options.scheduleFile,
      onScheduledEventRegistered: this.config.events.has('onScheduledEvent'),
    });
    this.serverRequest = this.requestApi('server');

    this.scriptPath = resolve(options.serverScript ?? join(appDir, 'server', 'server.js'));
    this.script = loadServerScript(this.scriptPath, { warm: options.warmContexts === true });
  }

  static create(options: LocalPlatformOptions): LocalPlatform {
    return new LocalPlatform(options);
  }

  /** Re-reads server.js after a rebuild (npm start's watch mode); state and budgets are kept. */
  reloadServer(): void {
    this.script = loadServerScript(this.scriptPath, { warm: this.options.warmContexts === true });
  }

  /**
   * Delivers a product or app event to the handler the manifest names for it. `dataOverrides` replaces top-level
   * keys of the fixture's `data` (server/test_data/<module>/<event>.json), e.g. `{ ticket: {...} }`.
   * Never throws: every failure is in the returned run.
   * `occurredAt` delivers the event late: its `timestamp` says when it happened (the reading of the envelope where
   * it is the event's own time). By default it is the delivery time, the reading where lateness cannot be seen.
   */
  async fireEvent(event: string, dataOverrides?: Record<string, unknown>, options: { occurredAt?: number } = {}): Promise<PlatformRun> {
    const declared = this.config.events.get(event);
    if (!declared) return this.record(notRun('', event, 'event_not_registered', 0));
    const data = withOverrides(fixtureData(this.config.appDir, declared.module, event), dataOverrides);
    return this.deliver(event, declared.handler, data, options.occurredAt);
  }

  /**
   * The admin removes the app: onAppUninstall runs with renderData semantics like onAppInstall (docs/platform.md
   * "renderData", "Event payloads: app set-up, external and scheduled events"; renderData({ message }) refuses
   * the uninstall). Once it is allowed, the platform deletes the installation's `$db` data (docs/platform.md
   * "Key-value store"). Schedules are left as the app left them: no source says the platform removes them, so a test
   * sees any the app forgot.
   */
  async uninstall(): Promise<PlatformRun> {
    const run = await this.fireEvent('onAppUninstall');
    // An app without the event uninstalls as is (docs/platform.md
    // "Event payloads: app set-up, external and scheduled events": set-up events are optional).
    if (run.ok || run.failure === 'event_not_registered') this.db.clear();
    return run;
  }

  /**
   * `client.request.invoke(name, payload)` (docs/platform.md "Server method invocation (SMI)"): resolves `{ requestID,
   * response }` or rejects with `{ requestID, status, message, errorSource }`.
   */
  async invokeSmi(name: string, payload: Record<string, unknown>): Promise<SmiSuccess> {
    const requestID = randomUUID();
    if (!this.smiLimiter.tryTake()) {
      throw smiFailure(requestID, 429, `${SMI_MESSAGES.rateLimited}; retry after ${this.smiLimiter.retryAfterSeconds()} s`, 'PLATFORM');
    }
    if (!isPlainObject(payload)) throw smiFailure(requestID, 400, 'The payload should be a JSON object', 'PLATFORM');
    const bytes = jsonBytes(payload);
    if (bytes > SMI_MAX_PAYLOAD_BYTES) throw smiFailure(requestID, 413, SMI_MESSAGES.payloadTooLarge, 'PLATFORM');
    const declared = this.config.functions.get(name);
    if (!declared) throw smiFailure(requestID, 404, SMI_MESSAGES.notFound, 'PLATFORM');

    const full = buildSmiPayload(payload, this.payloadIparams(), currentHostFor(this.account, this.config.productModules));
    const timeoutMs =
      this.options.executionTimeoutMs ??
      (declared.timeoutSeconds !== undefined ? declared.timeoutSeconds * 1000 : DEFAULT_EXECUTION_TIMEOUT_MS);
    const outcome = await this.run(name, full, 'renderData', timeoutMs);
    this.record(toRun(name, 'smi', outcome, bytes, 'renderData'));
    const result = smiResult(requestID, outcome);
    if (result.ok) return result.value;
    throw result.value;
  }

  /**
   * Moves the ManualClock forward by `ms`, stopping at each due schedule in time order to fire it through
   * onScheduledEvent with the schedule's data. Schedules created by those handlers fire too if they fall due
   * within the window. Answers the runs, oldest first.
   */
  async advance(ms: number): Promise<PlatformRun[]> {
    const clock = this.clock as Partial<ManualClock>;
    if (typeof clock.advance !== 'function') throw new Error('advance() needs a ManualClock; use runDueSchedules()');
    const move = (to: number) => {
      if (to > this.clock.now()) (clock.advance as (ms: number) => void).call(this.clock, to - this.clock.now());
    };
    const target = this.clock.now() + ms;
    const runs: PlatformRun[] = [];
    for (let next = this.schedule.nextDueAt(); next !== undefined && next <= target; next = this.schedule.nextDueAt()) {
      move(next);
      for (const due of this.schedule.due(this.clock.now())) runs.push(await this.fireSchedule(due));
    }
    move(target);
    return runs;
  }

  /** Fires every schedule due now without moving the clock (for a wall clock). */
  async runDueSchedules(): Promise<PlatformRun[]> {
    const runs: PlatformRun[] = [];
    for (const due of this.schedule.due(this.clock.now())) runs.push(await this.fireSchedule(due));
    return runs;
  }

  /** The settings as stored (`__meta.secure` included, secure values too): what `/custom_configs/fetch` reads. */
  storedConfig(): InstallationConfig {
    return configOfInstallation(this.installation);
  }

  /**
   * Stores settings the installation page posted (`/custom_configs/store`): from now on every event, template
   * and `client.iparams.get()` uses them. A secure key `__meta.secure` names but the config leaves out keeps its
   * stored value (installation-config.ts). The object is updated in place: the request layers hold it.
   */
  storeConfig(config: InstallationConfig): void {
    const next = editedInstallation(this.installation, config);
    this.installation.iparams = next.iparams;
    this.installation.secureKeys = next.secureKeys;
  }

  /** Every template call so far, server and front end (from the request layer's onLog). */
  requestLog(): RequestLogEntry[] {
    return [...this.requestEntries];
  }

  /** Every handler run so far (events, schedules, SMI), oldest first. */
  runs(): PlatformRun[] {
    return [...this.runLog];
  }

  /** Units spent in the current one-minute window of each budget. */
  budgetUsage(): { templates: number; db: number; smi: number } {
    return { templates: this.templateLimiter.used(), db: this.dbLimiter.used(), smi: this.smiLimiter.used() };
  }

  /** Units spent since the platform started, per budget (what the bench divides by tickets). */
  budgetTotals(): { templates: number; db: number; entity: number; smi: number } {
    return { templates: this.templateLimiter.total(), db: this.dbLimiter.total(), entity: this.entityLimiter.total(), smi: this.smiLimiter.total() };
  }

  /**
   * Kills the next handler run (event, schedule or SMI) whose counted template requests reach `afterRequests`,
   * right after that request completes: the write it made lands, the handler never sees the answer and its
   * remaining work never happens, as when the 20 s limit, a crash or a restart strikes mid-run. 0 kills the run
   * as its first request is about to go out (what it wrote to the stores before stays, the request never leaves). One call arms one
   * kill; `counts` picks which templates count (all by default). For tests and the bench only.
   */
  killRunAfter(afterRequests: number, counts?: (template: string) => boolean): void {
    let spent = false;
    this.armedKill = {
      afterRequests,
      ...(counts ? { counts } : {}),
      take: () => {
        if (spent) return false;
        spent = true;
        this.armedKill = undefined;
        return true;
      },
    };
  }

  /** Whether a kill armed with killRunAfter is still waiting for its run. */
  killPending(): boolean {
    return this.armedKill !== undefined;
  }

  /**
   * What the sidebar's `client` needs (docs/platform.md "Front end: bootstrapping and the frame"): templates as
   * the front-end caller (same 50/min budget as the server, docs/platform.md "Request templates: limits"), SMI,
   * the same KV store and budget, non-secure iparams only (docs/platform.md "Secure installation parameters"), and
   * product data from the caller.
   */
  frontendBackend(productData: FrontendBackend['productData']): FrontendBackend {
    const request = this.requestApi('frontend');
    return {
      invokeTemplate: (name, args) => request.invokeTemplate(name, args),
      invokeSmi: (name, payload) => this.invokeSmi(name, payload),
      db: this.db,
      ...(this.entities ? { entity: this.entities } : {}),
      publicIparams: () => structuredClone(publicValues(this.installation)),
      secureKeys: () => new Set(this.installation.secureKeys),
      productData,
    };
  }

  /** What event and SMI payloads carry as `iparams` (see LocalPlatformOptions.secureIparamsInPayloads). */
  private payloadIparams(): Record<string, unknown> {
    return this.options.secureIparamsInPayloads === true ? this.installation.iparams : publicValues(this.installation);
  }

  /**
   * Templates as the installation page calls them (context may fill host and headers there), on the same
   * 50/min budget. The page itself is served by devkit/platform/web (install-page.ts composes the rest).
   */
  installPageRequest(): RequestApi {
    return this.requestApi('install_page');
  }

  /**
   * `$request` as a server handler has it, for tests that drive the app's adapters and workflows directly (the
   * same templates, installation, limiter and log as the handlers').
   */
  handlerRequest(): RequestApi {
    return this.serverRequest;
  }

  private requestApi(caller: Caller): RequestApi {
    const factory = this.options.requestApiFactory ?? createRequestApi;
    return factory({
      templates: this.config.templates,
      installation: this.installation,
      hosts: this.options.hosts,
      caller,
      limiter: this.templateLimiter,
      timeoutMs: this.options.requestTimeoutMs,
      onLog: (entry) => this.requestEntries.push(entry),
      clock: this.clock,
    });
  }

  private async fireSchedule(due: DueSchedule): Promise<PlatformRun> {
    const declared = this.config.events.get('onScheduledEvent');
    if (!declared) return this.record(notRun('', 'onScheduledEvent', 'event_not_registered', 0));
    return this.deliver('onScheduledEvent', declared.handler, due.data);
  }

  private async deliver(event: string, handler: string, data: Record<string, unknown>, occurredAt?: number): Promise<PlatformRun> {
    const payload = buildEventPayload({
      event,
      data,
      account: this.account,
      iparams: this.payloadIparams(),
      productModules: this.config.productModules,
      nowMs: occurredAt ?? this.clock.now(),
    });
    const bytes = jsonBytes(payload);
    if (bytes > EVENT_MAX_PAYLOAD_BYTES) return this.record(notRun(handler, event, 'payload_too_large', bytes));
    const completion: Completion = APP_SETUP_EVENTS.has(event) ? 'renderData' : 'return';
    const outcome = await this.run(handler, payload, completion, this.options.executionTimeoutMs ?? DEFAULT_EXECUTION_TIMEOUT_MS);
    return this.record(toRun(handler, event, outcome, bytes, completion));
  }

  private run(name: string, payload: unknown, completion: Completion, timeoutMs: number): Promise<InvocationOutcome> {
    return invoke({
      script: this.script,
      name,
      payload,
      apis: { $request: this.serverRequest, $db: this.db, $schedule: this.schedule },
      dbEntity: this.entities,
      // External events are not simulated: a webhook URL would lead nowhere (docs/platform.md
      // "Event payloads: app set-up, external and scheduled events").
      generateTargetUrl: async () => {
        throw { status: 400, message: 'The local platform does not deliver external events' };
      },
      completion,
      timeoutMs,
      clock: this.clock,
      echo: this.options.echo,
      ...(this.armedKill ? { kill: this.armedKill } : {}),
    });
  }

  private record(run: PlatformRun): PlatformRun {
    this.runLog.push(run);
    return run;
  }
}

function notRun(handler: string, event: string, failure: string, payloadBytes: number): PlatformRun {
  return { handler, event, ok: false, failure, durationMs: 0, logs: [], payloadBytes };
}

function toRun(handler: string, event: string, outcome: InvocationOutcome, payloadBytes: number, completion: Completion): PlatformRun {
  const run: PlatformRun = { handler, event, ok: false, durationMs: outcome.durationMs, logs: outcome.logs, payloadBytes };
  if (outcome.rendered) run.renderData = { error: snapshot(outcome.rendered.error), data: snapshot(outcome.rendered.data) };
  switch (outcome.status) {
    case 'returned':
      // product/scheduled events: renderData is optional and its result ignored (docs/platform.md "renderData")
      run.ok = true;
      break;
    case 'rendered':
      // SMI and app set-up events: renderData() completes; renderData(error) fails / blocks the install
      // (docs/platform.md "renderData").
      run.ok = !outcome.rendered?.error;
      if (!run.ok) {
        run.failure = completion === 'renderData' && APP_SETUP_EVENTS.has(event) ? 'blocked' : 'rendered_error';
        run.error = run.renderData?.error;
      }
      break;
    case 'threw':
      run.failure = 'threw';
      run.error = describeThrown(outcome.error);
      break;
    case 'timeout':
      run.failure = 'timeout';
      break;
    case 'killed':
      run.failure = 'killed';
      break;
    case 'not_found':
      run.failure = 'handler_not_found';
      break;
  }
  return run;
}

/** A JSON snapshot of what the handler passed to renderData; an Error is kept as name and message. */
const snapshot = describeThrown;
