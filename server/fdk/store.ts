/** KeyValueStore over `$db` (docs/platform.md "Key-value store"). */
import type { KeyValueStore } from '../ports';
import { fdkDb } from './globals';
import { platformFailure, rejectionMessage, rejectionStatus } from './platform-error';
import type { FdkDb } from './types';

/** A `setIf` that did not hold: the record was already there (the local platform answers 400; 409 also counts). */
const conditionFailed = (rejection: unknown) =>
  rejectionStatus(rejection) === 409 || (rejectionStatus(rejection) === 400 && /setIf|condition/i.test(rejectionMessage(rejection)));

export function createStore(db: () => FdkDb = fdkDb): KeyValueStore {
  return {
    async claim(key, value, ttlSeconds) {
      try {
        await db().set(key, value, ttlSeconds === undefined ? { setIf: 'not_exist' } : { setIf: 'not_exist', ttl: ttlSeconds });
        return true;
      } catch (rejection) {
        if (conditionFailed(rejection)) return false;
        throw platformFailure('store', rejection);
      }
    },
    async get(key) {
      try {
        return await db().get(key);
      } catch (rejection) {
        if (rejectionStatus(rejection) === 404) return undefined;
        throw platformFailure('store', rejection);
      }
    },
    async set(key, value, ttlSeconds) {
      try {
        await db().set(key, value, ttlSeconds === undefined ? undefined : { ttl: ttlSeconds });
      } catch (rejection) {
        throw platformFailure('store', rejection);
      }
    },
    async merge(key, attributes) {
      try {
        await db().update(key, 'set', attributes);
      } catch (rejection) {
        throw platformFailure('store', rejection);
      }
    },
    async removeAttributes(key, names) {
      try {
        await db().update(key, 'remove', [...names]);
      } catch (rejection) {
        throw platformFailure('store', rejection);
      }
    },
  };
}
