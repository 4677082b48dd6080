/**
 * What the app last synced of each Solutions article (issue 13): its id, its `updated_at`, and the pass that last
 * saw it — so an article is posted only when new or changed, a finished sync that runs again posts nothing, and the
 * articles a full pass did not see were removed or unpublished. Kept in the key-value store, sharded by id: each
 * entry is ~16 characters (base 36), so 10,000 articles are ~160 KB over 8 records of ~20 KB, under the store's
 * 40 KB per record (docs/platform.md "Key-value store").
 */

export const ARTICLE_SHARDS = 8;

export const shardOf = (articleId: number): number => articleId % ARTICLE_SHARDS;

export const shardKey = (shard: number): string => `kb:articles:${shard}`;

export interface ArticleSeen {
  /** The article's `updated_at` as synced, in epoch seconds. */
  updatedAt: number;
  /** The full pass that last listed it published. */
  pass: number;
}

export type ArticleShard = Map<number, ArticleSeen>;

/** "id:updated:pass" in base 36, joined by ";": the record's one attribute. */
export function encodeShard(shard: ArticleShard): string {
  return [...shard.entries()].map(([id, s]) => `${id.toString(36)}:${s.updatedAt.toString(36)}:${s.pass.toString(36)}`).join(';');
}

/**
 * Unreadable entries are dropped: the article is then posted again, a second copy in Simpli KB (whose POST /articles
 * always adds) — the price of a record that could not be read, which the store's own writes do not produce.
 */
export function decodeShard(text: unknown): ArticleShard {
  const shard: ArticleShard = new Map();
  if (typeof text !== 'string' || text === '') return shard;
  for (const entry of text.split(';')) {
    const [id, updatedAt, pass] = entry.split(':').map((part) => parseInt(part, 36));
    if ([id, updatedAt, pass].every((n) => n !== undefined && Number.isSafeInteger(n) && n >= 0)) shard.set(id!, { updatedAt: updatedAt!, pass: pass! });
  }
  return shard;
}

/** An article as a Solutions list shows it, reduced to what the sync decides on. */
export interface ListedArticle {
  id: number;
  /** 1 draft, 2 published. */
  status: number;
  /** ISO 8601. */
  updatedAt: string;
}

export const PUBLISHED = 2;

const seconds = (iso: string): number => Math.floor(Date.parse(iso) / 1000);

/** Published and new, or changed since it was synced: to post. Drafts never are. */
export function needsPost(article: ListedArticle, seen: ArticleSeen | undefined): boolean {
  if (article.status !== PUBLISHED) return false;
  const updatedAt = seconds(article.updatedAt);
  return Number.isFinite(updatedAt) && (seen === undefined || updatedAt > seen.updatedAt);
}

/** After a post succeeded (or was not needed): the article as synced, seen in this pass. */
export const markSeen = (article: ListedArticle, pass: number): ArticleSeen => ({ updatedAt: seconds(article.updatedAt), pass });

/** After a full pass: the articles it did not see published — removed, or unpublished since — to report and forget. */
export function unseenAfterPass(shard: ArticleShard, pass: number): number[] {
  return [...shard.entries()].filter(([, s]) => s.pass !== pass).map(([id]) => id);
}
