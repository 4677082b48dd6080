/**
 * `client.db.entity({ version: 'v1' }).get('<entity>')` in the browser: synchronous references whose six
 * methods are dprouter calls (web/entity-op.ts); the store decides everything.
 */
import { ENTITY_METHODS, type EntityMethod } from '../../entity/api';
import { call } from './transport';

type Call = (...args: unknown[]) => Promise<unknown>;
export type ClientEntityRef = Record<EntityMethod, Call>;

const failure = (message: string) => ({ status: 503, message, errorSource: 'PLATFORM' });

export function createEntityDb() {
  return (options?: unknown) => ({
    get: (entity: string): ClientEntityRef => {
      const ref = {} as ClientEntityRef;
      for (const method of ENTITY_METHODS) {
        // Trailing undefined arguments are dropped, so getAll(undefined) is getAll() as on the server (JSON would send null).
        ref[method] = (...args: unknown[]) => {
          while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
          return call('db/entity', { options, entity, method, args }, failure);
        };
      }
      return ref;
    },
  });
}
