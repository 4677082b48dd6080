/**
 * The fake KB's content gaps (GET /gaps; docs/simpli.md "KB" — the docs describe "topic clusters with query
 * counts, sample queries, suggested article titles", field names unknown): searches that found nothing good
 * (best score < 0.3), grouped by their first term no article contains; then each Triage category no article
 * covers at all (unless a search cluster already has that topic).
 */
import { CATEGORIES, CATEGORY_TERMS } from '../triage/taxonomy';
import { hasPhrase, words } from '../shared/text';
import { articleWords, queryTerms } from './search';
import type { Article, SearchRecord } from './store';

export const WEAK_SCORE = 0.3;

export interface Gap {
  topic: string;
  query_count: number;
  sample_queries: string[];
  suggested_title: string;
  reason: 'unanswered_searches' | 'no_coverage';
}

export function findGaps(articles: readonly Article[], searches: readonly SearchRecord[]): Gap[] {
  const clusters = unansweredClusters(articles, searches);
  const topics = new Set(clusters.map((g) => g.topic));
  return [...clusters, ...uncoveredCategories(articles).filter((g) => !topics.has(g.topic))];
}

function unansweredClusters(articles: readonly Article[], searches: readonly SearchRecord[]): Gap[] {
  const known = new Set(articles.flatMap((a) => Object.values(articleWords(a)).flatMap((s) => [...s])));
  const clusters = new Map<string, Gap>();
  for (const s of searches) {
    if (s.best_score >= WEAK_SCORE) continue;
    const terms = queryTerms(s.query);
    const topic = terms.find((t) => !known.has(t)) ?? terms[0] ?? s.query;
    const gap = clusters.get(topic) ?? {
      topic,
      query_count: 0,
      sample_queries: [],
      suggested_title: `${capitalize(topic)}: common questions answered`,
      reason: 'unanswered_searches' as const,
    };
    gap.query_count++;
    if (gap.sample_queries.length < 3 && !gap.sample_queries.includes(s.query)) gap.sample_queries.push(s.query);
    clusters.set(topic, gap);
  }
  return [...clusters.values()].sort((a, b) => b.query_count - a.query_count || a.topic.localeCompare(b.topic));
}

function uncoveredCategories(articles: readonly Article[]): Gap[] {
  const texts = articles.map((a) => words(`${a.title}\n${a.tags.join(' ')}\n${a.content}`));
  return CATEGORIES.filter((c) => !texts.some((t) => CATEGORY_TERMS[c].some((term) => hasPhrase(t, term)))).map((c) => ({
    topic: c,
    query_count: 0,
    sample_queries: [],
    suggested_title: `${capitalize(c.replaceAll('_', ' '))}: frequently asked questions`,
    reason: 'no_coverage' as const,
  }));
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
