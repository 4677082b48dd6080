/**
 * The Triage fake (docs/simpli.md "Triage"): POST /classify (and the [CLIENT] alias /api/v1/classify, docs/simpli.md
 * "Ports and paths"), POST /route, GET /rules, plus create_app's /health.
 */
import type { FakeService } from '../../kit/types';
import { bodyOf } from '../core/request';
import type { Route } from '../core/route';
import { createSimpliService } from '../core/service';
import { pyFloat } from '../python/render-json';
import { ticketIdFromBody } from '../shared/ticket-id';
import { classify, type Classification } from './classify';
import { route, routingRules, type RoutingDecision } from './routing';
import { ClassifyRequest, RouteRequest } from './schemas';

export interface TriageOptions {
  apiKey?: string;
  /** Team name → Freshdesk group id; when given, /route adds `group_id` for that team. */
  groupIds?: Readonly<Record<string, number>>;
}

export interface TriageState {
  classifications: Array<{ subject: string } & Classification>;
  routings: Array<{ ticket_id: string } & RoutingDecision>;
}

/** A FakeService whose state() is typed (Omit: an intersection would keep FakeService's `unknown` overload first). */
export type TriageService = Omit<FakeService, 'state' | 'reset'> & { state(): TriageState; reset(): void };

export function createTriageService(opts: TriageOptions = {}): TriageService {
  let state: TriageState = { classifications: [], routings: [] };

  const classifyRoute = (path: string): Route => ({
    method: 'POST',
    path,
    summary: 'Classify a ticket',
    handle: ({ req }) => {
      const { subject, body } = bodyOf(req, ClassifyRequest);
      const c = classify(subject, body);
      state.classifications.push({ subject, ...c });
      return { body: { category: c.category, urgency: c.urgency, sentiment: c.sentiment, confidence: pyFloat(c.confidence) } };
    },
  });

  const routes: Route[] = [
    classifyRoute('/classify'),
    classifyRoute('/api/v1/classify'),
    {
      method: 'POST',
      path: '/route',
      summary: 'Route a classified ticket',
      handle: ({ req }) => {
        const input = bodyOf(req, RouteRequest);
        const decision = route(input, opts.groupIds);
        state.routings.push({ ticket_id: input.ticket_id, ...decision });
        return { body: decision };
      },
    },
    { method: 'GET', path: '/rules', summary: 'Routing rules', handle: () => ({ body: { rules: routingRules() } }) },
  ];

  const service = createSimpliService({
    name: 'simpli-triage',
    title: 'Simpli Triage',
    description: 'Ticket classification and routing',
    routes,
    ...(opts.apiKey !== undefined ? { apiKey: opts.apiKey } : {}),
    ticketIdOf: (req) => ticketIdFromBody(req, 'ticket_id'),
    state: () => structuredClone(state),
    reset: () => {
      state = { classifications: [], routings: [] };
    },
  });
  return service as TriageService;
}
