/**
 * Remembers Freshdesk's refusals of the API key where the next runs look first anyway: beside the cached ticket
 * schema (triage) and the cached contact fields (sentiment), so that new work stops before any customer text goes
 * to Simpli (domain/freshdesk-refusal.ts). Wraps every method of the Freshdesk port, present and future.
 */
import { CONTACT_FIELDS_CACHE_KEY } from '../contracts/sentiment-record';
import { SCHEMA_CACHE_KEY } from '../contracts/store-records';
import { AppFailure } from '../domain/errors';
import { isKeyRefusal, refusalOf } from '../domain/freshdesk-refusal';
import type { Clock, KeyValueStore } from '../ports';
import { REFUSAL_ATTRIBUTE } from './cached-account-data';

/** The records a refusal is kept in. */
export const REFUSAL_RECORDS = [SCHEMA_CACHE_KEY, CONTACT_FIELDS_CACHE_KEY] as const;

export function rememberingRefusals<T extends object>(port: T, store: KeyValueStore, clock: Clock): T {
  let writing: Promise<void> | undefined;
  // Two steps refused at once (update ‖ note) write once. Best effort: the step fails with its own error anyway.
  const remember = (failure: AppFailure): Promise<void> =>
    (writing ??= Promise.all(REFUSAL_RECORDS.map((key) => store.merge(key, { [REFUSAL_ATTRIBUTE]: refusalOf(failure.error, clock.now()) })))
      .then(() => undefined, () => undefined)
      .finally(() => (writing = undefined)));

  const wrapped: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(port)) {
    if (typeof member !== 'function') {
      wrapped[name] = member;
      continue;
    }
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await (member as (...a: unknown[]) => Promise<unknown>).apply(port, args);
      } catch (error) {
        if (error instanceof AppFailure && isKeyRefusal(error.error)) await remember(error);
        throw error;
      }
    };
  }
  return wrapped as T;
}
