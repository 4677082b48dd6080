/**
 * A loopback HTTP server that records every request and answers from a route table: enough to prove what the
 * built server.js sent through our real request templates, before the full fakes are involved.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  host: string;
  path: string;
  /** The raw query string, without '?'. */
  query: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface Answer {
  status: number;
  body: unknown;
}

export type Routes = Record<string, Answer>;

export interface Recorder {
  url: string;
  requests: Recorded[];
  /** Routes are "METHOD /path" (query excluded); anything else answers 404. */
  routes: Routes;
  close(): Promise<void>;
}

export async function startRecorder(routes: Routes = {}): Promise<Recorder> {
  const requests: Recorded[] = [];
  const recorder: Recorder = { url: '', requests, routes, close: async () => undefined };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const query = (req.url ?? '').split('?')[1] ?? '';
      requests.push({ method: req.method ?? '', host: req.headers.host ?? '', path, query, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const answer = recorder.routes[`${req.method} ${path}`] ?? { status: 404, body: { detail: 'Not Found' } };
      res.writeHead(answer.status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  recorder.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  recorder.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return recorder;
}
