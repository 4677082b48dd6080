/**
 * Real loopback HTTP servers for the request-method conformance tests, plus the installation built from our
 * real settings table's secure keys and config/requests.json.
 */
import { SECURE_SETTING_KEYS } from '../../../server/contracts/settings-table';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ManualClock } from '../../../devkit/platform/clock';
import { createRateLimiter, type RateLimiter } from '../../../devkit/platform/rate-limiter';
import { createRequestApi, REQUESTS_PER_MINUTE, type RequestApiOptions } from '../../../devkit/platform/request';
import type { Caller, Installation, RequestApi, RequestLogEntry, TemplateError } from '../../../devkit/platform/types';

export interface Received {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface Loopback {
  base: string;
  received: Received[];
  close(): Promise<void>;
}

export type Handler = (req: Received, res: http.ServerResponse) => void;

/** Starts a node:http server on a free port that records every request and answers with `handler`. */
export async function startServer(handler: Handler): Promise<Loopback> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r: Received = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(r);
      handler(r, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Handler => (_req, res) => {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

const root = path.join(__dirname, '../../..');
export const realTemplates = JSON.parse(readFileSync(path.join(root, 'config/requests.json'), 'utf8')) as Record<string, unknown>;
/** Secure keys exactly as the installation page marks them (`__meta.secure` from the settings table). */
export const realSecureKeys: ReadonlySet<string> = new Set(SECURE_SETTING_KEYS);

export function realInstallation(overrides: Record<string, unknown> = {}): Installation {
  return {
    iparams: {
      simpli_triage_host: 'triage.simpli.example.com',
      simpli_reply_host: 'reply.simpli.example.com',
      simpli_sentiment_host: 'sentiment.simpli.example.com',
      simpli_qa_host: 'qa.simpli.example.com',
      simpli_kb_host: 'kb.simpli.example.com',
      simpli_api_key: 'sk-simpli-secret',
      freshdesk_subdomain: 'acme',
      freshdesk_api_key: 'fd-key-123',
      ...overrides,
    },
    secureKeys: realSecureKeys,
  };
}

export interface Harness {
  api: RequestApi;
  logs: RequestLogEntry[];
  clock: ManualClock;
  limiter: RateLimiter;
}

/** A request API with test defaults; any option can be overridden. */
export function makeApi(overrides: Partial<Omit<RequestApiOptions, 'clock'>> & { caller?: Caller; clock?: ManualClock } = {}): Harness {
  const logs: RequestLogEntry[] = [];
  const clock = overrides.clock ?? new ManualClock();
  const limiter = overrides.limiter ?? createRateLimiter(REQUESTS_PER_MINUTE, clock);
  const api = createRequestApi({
    templates: realTemplates,
    installation: realInstallation(),
    hosts: {},
    caller: 'server',
    clock,
    limiter,
    onLog: (e) => logs.push(e),
    ...overrides,
  });
  return { api, logs, clock, limiter };
}

/** The rejection of a call that must fail (fails the test if it resolves). */
export async function rejection(p: Promise<unknown>): Promise<TemplateError> {
  try {
    await p;
  } catch (error) {
    return error as TemplateError;
  }
  throw new Error('expected invokeTemplate to reject, but it resolved');
}

/** A one-template requests.json. */
export function oneTemplate(schema: Record<string, unknown>, options?: Record<string, unknown>): Record<string, unknown> {
  return { t: { schema: { method: 'GET', host: 'api.example.com', ...schema }, ...(options ? { options } : {}) } };
}
