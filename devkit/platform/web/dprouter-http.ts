/**
 * One `/dprouter` call over HTTP, for every page the local platform serves (the app's pages and the installation
 * page): only a POST from the platform's own origin, a JSON body within the size limit, then the router's answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isDprouterOp, rejectionForOp, route, type RouterContext } from './dprouter';
import { postRefusal } from './guard';
import { BodyError, readJsonBody, sendJson } from './http-io';

export async function serveDprouter(req: IncomingMessage, res: ServerResponse, op: string, ctx: RouterContext, port: number): Promise<void> {
  if (!isDprouterOp(op)) return sendJson(res, 404, { error: { status: 404, message: `Unknown dprouter call ${op}` } });
  const refusal = postRefusal(req, port);
  if (refusal) {
    const r = rejectionForOp(op, 403, refusal);
    return sendJson(res, r.status, r.body);
  }
  let body: unknown;
  try {
    body = await readJsonBody(req);
  } catch (err) {
    const r = rejectionForOp(op, err instanceof BodyError ? err.status : 400, err instanceof Error ? err.message : String(err));
    return sendJson(res, r.status, r.body);
  }
  const reply = await route(op, body, ctx);
  sendJson(res, reply.status, reply.body);
}
