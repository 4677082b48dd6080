/** Between node:http and the kit's plain FakeRequest / FakeResponse values. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeRequest, FakeResponse } from './types';

export async function readRequest(req: IncomingMessage): Promise<FakeRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  // The host is irrelevant (loopback); only the path and query matter to a fake.
  const url = new URL(req.url ?? '/', 'http://fake.local');
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    query: url.searchParams,
    headers: req.headers,
    rawBody: Buffer.concat(chunks).toString('utf8'),
  };
}

/** What goes on the wire: `body` as JSON unless `rawBody` is given; no body at all when neither is. */
export function bodyText(res: FakeResponse): string {
  if (res.rawBody !== undefined) return res.rawBody;
  return res.body === undefined ? '' : JSON.stringify(res.body);
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((k) => k.toLowerCase() === name);
}

export function writeResponse(out: ServerResponse, res: FakeResponse): void {
  if (out.destroyed) return; // the client gave up (e.g. during a latency fault)
  const headers = { ...(res.headers ?? {}) };
  const text = bodyText(res);
  // A JSON body, or raw text (services send raw JSON, e.g. Python-formatted), defaults to application/json.
  if (text !== '' && !hasHeader(headers, 'content-type')) headers['Content-Type'] = 'application/json; charset=utf-8';
  headers['Content-Length'] = String(Buffer.byteLength(text));
  out.writeHead(res.status, headers);
  out.end(text);
}

export function json(status: number, body?: unknown): FakeResponse {
  return body === undefined ? { status, rawBody: '' } : { status, body };
}
