/**
 * The simulator's own HTTP server: the page, its script and style, and the JSON API of api.ts. It runs next to
 * the platform's web server (devkit/platform/web), whose ticket page the simulator page frames; the two differ
 * in port only. Loopback only, with the platform server's checks: the Host header must name this server
 * (DNS rebinding), and a POST must be application/json from this origin (no cross-site form can send one).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { allowedHosts } from '../platform/web/guard';
import { BodyError, readJsonBody, sendJson, sendText } from '../platform/web/http-io';
import { API, PAGE, TICKET_ACTIONS, type ActionResult, type Overview, type TicketDetail } from './api';
import type { AgentWriting, NewTicket } from './desk/inbound';
import { SimulatorError } from './errors';
import { pageScript, readPageFile } from './page-assets';

export interface SimulatorHandlers {
  overview(): Overview;
  ticket(id: number): TicketDetail;
  newTicket(input: NewTicket): Promise<ActionResult>;
  /** The customer answers (plain text). */
  reply(ticketId: number, text: string): Promise<ActionResult>;
  /** The agent replies or adds a note (the editor's HTML). */
  agentWrites(ticketId: number, html: string, what: AgentWriting): Promise<ActionResult>;
  resolve(ticketId: number): Promise<ActionResult>;
  scheduledJob(): Promise<ActionResult>;
  reset(): Promise<{ message: string }>;
}

export interface SimulatorServerOptions {
  handlers: SimulatorHandlers;
  /** 0: a free port. */
  port: number;
  /** When `port` is taken: take a free one instead of failing (the default port, not one asked for). */
  fallbackToFreePort: boolean;
  /** The platform web server's origin, the only one the page may frame. */
  frameOrigin: string;
  /** Unexpected errors (a 500) are reported here as well as to the page. */
  onError?: (error: unknown) => void;
}

export interface SimulatorServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const TICKET_ROUTE = /^\/sim\/api\/tickets\/(\d{1,15})(?:\/([a-z-]+))?$/;

function securityHeaders(frameOrigin: string): Record<string, string> {
  return {
    // Stored HTML is rendered only through the page's allow-list (page/sanitize.ts); this policy is the second
    // line: no inline or foreign script, and no image request (a hostile <img src> never leaves the page).
    'Content-Security-Policy': [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      'img-src data:',
      `frame-src ${frameOrigin}`,
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

function send(res: ServerResponse, status: number, body: string, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function postRefusal(req: IncomingMessage, port: number): string | undefined {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return 'Send JSON (Content-Type: application/json)';
  const origin = req.headers.origin;
  if (origin !== undefined && ![...allowedHosts(port)].some((h) => origin.toLowerCase() === `http://${h}`)) {
    return `Origin ${origin} may not drive the simulator`;
  }
  return undefined;
}

const str = (v: unknown, what: string): string => {
  if (typeof v !== 'string') throw new SimulatorError(400, `${what} must be a string`);
  return v;
};
const int = (v: unknown, what: string): number => {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new SimulatorError(400, `${what} must be an integer`);
  return v;
};

function newTicketInput(body: Record<string, unknown>): NewTicket {
  return {
    subject: str(body.subject, 'subject'),
    text: str(body.text, 'text'),
    requesterId: int(body.requesterId, 'requesterId'),
    ...(body.priority !== undefined ? { priority: int(body.priority, 'priority') } : {}),
  };
}

async function jsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  const body = await readJsonBody(req);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new SimulatorError(400, 'The body must be a JSON object');
  return body as Record<string, unknown>;
}

export async function startSimulatorServer(options: SimulatorServerOptions): Promise<SimulatorServer> {
  const { handlers } = options;
  const headers = securityHeaders(options.frameOrigin);
  let port = 0;

  async function post(req: IncomingMessage, path: string): Promise<unknown> {
    const refusal = postRefusal(req, port);
    if (refusal) throw new SimulatorError(403, refusal);
    const body = await jsonObject(req);
    if (path === API.newTicket) return handlers.newTicket(newTicketInput(body));
    if (path === API.scheduledJob) return handlers.scheduledJob();
    if (path === API.reset) return handlers.reset();
    const m = TICKET_ROUTE.exec(path);
    const id = Number(m?.[1]);
    if (m?.[2] === TICKET_ACTIONS.customerReply) return handlers.reply(id, str(body.text, 'text'));
    if (m?.[2] === TICKET_ACTIONS.agentReply) return handlers.agentWrites(id, str(body.html, 'html'), 'reply');
    if (m?.[2] === TICKET_ACTIONS.note) return handlers.agentWrites(id, str(body.html, 'html'), 'note');
    if (m?.[2] === TICKET_ACTIONS.resolve) return handlers.resolve(id);
    throw new SimulatorError(404, `No action at ${path}`);
  }

  async function get(res: ServerResponse, path: string): Promise<void> {
    if (path === '/' || path === '/index.html') return send(res, 200, await readPageFile('index.html'), 'text/html; charset=utf-8', headers);
    if (path === PAGE.style) return send(res, 200, await readPageFile('style.css'), 'text/css; charset=utf-8', headers);
    if (path === PAGE.script) return send(res, 200, await pageScript(), 'text/javascript; charset=utf-8', headers);
    if (path === API.state) return sendJson(res, 200, handlers.overview());
    if (path === '/favicon.ico') return void res.writeHead(204).end(); // browsers ask; a 404 would only be console noise
    const m = TICKET_ROUTE.exec(path);
    if (m && !m[2]) return sendJson(res, 200, handlers.ticket(Number(m[1])));
    sendText(res, 404, 'Not found');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host?.toLowerCase();
    if (host === undefined || !allowedHosts(port).has(host)) return sendText(res, 403, 'Unexpected Host header');
    const path = new URL(req.url ?? '/', 'http://simulator.local').pathname;
    try {
      if (req.method === 'GET') return await get(res, path);
      if (req.method === 'POST') return sendJson(res, 200, await post(req, path));
      sendText(res, 405, 'Method not allowed');
    } catch (error) {
      if (error instanceof SimulatorError) return sendJson(res, error.status, { error: error.message, details: error.details });
      if (error instanceof BodyError) return sendJson(res, error.status, { error: error.message });
      options.onError?.(error);
      sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) });
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.onError?.(error);
      if (!res.headersSent) sendText(res, 500, 'Simulator error');
      else res.destroy();
    });
  });
  await listen(server, options.port, options.fallbackToFreePort);
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function listenOnce(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve();
    });
  });
}

async function listen(server: Server, port: number, fallback: boolean): Promise<void> {
  try {
    await listenOnce(server, port);
  } catch (err) {
    if (!fallback || port === 0 || (err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    await listenOnce(server, 0);
  }
}
