/** What the sync remembers of each article (server/domain/kb/article-state.ts). */
import { ARTICLE_SHARDS, decodeShard, encodeShard, markSeen, needsPost, shardOf, unseenAfterPass, type ArticleShard } from '../../../../server/domain/kb/article-state';

const at = '2026-11-20T10:00:00Z';
const later = '2026-12-01T08:30:00Z';

describe('the article state', () => {
  it('posts a published article that is new or changed since it was synced, never a draft, nothing unchanged', () => {
    const synced = markSeen({ id: 7, status: 2, updatedAt: at }, 1);
    expect(needsPost({ id: 7, status: 2, updatedAt: at }, undefined)).toBe(true);
    expect(needsPost({ id: 7, status: 2, updatedAt: at }, synced)).toBe(false);
    expect(needsPost({ id: 7, status: 2, updatedAt: later }, synced)).toBe(true);
    expect(needsPost({ id: 8, status: 1, updatedAt: later }, undefined)).toBe(false);
    expect(needsPost({ id: 9, status: 2, updatedAt: 'not a date' }, undefined)).toBe(false);
  });

  it('round-trips a shard through its one string, and drops only what cannot be read', () => {
    const shard: ArticleShard = new Map([[80_000_123, markSeen({ id: 80_000_123, status: 2, updatedAt: later }, 12)], [8, { updatedAt: 0, pass: 1 }]]);
    expect(decodeShard(encodeShard(shard))).toEqual(shard);
    expect(decodeShard(`${encodeShard(shard)};zz;1:2`)).toEqual(shard);
    expect(decodeShard(undefined).size).toBe(0);
  });

  it('10,000 articles fit the store: every shard far under 40 KB', () => {
    const shards = Array.from({ length: ARTICLE_SHARDS }, (): ArticleShard => new Map());
    for (let n = 0; n < 10_000; n += 1) {
      const id = 80_000_000_000 + n * 7919;
      shards[shardOf(id)]!.set(id, markSeen({ id, status: 2, updatedAt: later }, 999));
    }
    const sizes = shards.map((s) => Buffer.byteLength(JSON.stringify({ articles: encodeShard(s) })));
    expect(Math.max(...sizes)).toBeLessThan(40 * 1024 * 0.75);
    expect(shards.reduce((n, s) => n + s.size, 0)).toBe(10_000);
  });

  it('after a full pass, the articles it did not see published are the removed or unpublished ones', () => {
    const shard: ArticleShard = new Map([[1, { updatedAt: 1, pass: 4 }], [2, { updatedAt: 1, pass: 3 }], [3, { updatedAt: 1, pass: 4 }]]);
    expect(unseenAfterPass(shard, 4)).toEqual([2]);
  });
});
