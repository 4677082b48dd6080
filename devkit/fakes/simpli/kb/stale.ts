/**
 * The fake KB's stale articles (GET /stale, docs/simpli.md "KB"): not updated for `days` days or more, oldest first.
 */
import type { Article } from './store';

const DAY_MS = 86_400_000;

export interface StaleArticle {
  id: string;
  title: string;
  updated_at: string;
  age_days: number;
}

export function findStale(articles: readonly Article[], nowMs: number, days: number): StaleArticle[] {
  return articles
    .map((a) => ({ id: a.id, title: a.title, updated_at: a.updated_at, age_days: Math.floor((nowMs - Date.parse(a.updated_at)) / DAY_MS) }))
    .filter((a) => a.age_days >= days)
    .sort((x, y) => y.age_days - x.age_days || x.id.localeCompare(y.id));
}
