/**
 * The /__control/* endpoints every fake serves, for tests and tools that only hold its URL. They are never
 * logged and never faulted, so inspecting a fake cannot change what it records.
 */
import { json } from './http-io';
import type { FakeRequest, FakeResponse, RunningFake } from './types';

export const CONTROL_PREFIX = '/__control/';

type Action = (req: FakeRequest) => FakeResponse;

export function controlRoutes(fake: RunningFake): Record<string, Partial<Record<string, Action>>> {
  return {
    '/__control/log': {
      GET: () => json(200, fake.log()),
      DELETE: () => (fake.clearLog(), json(204)),
    },
    '/__control/faults': {
      GET: () => json(200, fake.faults()),
      PUT: (req) => {
        try {
          const rules: unknown = JSON.parse(req.rawBody || 'null');
          fake.setFaults(Array.isArray(rules) ? rules : [rules as never]);
          return json(204);
        } catch (e) {
          return json(400, { error: (e as Error).message });
        }
      },
      DELETE: () => (fake.clearFaults(), json(204)),
    },
    '/__control/state': { GET: () => json(200, fake.state() ?? null) },
    '/__control/reset': { POST: () => (fake.reset(), json(204)) },
  };
}

export function handleControl(fake: RunningFake, req: FakeRequest): FakeResponse {
  const route = controlRoutes(fake)[req.path];
  if (!route) return json(404, { error: `No control endpoint ${req.path}` });
  const action = route[req.method];
  if (!action) return { status: 405, headers: { Allow: Object.keys(route).join(', ') }, body: { error: 'Method not allowed' } };
  return action(req);
}
