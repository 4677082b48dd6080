/** The KB fake's state: stored articles (every POST adds one, as the real service has no idempotency key,
 * docs/simpli.md "KB") and the searches made, which feed /gaps. */
import { pythonIsoUtc } from '../python/iso-time';

export interface Article {
  id: string;
  title: string;
  content: string;
  tags: string[];
  source: string;
  created_at: string;
  updated_at: string;
}

export interface SearchRecord {
  query: string;
  best_score: number;
}

export interface KbState {
  articles: Article[];
  searches: SearchRecord[];
}

export class KbStore {
  private articles: Article[] = [];
  private searches: SearchRecord[] = [];

  constructor(private readonly now: () => number) {}

  add(input: { title: string; content: string; tags: string[]; source: string; updated_at: string | null }): Article {
    const created = pythonIsoUtc(this.now());
    const article: Article = {
      id: `kb_${String(this.articles.length + 1).padStart(4, '0')}`,
      title: input.title,
      content: input.content,
      tags: input.tags,
      source: input.source,
      created_at: created,
      updated_at: input.updated_at ?? created,
    };
    this.articles.push(article);
    return article;
  }

  all(): readonly Article[] {
    return this.articles;
  }

  recordSearch(record: SearchRecord): void {
    this.searches.push(record);
  }

  allSearches(): readonly SearchRecord[] {
    return this.searches;
  }

  snapshot(): KbState {
    return structuredClone({ articles: this.articles, searches: this.searches });
  }

  clear(): void {
    this.articles = [];
    this.searches = [];
  }
}
