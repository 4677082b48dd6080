/**
 * The fake KB search (POST /search, docs/simpli.md "KB"): each query term found in an article's title counts
 * 2, in its tags 1.5, in its content 1; the score is that over the best possible (4.5 per term), 2 decimals.
 */
import { pyRound } from '../python/round';
import { STOPWORDS, words } from '../shared/text';
import type { Article } from './store';

export interface SearchHit {
  id: string;
  title: string;
  score: number;
  snippet: string;
  tags: string[];
}

/** The query's meaningful words (all of them if every word is a stopword), each once. */
export function queryTerms(query: string): string[] {
  const all = [...new Set(words(query))];
  const meaningful = all.filter((w) => !STOPWORDS.has(w));
  return meaningful.length > 0 ? meaningful : all;
}

export function articleWords(a: Article): { title: Set<string>; tags: Set<string>; content: Set<string> } {
  return { title: new Set(words(a.title)), tags: new Set(words(a.tags.join(' '))), content: new Set(words(a.content)) };
}

export function search(articles: readonly Article[], query: string, topK: number): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  return articles
    .map((a) => {
      const w = articleWords(a);
      const points = terms.reduce(
        (sum, t) => sum + (w.title.has(t) ? 2 : 0) + (w.tags.has(t) ? 1.5 : 0) + (w.content.has(t) ? 1 : 0),
        0,
      );
      return { article: a, score: pyRound(points / (4.5 * terms.length), 2) };
    })
    .filter((r) => r.score > 0)
    .sort((x, y) => y.score - x.score || x.article.id.localeCompare(y.article.id))
    .slice(0, topK)
    .map(({ article, score }) => ({ id: article.id, title: article.title, score, snippet: snippet(article.content), tags: article.tags }));
}

function snippet(content: string): string {
  const points = Array.from(content.trim().replace(/\s+/g, ' '));
  return points.length <= 160 ? points.join('') : `${points.slice(0, 159).join('').trimEnd()}…`;
}
