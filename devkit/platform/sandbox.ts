/**
 * Loads the BUILT server/server.js the way the FDK does (docs/platform.md "Serverless runtime: server.js", after FDK
 * 6.9's lib/event_handler/framework.js) and calls one exported function in it.
 *
 * - The file text is wrapped as `(function(){ var exports = {}; <file>; return exports; })()` and run with
 *   node:vm. Every call gets a fresh context, so each invocation has its own `renderData`, `console` and API
 *   globals, and module-level state does not survive between invocations (as in FDK 6.9, which built a new
 *   context per request; production gives no guarantee either way, so the app must not rely on it).
 * - Globals, exactly: `exports`, `console` (log/info/warn/error/debug, captured into the run's logs), `require`
 *   (relative files under server/ only: we bundle everything, so a package name throws MODULE_NOT_FOUND),
 *   `process` with `cwd()` only, `renderData`, `$request`, `$db`, `$schedule`, `generateTargetUrl`, `global`.
 *   Plus the ECMAScript built-ins every vm context has (Object, Promise, JSON, Math, Intl, …).
 * - Withheld on purpose: setTimeout/setInterval/setImmediate and their clear* twins, Buffer, process.env and
 *   everything else on `process` (production does not support them, docs/platform.md "Serverless runtime: server.js"
 * sandbox restrictions), and the Node/Web
 *   host globals a bare vm context lacks anyway (fetch, URL, TextEncoder, queueMicrotask, structuredClone). Code
 *   that works here therefore cannot lean on them in production. The skill doc's `process.env.ENV` is not
 *   provided: it contradicts the same doc's "process is not supported", and nothing of ours needs it.
 * - `Date` follows the platform clock (a ManualClock in tests), so an app computing `schedule_at` from
 *   `Date.now()` agrees with the platform's own 5-minute rule. In production both are wall time.
 * - Values crossing from the platform into the sandbox (payloads, API results and rejections) are copied into the
 *   sandbox realm through JSON, as production delivers them serialised; the app's `instanceof Object/Array` and
 *   `await` behave as they would there.
 * - The vm `timeout` bounds the synchronous part of loading and calling (an endless loop before the first
 *   await). Time spent after an await is bounded by the caller (invocation.ts); an endless synchronous loop after
 *   an await would block this process, which node:vm cannot prevent short of a worker thread.
 * - Warm contexts (`loadServerScript(file, { warm: true })`, LocalPlatform's `warmContexts`, for the bench): a
 *   context whose run ended normally is kept and reused by a later run with that run's globals bound afresh, as
 *   a warm serverless container is; module-level state then survives, which production allows too. A run that
 *   timed out, threw or was killed leaves its context behind. Loading the bundle costs tens of ms per run, which
 *   a burst of thousands of runs cannot afford; the default stays a fresh context per run, the stricter reading.
 * Not a security boundary: the sandbox is for fidelity, not for running untrusted code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, normalize, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { format } from 'node:util';
import vm from 'node:vm';
import type { EntityDb } from './entity/api';
import { entityFacade } from './entity/bindings';
import { isPlainObject } from './json';
import type { Clock } from './types';

export type ConsoleLevel = 'log' | 'info' | 'warn' | 'error' | 'debug';
const CONSOLE_LEVELS: readonly ConsoleLevel[] = ['log', 'info', 'warn', 'error', 'debug'];

/** The documented methods of each platform object; nothing else on the host objects reaches the app. */
export const API_METHODS = {
  $request: ['invokeTemplate'],
  $db: ['set', 'get', 'update', 'delete'],
  $schedule: ['create', 'fetch', 'update', 'delete'],
} as const;
export type ApiGlobal = keyof typeof API_METHODS;

/** What one invocation binds into its context. API methods answer host promises; the sandbox adapts them. */
export interface SandboxBindings {
  renderData: (error?: unknown, data?: unknown) => void;
  apis: Partial<Record<ApiGlobal, Record<string, (...args: unknown[]) => Promise<unknown>>>>;
  generateTargetUrl?: () => Promise<unknown>;
  /** `$db.entity`, only when the app has config/entities.json (and `$db` is not withheld). */
  dbEntity?: EntityDb;
  log: (level: ConsoleLevel, line: string) => void;
  clock: Clock;
}

export type CallResult =
  /** `release` hands a warm context back for reuse; call it only when the run ended normally. */
  | { kind: 'returned'; value: unknown; release?: () => void }
  | { kind: 'threw'; error: unknown }
  | { kind: 'timeout' }
  | { kind: 'not_found' };

export interface ServerScript {
  readonly file: string;
  /** Loads the file in a fresh context and calls `exports[name](payload)`; the sync part is bounded by timeoutMs. */
  call(name: string, payload: unknown, bindings: SandboxBindings, timeoutMs: number): CallResult;
  /** The names the file exports (loads it once in a context whose platform globals do nothing). */
  exportNames(timeoutMs?: number): string[];
}

const wrap = (source: string) => `(function(){ var exports = {}; ${source}\n; return exports; })()`;

/** Runs in the sandbox realm: makes `Date` read the platform clock there. */
const CLOCK_DATE_PRELUDE = `(function (now) {
  var RealDate = Date;
  function ClockDate() {
    if (!new.target) return new RealDate(now()).toString();
    var args = Array.prototype.slice.call(arguments);
    return Reflect.construct(RealDate, args.length === 0 ? [now()] : args, new.target);
  }
  ClockDate.prototype = RealDate.prototype;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: ClockDate, writable: true, configurable: true });
  ClockDate.now = function () { return now(); };
  ClockDate.parse = RealDate.parse;
  ClockDate.UTC = RealDate.UTC;
  globalThis.Date = ClockDate;
  globalThis.global = globalThis;
})`;

/** Calls the handler inside the context, so the vm timeout covers its synchronous part; leaves no global behind. */
const CALL = new vm.Script(
  '(function () { var c = globalThis.__fdkCall__; delete globalThis.__fdkCall__; return c.exports[c.name](c.payload); })()',
  { filename: 'platform-invoke.js' },
);

function moduleNotFound(request: string): Error {
  const error = new Error(
    `Cannot find module "${request}" (the local platform loads relative files under server/ only; bundle packages into server.js)`,
  );
  (error as Error & { code: string }).code = 'MODULE_NOT_FOUND';
  return error;
}

function isTimeout(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
}

export interface LoadOptions {
  /** Reuse the context of a run that ended normally (see the header). Default false: a fresh context per run. */
  warm?: boolean;
}

interface Loaded {
  sandbox: Record<string, unknown>;
  context: vm.Context;
  realm: Realm;
  exported: unknown;
  clock: { current: Clock };
}

export function loadServerScript(file: string, options: LoadOptions = {}): ServerScript {
  if (!existsSync(file)) throw new Error(`${file} does not exist: run \`npm run build\` first`);
  const serverDir = dirname(resolve(file));
  const compiled = new Map<string, vm.Script>();
  const compile = (path: string) => {
    let script = compiled.get(path);
    if (!script) {
      script = new vm.Script(wrap(readFileSync(path, 'utf8')), { filename: path });
      compiled.set(path, script);
    }
    return script;
  };
  compile(resolve(file)); // a syntax error shows at load time, not at the first event

  /** Binds one invocation's globals into a context (a fresh one, or a warm one whose last run ended). */
  const bind = (sandbox: Record<string, unknown>, realm: Realm, requireFn: unknown, bindings: SandboxBindings) => {
    for (const key of ['renderData', 'generateTargetUrl', ...Object.keys(API_METHODS)]) delete sandbox[key];
    Object.assign(sandbox, {
      console: makeConsole(bindings.log),
      require: requireFn,
      process: { cwd: () => serverDir },
      renderData: bindings.renderData,
      generateTargetUrl: bindings.generateTargetUrl
        ? () => realm.settle(() => (bindings.generateTargetUrl as () => Promise<unknown>)())
        : undefined,
    });
    for (const [global, methods] of Object.entries(API_METHODS) as Array<[ApiGlobal, readonly string[]]>) {
      const api = bindings.apis[global];
      // withheld (e.g. $db/$schedule for SMI from the installation page, docs/platform.md
      // "Serverless runtime: server.js")
      if (!api) continue;
      const facade: Record<string, unknown> = realm.object();
      for (const method of methods) {
        const fn = api[method];
        if (typeof fn === 'function') facade[method] = (...args: unknown[]) => realm.settle(() => fn(...args));
      }
      sandbox[global] = facade;
    }
    if (bindings.dbEntity && sandbox.$db) (sandbox.$db as Record<string, unknown>).entity = entityFacade(realm, bindings.dbEntity);
    for (const key of Object.keys(sandbox)) if (sandbox[key] === undefined) delete sandbox[key];
  };

  const warmPool: Loaded[] = [];

  /** A context with the invocation's globals: a warm one when allowed and free, else a fresh one loading the file. */
  const load = (bindings: SandboxBindings, timeoutMs: number): Loaded => {
    const warm = options.warm ? warmPool.pop() : undefined;
    if (warm) {
      warm.clock.current = bindings.clock;
      bind(warm.sandbox, warm.realm, warm.sandbox.require, bindings);
      return warm;
    }
    const sandbox: Record<string, unknown> = {};
    const context = vm.createContext(sandbox, { name: 'server.js' });
    const realm = realmOf(context);
    const clock = { current: bindings.clock };
    vm.runInContext(CLOCK_DATE_PRELUDE, context)(() => clock.current.now());

    const modules = new Map<string, unknown>();
    const dirs = [serverDir];
    const requireFn = (request: unknown) => {
      if (typeof request !== 'string' || !(request.startsWith('./') || request.startsWith('../'))) {
        throw moduleNotFound(String(request));
      }
      const base = dirs[dirs.length - 1] as string;
      const path = normalize(resolve(base, request.endsWith('.js') ? request : `${request}.js`));
      if (!(path === serverDir || path.startsWith(serverDir + sep)) || !existsSync(path)) throw moduleNotFound(request);
      if (modules.has(path)) return modules.get(path);
      dirs.push(dirname(path));
      try {
        const exported: unknown = compile(path).runInContext(context, { timeout: timeoutMs });
        modules.set(path, exported);
        return exported;
      } finally {
        dirs.pop();
      }
    };

    sandbox.exports = {};
    bind(sandbox, realm, requireFn, bindings);
    const exported: unknown = compile(resolve(file)).runInContext(context, { timeout: timeoutMs });
    return { sandbox, context, realm, exported, clock };
  };

  return {
    file: resolve(file),

    call(name, payload, bindings, timeoutMs) {
      const started = performance.now();
      try {
        const loaded = load(bindings, timeoutMs);
        const { context, realm, exported } = loaded;
        if (exported === null || typeof exported !== 'object') return { kind: 'not_found' };
        const fn = (exported as Record<string, unknown>)[name];
        if (typeof fn !== 'function' || !Object.prototype.hasOwnProperty.call(exported, name)) return { kind: 'not_found' };
        (context as Record<string, unknown>).__fdkCall__ = { exports: exported, name, payload: realm.fromHost(payload) };
        // Loading and calling share one budget: the call gets what the load left.
        const remaining = Math.max(1, Math.ceil(timeoutMs - (performance.now() - started)));
        const value = CALL.runInContext(context, { timeout: remaining }) as unknown;
        return { kind: 'returned', value, ...(options.warm ? { release: () => void warmPool.push(loaded) } : {}) };
      } catch (error) {
        return isTimeout(error) ? { kind: 'timeout' } : { kind: 'threw', error };
      }
    },

    exportNames(timeoutMs = 5000) {
      const { exported } = load(
        { renderData: () => undefined, apis: {}, log: () => undefined, clock: { now: () => Date.now() } },
        timeoutMs,
      );
      return exported !== null && typeof exported === 'object'
        ? Object.keys(exported).filter((k) => typeof (exported as Record<string, unknown>)[k] === 'function')
        : [];
    },
  };
}

interface Realm {
  /** A JSON copy of a host value made of the sandbox's own objects. */
  fromHost(value: unknown): unknown;
  object(): Record<string, unknown>;
  /** A sandbox-realm promise settling like the host call, with its value or reason copied in. */
  settle(call: () => unknown): Promise<unknown>;
}

function realmOf(context: vm.Context): Realm {
  const { JSON: SandboxJSON, Promise: SandboxPromise, Object: SandboxObject } = vm.runInContext(
    '({ JSON: JSON, Promise: Promise, Object: Object })',
    context,
  ) as { JSON: typeof JSON; Promise: PromiseConstructor; Object: ObjectConstructor };
  const fromHost = (value: unknown) => (value === undefined ? undefined : SandboxJSON.parse(JSON.stringify(value)));
  return {
    fromHost,
    object: () => new SandboxObject() as Record<string, unknown>,
    settle(call) {
      return new SandboxPromise((resolveIt, rejectIt) => {
        let pending: unknown;
        try {
          pending = call();
        } catch (error) {
          pending = Promise.reject(error);
        }
        Promise.resolve(pending).then(
          (value) => {
            try {
              resolveIt(fromHost(value));
            } catch (error) {
              rejectIt(reasonFromHost(error, fromHost));
            }
          },
          (reason) => rejectIt(reasonFromHost(reason, fromHost)),
        );
      });
    },
  };
}

/** A rejection copied into the sandbox: plain `{ status, message }` objects as they are, Errors by name/message. */
function reasonFromHost(reason: unknown, fromHost: (v: unknown) => unknown): unknown {
  if (reason instanceof Error) return fromHost({ name: reason.name, message: reason.message });
  try {
    return fromHost(reason);
  } catch {
    return fromHost({ message: String(reason) });
  }
}

function makeConsole(log: SandboxBindings['log']) {
  const out: Record<string, (...args: unknown[]) => void> = {};
  for (const level of CONSOLE_LEVELS) out[level] = (...args: unknown[]) => log(level, format(...args));
  return out;
}

/**
 * A host-side, JSON-safe description of a value a handler threw or rendered (sandbox Errors fail `instanceof
 * Error` here, and JSON drops an Error's message): an Error-like object as its name, message, stack and own
 * fields; anything else as a JSON copy (or its String when it cannot be serialised).
 */
export function describeThrown(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const jsonCopy = (): unknown => {
    try {
      return JSON.parse(JSON.stringify(value)) as unknown;
    } catch {
      return String(value);
    }
  };
  const e = value as { name?: unknown; message?: unknown; stack?: unknown };
  if (isPlainObject(value) || Array.isArray(value) || typeof e.message !== 'string') return jsonCopy();
  const own = jsonCopy();
  const described: Record<string, unknown> = isPlainObject(own) ? own : {};
  described.name = typeof e.name === 'string' ? e.name : 'Error';
  described.message = e.message;
  if (typeof e.stack === 'string') described.stack = e.stack;
  return described;
}
