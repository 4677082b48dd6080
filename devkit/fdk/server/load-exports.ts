import vm from 'node:vm';
import { SERVER_LOAD_TIMEOUT_MS } from '../limits';
import { packageOf } from './package-name';

/** What loading server.js the way the platform does produced. */
export type ServerLoad =
  | { ok: true; functions: string[]; others: string[] }
  | { ok: false; kind: 'syntax' | 'runtime'; message: string };

/**
 * Wraps and runs server.js exactly as the FDK runtime does (docs/platform.md "Serverless runtime: server.js", FDK 6.9
 * `lib/event_handler/framework.js`): `(function() {var exports = {}; <file>; return exports;})()` in a fresh
 * `vm` context whose only globals are the sandbox API. Loading (rather than parsing) is the faithful way to learn
 * the exported names: a bundle computes them at run time, and code that touches a global the sandbox lacks
 * (`setTimeout`, `Buffer`, `module`…) at load fails here as it would on the platform.
 *
 * `require` follows the FDK: relative paths would load other files under server/ — but only server.js is
 * packed, so they fail — and package names resolve only when listed in manifest `dependencies` (docs/platform.md
 * "Serverless runtime: server.js"); those come back as empty stand-ins, since we never install them.
 */
export function loadServerExports(source: string, dependencies: readonly string[]): ServerLoad {
  const pending = (): Promise<never> => new Promise<never>(() => undefined);
  const silent = (): void => undefined;
  const sandbox: Record<string, unknown> = {
    exports: {},
    console: { log: silent, info: silent, error: silent },
    require: (name: string): unknown => {
      if (!name.startsWith('.') && dependencies.includes(packageOf(name))) return {};
      const err = new Error(`Cannot find module "${name}"`);
      (err as Error & { code: string }).code = 'MODULE_NOT_FOUND';
      throw err;
    },
    process: { cwd: () => '/server' },
    renderData: silent,
    $request: { invokeTemplate: pending, invoke: pending },
    $db: { set: pending, get: pending, update: pending, delete: pending, entity: () => ({ get: pending }) },
    $schedule: { create: pending, fetch: pending, update: pending, delete: pending },
    generateTargetUrl: pending,
  };
  sandbox.global = sandbox;
  const context = vm.createContext(sandbox);

  let script: vm.Script;
  try {
    script = new vm.Script(`(function() {var exports = {}; ${source}; return exports;})()`, { filename: 'server.js' });
  } catch (e) {
    return { ok: false, kind: 'syntax', message: messageOf(e) };
  }
  let result: unknown;
  try {
    result = script.runInContext(context, { timeout: SERVER_LOAD_TIMEOUT_MS });
  } catch (e) {
    return { ok: false, kind: 'runtime', message: messageOf(e) };
  }
  if (typeof result !== 'object' || result === null) {
    return { ok: false, kind: 'runtime', message: 'the file did not leave an object in `exports`' };
  }
  const record = result as Record<string, unknown>;
  const keys = Object.keys(record);
  return {
    ok: true,
    functions: keys.filter((k) => typeof record[k] === 'function'),
    others: keys.filter((k) => typeof record[k] !== 'function'),
  };
}

/** Errors thrown inside the context come from another realm, so `instanceof Error` is false: read duck-typed. */
function messageOf(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}
