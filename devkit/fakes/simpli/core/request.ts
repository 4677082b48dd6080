/**
 * Reading a route's inputs the way FastAPI does before the handler runs: the JSON body through a body
 * model (loc "body"), query parameters through their declarations (loc "query"); failures are 422s.
 */
import type { FakeRequest } from '../../kit/types';
import { MISSING, RAW_BYTES, readBody } from './body';
import { check, model, RequestValidationError, type FieldSpec, type ModelOf, type Validator } from './validation';

/** The request body through `validator` (a model built with fromAttributes: true, as FastAPI builds it). */
export function bodyOf<T>(req: FakeRequest, validator: Validator<T>): T {
  const body = readBody(req);
  if (body === MISSING) throw new RequestValidationError([{ loc: ['body'], msg: 'Field required' }]);
  return check(validator, body === RAW_BYTES ? req.rawBody : body, ['body']);
}

/** Declared query parameters; a repeated parameter counts with its last value (Starlette's QueryParams). */
export function queryOf<S extends Record<string, FieldSpec<unknown>>>(req: FakeRequest, shape: S): ModelOf<S> {
  const values: Record<string, string> = {};
  for (const key of Object.keys(shape)) {
    const all = req.query.getAll(key);
    if (all.length > 0) values[key] = all[all.length - 1] as string;
  }
  return check(model('Query', shape), values, ['query']);
}
