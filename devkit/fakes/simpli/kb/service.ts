/**
 * The KB fake (docs/simpli.md "KB"): POST /articles (201, the stored article with its id), GET /gaps,
 * GET /stale, POST /search and its [CLIENT] alias /api/v1/search, plus create_app's /health.
 */
import type { FakeService } from '../../kit/types';
import { bodyOf, queryOf } from '../core/request';
import type { Route } from '../core/route';
import { createSimpliService } from '../core/service';
import { pyFloat } from '../python/render-json';
import { findGaps } from './gaps';
import { ArticleRequest, SearchRequest, staleQuery } from './schemas';
import { search } from './search';
import { findStale } from './stale';
import { KbStore, type KbState } from './store';

export interface KbOptions {
  apiKey?: string;
  /** created_at of articles, and "now" for /stale. */
  clock?: { now(): number };
}

/** A FakeService whose state() is typed (Omit: an intersection would keep FakeService's `unknown` overload first). */
export type KbService = Omit<FakeService, 'state' | 'reset'> & { state(): KbState; reset(): void };

export function createKbService(opts: KbOptions = {}): KbService {
  const clock = opts.clock ?? { now: () => Date.now() };
  const store = new KbStore(() => clock.now());

  const searchRoute = (path: string): Route => ({
    method: 'POST',
    path,
    summary: 'Search articles',
    handle: ({ req }) => {
      const { query, top_k } = bodyOf(req, SearchRequest);
      const hits = search(store.all(), query, top_k);
      store.recordSearch({ query, best_score: hits[0]?.score ?? 0 });
      return { body: { query, results: hits.map((h) => ({ ...h, score: pyFloat(h.score) })), total: hits.length } };
    },
  });

  const routes: Route[] = [
    {
      method: 'POST',
      path: '/articles',
      summary: 'Add an article',
      handle: ({ req }) => ({ status: 201, body: store.add(bodyOf(req, ArticleRequest)) }),
    },
    {
      method: 'GET',
      path: '/gaps',
      summary: 'Content gaps',
      handle: () => ({
        body: {
          gaps: findGaps(store.all(), store.allSearches()),
          total_articles: store.all().length,
          total_searches: store.allSearches().length,
        },
      }),
    },
    {
      method: 'GET',
      path: '/stale',
      summary: 'Stale articles',
      handle: ({ req }) => {
        const { days } = queryOf(req, staleQuery);
        return { body: { threshold_days: days, articles: findStale(store.all(), clock.now(), days) } };
      },
    },
    searchRoute('/search'),
    searchRoute('/api/v1/search'),
  ];

  const service = createSimpliService({
    name: 'simpli-kb',
    title: 'Simpli KB',
    description: 'Knowledge base sync, search and gap analysis',
    routes,
    ...(opts.apiKey !== undefined ? { apiKey: opts.apiKey } : {}),
    state: () => store.snapshot(),
    reset: () => store.clear(),
  });
  return service as KbService;
}
