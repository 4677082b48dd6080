import http from 'node:http';
import https from 'node:https';

export interface HttpRequest {
  url: URL;
  method: string;
  headers: Readonly<Record<string, string>>;
  body: string | undefined;
  timeoutMs: number;
}

export type HttpOutcome =
  | { kind: 'response'; status: number; headers: Record<string, string>; body: string }
  | { kind: 'connection'; detail: string }
  | { kind: 'timeout' };

/** Node gives repeated headers (set-cookie) as arrays; the template response has one string per header. */
function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/**
 * One real HTTP exchange. Never rejects: a refused or dropped connection is `connection`, no complete answer
 * (headers and body) within `timeoutMs` is `timeout`. `agent: false` opens a fresh connection per attempt so no
 * keep-alive socket outlives the call (or the test that made it).
 */
export function sendHttp(req: HttpRequest): Promise<HttpOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const settle = (outcome: HttpOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };

    const onResponse = (res: http.IncomingMessage): void => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        settle({
          kind: 'response',
          status: res.statusCode ?? 0,
          headers: flattenHeaders(res.headers),
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', (error) => settle({ kind: 'connection', detail: error.message }));
      res.on('close', () => {
        if (!res.complete) settle({ kind: 'connection', detail: 'connection closed before the response was complete' });
      });
    };

    const headers: Record<string, string> = { ...req.headers };
    if (req.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(req.body, 'utf8'));
    const transport = req.url.protocol === 'https:' ? https : http;
    let outgoing: http.ClientRequest;
    try {
      outgoing = transport.request(req.url, { method: req.method, headers, agent: false }, onResponse);
    } catch (error) {
      // Node validates some input synchronously; nothing was sent.
      settle({ kind: 'connection', detail: error instanceof Error ? error.message : String(error) });
      return;
    }
    timer = setTimeout(() => {
      settle({ kind: 'timeout' });
      outgoing.destroy();
    }, req.timeoutMs);
    outgoing.on('error', (error) => settle({ kind: 'connection', detail: error.message }));
    outgoing.end(req.body);
  });
}
