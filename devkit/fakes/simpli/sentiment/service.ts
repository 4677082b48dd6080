/**
 * The Sentiment fake (docs/simpli.md "Sentiment: POST /analyze", keyword mode only — the mode that runs without LLM
 * credentials): POST /analyze, GET /customers/{customer_id}/sentiment, GET /alerts, plus create_app's /health and
 * /usage.
 */
import type { FakeService } from '../../kit/types';
import { DetailOnlyError } from '../core/errors';
import { bodyOf, queryOf } from '../core/request';
import type { Route } from '../core/route';
import { createSimpliService } from '../core/service';
import { pyFloat } from '../python/render-json';
import { pyRound } from '../python/round';
import type { PythonVersion } from '../python/sum';
import { analyzeSentiment } from './analyze-text';
import { alertQuery, AnalyzeRequest, CUSTOMER_ID_PATH_REGEX, paging } from './schemas';
import { SentimentStore, type SentimentState } from './store';
import { trendOf } from './trend';

export interface SentimentOptions {
  apiKey?: string;
  /** Timestamps of timeline entries and alerts. */
  clock?: { now(): number };
  /**
   * The interpreter whose sum() to reproduce (docs/simpli.md "Sentiment: the keyword algorithm", trap 7). Default
   * "3.12": the python:3.12-slim image of the Sentiment Dockerfile. "3.11" gives the plain left-to-right sum
   * docs/simpli.md "Sentiment: the keyword algorithm" describes.
   */
  python?: PythonVersion;
}

/** A FakeService whose state() is typed (Omit: an intersection would keep FakeService's `unknown` overload first). */
export type SentimentService = Omit<FakeService, 'state' | 'reset'> & { state(): SentimentState; reset(): void };

export function createSentimentService(opts: SentimentOptions = {}): SentimentService {
  const clock = opts.clock ?? { now: () => Date.now() };
  const python = opts.python ?? '3.12';
  const store = new SentimentStore(() => clock.now());

  const routes: Route[] = [
    {
      method: 'GET',
      path: '/customers/:customer_id/sentiment',
      summary: 'Get sentiment timeline for a customer',
      handle: ({ req, params }) => {
        // FastAPI validates the query first (422), then the handler checks the id by hand (400, no error_code).
        const { limit, offset } = queryOf(req, paging);
        const customerId = params.customer_id ?? '';
        if (!CUSTOMER_ID_PATH_REGEX.test(customerId)) throw new DetailOnlyError(400, 'Invalid customer_id format');
        const history = store.history(customerId);
        const scores = history.map((e) => e.score);
        return {
          body: {
            customer_id: customerId,
            current_score: pyFloat(history.length > 0 ? pyRound(scores[scores.length - 1] as number, 2) : 0),
            trend: trendOf(scores, python),
            timeline: history.slice(offset, offset + limit).map((e) => ({ ...e, score: pyFloat(e.score) })),
          },
        };
      },
    },
    {
      method: 'POST',
      path: '/analyze',
      summary: 'Analyze sentiment of a message or conversation',
      handle: ({ req }) => {
        const request = bodyOf(req, AnalyzeRequest);
        const result = analyzeSentiment(request.text, python);
        store.record(request.customer_id, request.channel, result);
        return {
          body: {
            score: pyFloat(result.score),
            label: result.label,
            escalation_risk: pyFloat(result.escalation_risk),
            triggers: result.triggers,
          },
        };
      },
    },
    {
      method: 'GET',
      path: '/alerts',
      summary: 'Get active escalation risk alerts',
      handle: ({ req }) => {
        const q = queryOf(req, alertQuery);
        // `if severity:` / `if customer_id:` — an empty value filters nothing.
        const filtered = store
          .allAlerts()
          .filter((a) => !q.severity || a.severity === q.severity)
          .filter((a) => !q.customer_id || a.customer_id === q.customer_id);
        return { body: filtered.slice(q.offset, q.offset + q.limit) };
      },
    },
  ];

  const service = createSimpliService({
    name: 'simpli-sentiment',
    title: 'Simpli Sentiment',
    description: 'Customer health and sentiment tracker with escalation risk detection',
    routes,
    usage: true,
    ...(opts.apiKey !== undefined ? { apiKey: opts.apiKey } : {}),
    state: () => store.snapshot(),
    reset: () => store.clear(),
  });
  return service as SentimentService;
}
