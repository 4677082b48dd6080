/**
 * CORSMiddleware as create_app configures it (allow all origins, methods and headers, no credentials, no
 * expose_headers; docs/simpli.md "Request headers"). It sits inside the API-key check, so a keyed service answers
 * a browser preflight with 401 (docs/simpli.md "Shared behaviour (create_app)").
 */
import type { FakeRequest, FakeResponse } from '../../kit/types';
import { headerOf } from './body';

export function isPreflight(req: FakeRequest): boolean {
  return req.method === 'OPTIONS' && !!headerOf(req, 'origin') && !!headerOf(req, 'access-control-request-method');
}

export function preflightResponse(req: FakeRequest): FakeResponse {
  const requested = headerOf(req, 'access-control-request-headers');
  return {
    status: 200,
    headers: {
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT',
      'access-control-max-age': '600',
      ...(requested ? { 'access-control-allow-headers': requested } : {}),
      'content-type': 'text/plain; charset=utf-8',
    },
    rawBody: 'OK',
  };
}

/** A simple (non-preflight) cross-origin request gets Access-Control-Allow-Origin: *. */
export function withCors(req: FakeRequest, res: FakeResponse): FakeResponse {
  if (!headerOf(req, 'origin')) return res;
  return { ...res, headers: { ...(res.headers ?? {}), 'access-control-allow-origin': '*' } };
}
