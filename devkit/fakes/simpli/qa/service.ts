/** The QA fake (docs/simpli.md "QA"): POST /evaluate and its [CLIENT] alias /api/v1/evaluate, plus /health. */
import type { FakeService } from '../../kit/types';
import { bodyOf } from '../core/request';
import type { Route } from '../core/route';
import { createSimpliService } from '../core/service';
import { pyFloat } from '../python/render-json';
import { ticketIdFromBody } from '../shared/ticket-id';
import { evaluate, type Evaluation } from './evaluate';
import { DIMENSIONS } from './rubric';
import { EvaluateRequest } from './schemas';

export interface QaOptions {
  apiKey?: string;
}

export interface QaState {
  evaluations: Array<{ conversation_id: string | null; agent_id: string | null } & Evaluation>;
}

/** A FakeService whose state() is typed (Omit: an intersection would keep FakeService's `unknown` overload first). */
export type QaService = Omit<FakeService, 'state' | 'reset'> & { state(): QaState; reset(): void };

export function createQaService(opts: QaOptions = {}): QaService {
  let state: QaState = { evaluations: [] };

  const evaluateRoute = (path: string): Route => ({
    method: 'POST',
    path,
    summary: 'Evaluate a conversation',
    handle: ({ req }) => {
      const input = bodyOf(req, EvaluateRequest);
      const e = evaluate(input.messages);
      state.evaluations.push({ conversation_id: input.conversation_id, agent_id: input.agent_id, ...e });
      return {
        body: {
          conversation_id: input.conversation_id,
          agent_id: input.agent_id,
          overall_score: pyFloat(e.overall_score),
          dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, pyFloat(e.dimensions[d])])),
          coaching_notes: e.coaching_notes,
        },
      };
    },
  });

  const service = createSimpliService({
    name: 'simpli-qa',
    title: 'Simpli QA',
    description: 'Conversation quality scoring',
    routes: [evaluateRoute('/evaluate'), evaluateRoute('/api/v1/evaluate')],
    ...(opts.apiKey !== undefined ? { apiKey: opts.apiKey } : {}),
    ticketIdOf: (req) => ticketIdFromBody(req, 'conversation_id'),
    state: () => structuredClone(state),
    reset: () => {
      state = { evaluations: [] };
    },
  });
  return service as QaService;
}
