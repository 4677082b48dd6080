/**
 * How FastAPI turns the request body into the value a route's model validates (docs/simpli.md "Request headers",
 * "Error responses"; checked against FastAPI 0.142): an empty body or JSON null is "missing" (`body`,
 * "Field required"); JSON is parsed only under an application/json or application/*+json content type, otherwise
 * the raw bytes reach the model (and fail it); a JSON syntax error is `body -> <char offset>` "JSON decode error";
 * nesting past Python's recursion limit is 400 "There was an error parsing the body".
 */
import type { FakeRequest } from '../../kit/types';
import { JsonDecodeError, JsonTooDeepError, parsePythonJson } from '../python/parse-json';
import { DetailOnlyError } from './errors';
import { RequestValidationError } from './validation';

/** The body could not be read as JSON, so the model sees something that is not an object. */
export const RAW_BYTES = Symbol('raw bytes');
/** No body at all (or JSON null). */
export const MISSING = Symbol('missing');

export type BodyValue = unknown | typeof RAW_BYTES | typeof MISSING;

function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  const type = (header.split(';')[0] ?? '').trim().toLowerCase();
  const [main, sub = ''] = type.split('/');
  return main === 'application' && (sub === 'json' || sub.endsWith('+json'));
}

export function readBody(req: FakeRequest): BodyValue {
  if (req.rawBody === '') return MISSING;
  if (!isJsonContentType(headerOf(req, 'content-type'))) return RAW_BYTES;
  // Starlette hands json.loads the bytes, which drops a UTF-8 BOM.
  const text = req.rawBody.startsWith('\ufeff') ? req.rawBody.slice(1) : req.rawBody;
  try {
    const value = parsePythonJson(text);
    return value === null ? MISSING : value;
  } catch (e) {
    if (e instanceof JsonDecodeError) {
      throw new RequestValidationError([{ loc: ['body', e.pos], msg: 'JSON decode error' }]);
    }
    if (e instanceof JsonTooDeepError) throw new DetailOnlyError(400, 'There was an error parsing the body');
    throw e;
  }
}

/**
 * A request header as Starlette's headers.get would return it. Node joins a repeated header with ", " before
 * we see it, where Starlette would take the first value; nobody sends X-Request-ID or X-API-Key twice.
 */
export function headerOf(req: FakeRequest, name: string): string | undefined {
  const v = req.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}
