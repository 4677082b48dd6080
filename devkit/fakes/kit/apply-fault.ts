/**
 * Turns a request plus the fault it met into the answer, following the Fault type's comments. Faults that need
 * "the real answer" (latency, truncated, wrong_types) run the service, so its side effects happen, as when a
 * real response is damaged on the way back; the others answer without touching the service's state.
 * `drop` never reaches here: the server destroys the socket itself.
 */
import { STATUS_CODES } from 'node:http';
import { bodyText } from './http-io';
import { truncate, wrongTypes } from './mangle';
import type { Fault, FakeRequest, FakeResponse, FakeService } from './types';

/** What a proxy or a crashed upstream answers with: not JSON, though labelled as JSON to catch blind parsing. */
const MALFORMED_BODY = '<html><head><title>502 Bad Gateway</title></head><body>upstream sent garbage</body></html>';

export async function answerWithFault(service: FakeService, req: FakeRequest, fault: Fault): Promise<FakeResponse> {
  switch (fault.kind) {
    case 'latency':
      await new Promise((resolve) => setTimeout(resolve, fault.ms));
      return service.handle(req);
    case 'lost_answer': {
      // The write lands now; a client whose timeout is shorter than ms gives up on an answer that says it did.
      const real = await service.handle(req);
      await new Promise((resolve) => setTimeout(resolve, fault.ms));
      return real;
    }
    case 'status':
      if (fault.body !== undefined) return { status: fault.status, body: fault.body };
      return (
        service.faultResponse?.(fault, req) ?? {
          status: fault.status,
          body: { error: STATUS_CODES[fault.status] ?? 'Error' },
        }
      );
    case 'malformed':
      return { status: 200, headers: { 'Content-Type': 'application/json' }, rawBody: MALFORMED_BODY };
    case 'truncated': {
      const real = await service.handle(req);
      return { ...real, rawBody: truncate(bodyText(real)) };
    }
    case 'wrong_types':
      return withWrongTypes(await service.handle(req));
    case 'rate_limit':
      return rateLimited(service, req, fault);
    case 'reject_key':
      return service.unauthorized(req);
    case 'drop':
      throw new Error('drop is handled by the server');
  }
}

function withWrongTypes(real: FakeResponse): FakeResponse {
  if (real.rawBody === undefined) return { ...real, body: wrongTypes(real.body) };
  try {
    return { ...real, rawBody: JSON.stringify(wrongTypes(JSON.parse(real.rawBody))) };
  } catch {
    return real; // not JSON (e.g. an empty 404): nothing typed to swap
  }
}

function rateLimited(
  service: FakeService,
  req: FakeRequest,
  fault: Extract<Fault, { kind: 'rate_limit' }>,
): FakeResponse {
  const own = service.faultResponse?.(fault, req);
  // Whatever the service says, Retry-After is present exactly when the rule gives it.
  const headers = Object.fromEntries(
    Object.entries(own?.headers ?? {}).filter(([k]) => k.toLowerCase() !== 'retry-after'),
  );
  if (fault.retryAfterSeconds !== undefined) headers['Retry-After'] = String(fault.retryAfterSeconds);
  const body = own ? own.body : { error: 'Too Many Requests' };
  return { status: 429, headers, ...(own?.rawBody !== undefined ? { rawBody: own.rawBody } : { body }) };
}
