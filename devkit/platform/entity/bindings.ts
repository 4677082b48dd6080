/**
 * `$db.entity` inside one handler run: gated like every other platform call (once the run is over, calls never
 * settle and are logged — invocation.ts), and built of sandbox-realm objects whose promises carry JSON copies
 * (sandbox.ts). `entity()` and `.get()` are synchronous, as the documented examples use them.
 */
import { ENTITY_METHODS, type EntityDb, type EntityRef } from './api';

/** What sandbox.ts lends: objects and promises of the app's realm. */
export interface SandboxRealm {
  object(): Record<string, unknown>;
  settle(call: () => unknown): Promise<unknown>;
}

/** `db` for one run: after `ended()`, a method call logs once and never settles. */
export function gateEntityDb(db: EntityDb, ended: () => boolean, log: (line: string) => void): EntityDb {
  return {
    entity: (options) => ({
      get: (name) => {
        const ref = db.entity(options).get(name);
        const gated = {} as Record<string, (...args: unknown[]) => Promise<unknown>>;
        for (const method of ENTITY_METHODS) {
          gated[method] = (...args) => {
            if (ended()) {
              log(`[platform] $db.entity(…).get(…).${method} called after the run ended; the call never completes`);
              return new Promise<never>(() => undefined);
            }
            return (ref[method] as (...a: unknown[]) => Promise<unknown>)(...args);
          };
        }
        return gated as unknown as EntityRef;
      },
    }),
  };
}

/** The sandbox's `$db.entity`: a function of the app's realm answering realm objects. */
export function entityFacade(realm: SandboxRealm, db: EntityDb): (options?: unknown) => Record<string, unknown> {
  return (options) => {
    const namespace = realm.object();
    namespace.get = (name: unknown) => {
      const ref = db.entity(options).get(name);
      const facade = realm.object();
      for (const method of ENTITY_METHODS) {
        facade[method] = (...args: unknown[]) => realm.settle(() => (ref[method] as (...a: unknown[]) => Promise<unknown>)(...args));
      }
      return facade;
    };
    return namespace;
  };
}
