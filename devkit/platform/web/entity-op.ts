/**
 * POST /dprouter/db/entity — `client.db.entity(options).get(entity)[method](...args)` from the browser, on the
 * same entity store and 250-a-minute budget as the server's `$db.entity` (entity/store.ts). Body:
 * `{ options, entity, method, args: [] }`. Without config/entities.json there is no store: every call rejects
 * 404, as it would for an entity the app never declared.
 */
import { ENTITY_METHODS, type EntityMethod } from '../entity/api';
import type { RouterContext, RouterReply } from './dprouter';
import { asEntityError, httpStatusOf } from './rejections';

const rejected = (error: unknown): RouterReply => ({ status: httpStatusOf(error), body: { error } });

export async function dbEntity(body: Record<string, unknown>, { backend }: RouterContext): Promise<RouterReply> {
  const method = body.method;
  if (typeof method !== 'string' || !(ENTITY_METHODS as readonly string[]).includes(method)) {
    return rejected(asEntityError({ status: 400, message: `method must be one of ${ENTITY_METHODS.join(', ')}`, errorSource: 'PLATFORM' }));
  }
  const args = Array.isArray(body.args) ? body.args : [];
  if (!backend.entity) {
    return rejected(asEntityError({ status: 404, message: `Entity ${String(body.entity)} not found (the app has no config/entities.json)`, errorSource: 'APP' }));
  }
  const ref = backend.entity.entity(body.options).get(body.entity);
  try {
    const value = await (ref[method as EntityMethod] as (...a: unknown[]) => Promise<unknown>)(...args);
    return { status: 200, body: { value: value ?? null } };
  } catch (err) {
    return rejected(asEntityError(err));
  }
}
