/**
 * startFake: mounts a FakeService on a real node:http server on 127.0.0.1, so code under test talks real HTTP
 * (sockets, headers, status codes, timeouts) to something that behaves like the real service.
 * Per request: parse → control endpoints (unlogged) → match a fault rule → answer (faulted or not) → log.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerWithFault } from './apply-fault';
import { CONTROL_PREFIX, handleControl } from './control-routes';
import { FaultRules } from './fault-rules';
import { readRequest, writeResponse } from './http-io';
import type { Fault, FakeLogEntry, FakeRequest, FakeResponse, FakeService, RunningFake } from './types';

export interface StartFakeOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
}

export async function startFake(service: FakeService, opts: StartFakeOptions = {}): Promise<RunningFake> {
  const rules = new FaultRules();
  let entries: FakeLogEntry[] = [];

  const record = (req: FakeRequest, endpoint: string, status: number, fault?: Fault): void => {
    const ticketId = service.ticketIdOf?.(req);
    entries.push({
      at: Date.now(),
      service: service.name,
      method: req.method,
      path: req.path,
      endpoint,
      status,
      ...(ticketId !== undefined ? { ticketId } : {}),
      ...(fault ? { fault: fault.kind } : {}),
    });
  };

  const serve = async (inc: IncomingMessage, out: ServerResponse): Promise<void> => {
    const req = await readRequest(inc);
    if (req.path.startsWith(CONTROL_PREFIX)) return writeResponse(out, handleControl(fake, req));

    const endpoint = service.endpointOf(req);
    const fault = rules.take(endpoint);
    if (fault?.kind === 'drop') {
      record(req, endpoint, 0, fault);
      inc.socket.destroy();
      return;
    }
    let res: FakeResponse;
    try {
      res = fault ? await answerWithFault(service, req, fault) : await service.handle(req);
    } catch (e) {
      // A bug in a fake must be visible, not hang the client.
      res = { status: 500, body: { error: 'fake crashed', message: (e as Error).message } };
    }
    record(req, endpoint, res.status, fault);
    writeResponse(out, res);
  };

  const server = createServer((inc, out) => {
    serve(inc, out).catch((e: unknown) => {
      if (!out.headersSent) writeResponse(out, { status: 500, body: { error: String(e) } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  const fake: RunningFake = {
    name: service.name,
    url: `http://127.0.0.1:${port}`,
    port,
    log: () => entries.map((e) => ({ ...e })),
    clearLog: () => {
      entries = [];
    },
    setFaults: (r) => rules.set(r),
    clearFaults: () => rules.clear(),
    faults: () => rules.list(),
    state: () => service.state?.() ?? null,
    reset: () => {
      service.reset?.();
      entries = [];
      rules.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections(); // keep-alive sockets would otherwise hold close() open
      }),
  };
  return fake;
}
