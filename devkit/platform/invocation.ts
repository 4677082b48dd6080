/**
 * One handler run from start to end: binds renderData and the platform APIs for this run only, enforces the
 * execution limit, and decides when the run is over (docs/platform.md "renderData", "Execution limits").
 *
 * - Product and scheduled events end when the handler returns (or its promise settles); renderData is optional
 *   there and its result ignored (docs/platform.md "renderData").
 * - SMI and app set-up events end at the first renderData call: a handler that never calls it times out, and its
 *   return value is ignored (docs/platform.md "renderData"). A handler that throws or rejects before rendering ends
 * the run at once (FDK
 *   6.9 caught only synchronous throws and let a rejection time out; ending early reports the same failure
 *   sooner).
 * - The limit (20 s, docs/platform.md "Execution limits", "Limits") is measured in real time, not on the platform
 *   clock: it bounds execution.
 * - A run can be killed after its N-th template request (RunKill: the 20 s limit, a crash or a restart striking
 *   mid-run, for tests and the bench): that request goes out and lands, its answer never reaches the handler;
 *   with N = 0 the run dies as its first request is about to leave.
 * - When a run is over, the platform is done with it, like a frozen serverless process: later renderData calls
 *   are ignored and later $request/$db/$schedule calls never settle. Both are written to the run's logs, so
 *   fire-and-forget work shows up in tests instead of silently succeeding locally.
 */
import { performance } from 'node:perf_hooks';
import type { EntityDb } from './entity/api';
import { gateEntityDb } from './entity/bindings';
import { API_METHODS, type ApiGlobal, type ConsoleLevel, type ServerScript } from './sandbox';
import type { Clock } from './types';

export type Completion = 'return' | 'renderData';

/**
 * A kill armed on the platform: the first run whose counted template requests reach `afterRequests` is ended
 * right after that request completes (0: as its first request is about to go out, which it never does).
 * `take()` answers true once, so one armed kill ends one run.
 */
export interface RunKill {
  afterRequests: number;
  /** Which template requests count; every one when absent. */
  counts?: (template: string) => boolean;
  take(): boolean;
}

export interface InvocationRequest {
  script: ServerScript;
  /** The exported function to call. */
  name: string;
  payload: unknown;
  /** The platform objects for this run; a missing one is withheld from the sandbox. */
  apis: Partial<Record<ApiGlobal, object>>;
  /** `$db.entity` (config/entities.json); attached to `$db` when both are given. */
  dbEntity?: EntityDb;
  generateTargetUrl?: () => Promise<unknown>;
  completion: Completion;
  timeoutMs: number;
  clock: Clock;
  /** Every log line also goes here (npm start prints them). */
  echo?: (line: string) => void;
  kill?: RunKill;
}

export interface Rendered {
  /** The first argument exactly as the handler passed it (shape checks need the original, not a JSON copy). */
  error: unknown;
  data: unknown;
}

export interface InvocationOutcome {
  status: 'returned' | 'rendered' | 'threw' | 'timeout' | 'not_found' | 'killed';
  /** The first renderData call, if any. */
  rendered?: Rendered;
  error?: unknown;
  durationMs: number;
  logs: string[];
}

export function invoke(request: InvocationRequest): Promise<InvocationOutcome> {
  const started = performance.now();
  const logs: string[] = [];
  const log = (line: string) => {
    logs.push(line);
    request.echo?.(line);
  };
  let ended = false;
  let rendered: Rendered | undefined;
  let finish: (status: InvocationOutcome['status'], error?: unknown) => void = () => undefined;

  const outcome = new Promise<InvocationOutcome>((resolveOutcome) => {
    const timer = setTimeout(() => finish('timeout'), request.timeoutMs);
    finish = (status, error) => {
      if (ended) return;
      ended = true;
      clearTimeout(timer);
      if (status === 'timeout') log(`[platform] execution exceeded ${request.timeoutMs} ms; the run was stopped`);
      if (status === 'killed') {
        const n = request.kill?.afterRequests ?? 0;
        log(`[platform] the run was killed ${n === 0 ? 'before its first template request' : `after template request ${n}`}`);
      }
      const result: InvocationOutcome = { status, durationMs: performance.now() - started, logs };
      if (rendered) result.rendered = rendered;
      if (error !== undefined) result.error = error;
      resolveOutcome(result);
    };
  });

  const renderData = (error?: unknown, data?: unknown) => {
    if (rendered) return log('[platform] renderData called more than once; only the first call counts');
    if (ended) return log('[platform] renderData called after the run ended; ignored');
    rendered = { error, data };
    if (request.completion === 'renderData') finish('rendered');
  };

  const apis: Partial<Record<ApiGlobal, Record<string, (...args: unknown[]) => Promise<unknown>>>> = {};
  for (const [global, methods] of Object.entries(API_METHODS) as Array<[ApiGlobal, readonly string[]]>) {
    const api = request.apis[global] as Record<string, unknown> | undefined;
    if (!api) continue;
    const gated: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
    for (const method of methods) {
      const fn = api[method];
      if (typeof fn !== 'function') continue;
      gated[method] = (...args) => {
        if (ended) {
          log(`[platform] ${global}.${method} called after the run ended; the call never completes`);
          return new Promise<never>(() => undefined);
        }
        return fn.apply(api, args) as Promise<unknown>; // the sandbox turns a synchronous throw into a rejection
      };
    }
    if (global === '$request' && request.kill && gated.invokeTemplate) gated.invokeTemplate = killable(gated.invokeTemplate, request.kill, () => finish('killed'));
    apis[global] = gated;
  }

  const called = request.script.call(
    request.name,
    request.payload,
    {
      renderData,
      apis,
      generateTargetUrl: request.generateTargetUrl,
      dbEntity: request.dbEntity && gateEntityDb(request.dbEntity, () => ended, log),
      log: (level: ConsoleLevel, line: string) => log(`[${level}] ${line}`),
      clock: request.clock,
    },
    request.timeoutMs,
  );

  switch (called.kind) {
    case 'not_found':
      finish('not_found');
      break;
    case 'timeout':
      finish('timeout');
      break;
    case 'threw':
      finish('threw', called.error);
      break;
    case 'returned': {
      const { value, release } = called;
      // A warm context goes back only after a normal end; one that timed out, threw or was killed is dropped.
      if (release) void outcome.then((o) => (o.status === 'returned' || o.status === 'rendered') && release());
      const thenable = value !== null && typeof value === 'object' && typeof (value as { then?: unknown }).then === 'function';
      if (!thenable) {
        if (request.completion === 'return') finish('returned');
        break;
      }
      (value as PromiseLike<unknown>).then(
        () => {
          if (request.completion === 'return') finish('returned');
        },
        (error: unknown) => finish('threw', error ?? new Error('The handler rejected without a reason')),
      );
      break;
    }
  }
  return outcome;
}

/** invokeTemplate that ends the run once its counted requests reach the kill's number (see RunKill). */
function killable(send: (...args: unknown[]) => Promise<unknown>, kill: RunKill, end: () => void): (...args: unknown[]) => Promise<unknown> {
  let counted = 0;
  return async (...args) => {
    if (kill.counts && !kill.counts(String(args[0]))) return send(...args);
    counted += 1;
    // 0: killed as its first request is about to go out (after whatever it wrote to the stores before).
    const strikes = kill.afterRequests === 0 ? counted === 1 : counted === kill.afterRequests;
    if (!strikes || !kill.take()) return send(...args);
    if (kill.afterRequests > 0) await send(...args).catch(() => undefined); // the request lands; the handler never learns how
    end();
    return new Promise<never>(() => undefined);
  };
}
