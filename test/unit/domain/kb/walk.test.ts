/** The knowledge-base walk's cursor (server/domain/kb/walk.ts) over an in-memory Solutions tree. */
import { afterListing, nextStep, startWalk, walkDone, type WalkCursor, type WalkStep } from '../../../../server/domain/kb/walk';

/** Categories → folders → subfolders (any depth) → articles; every list paginated by `perPage`. */
interface Tree {
  categories: number[];
  folders: Record<number, number[]>;
  subfolders: Record<number, number[]>;
  articles: Record<number, number[]>;
}

const tree: Tree = {
  categories: [1, 2, 3],
  folders: { 1: [10, 11], 2: [20], 3: [] },
  subfolders: { 10: [100, 101], 100: [1000], 20: [] },
  articles: { 10: [1, 2, 3, 4, 5], 11: [6], 100: [7, 8], 101: [9], 1000: [10, 11, 12], 20: [13, 14, 15, 16, 17, 18, 19] },
};

function listing(step: WalkStep, perPage: number): { ids: number[]; more: boolean } {
  const all =
    step.list === 'categories' ? tree.categories
    : step.list === 'folders' ? tree.folders[step.categoryId] ?? []
    : step.list === 'subfolders' ? tree.subfolders[step.folderId] ?? []
    : tree.articles[step.folderId] ?? [];
  const ids = all.slice((step.page - 1) * perPage, step.page * perPage);
  return { ids, more: step.page * perPage < all.length };
}

/** Runs `limit` steps (all when undefined); answers the cursor, the articles listed and the steps made. */
function walk(cursor: WalkCursor, perPage: number, limit = Infinity) {
  const articles: number[] = [];
  let steps = 0;
  let longest = cursor.pending.length;
  while (!walkDone(cursor) && steps < limit) {
    const step = nextStep(cursor)!;
    const listed = listing(step, perPage);
    if (step.list === 'articles') articles.push(...listed.ids);
    cursor = afterListing(cursor, listed);
    steps += 1;
    longest = Math.max(longest, cursor.pending.length);
  }
  return { cursor, articles, steps, longest };
}

const everyArticle = Object.values(tree.articles).flat().sort((a, b) => a - b);

describe('the knowledge-base walk', () => {
  it('lists every article of every folder and subfolder, at any depth, exactly once, page by page', () => {
    const { articles, steps } = walk(startWalk(1), 2);
    expect([...articles].sort((a, b) => a - b)).toEqual(everyArticle);
    expect(new Set(articles).size).toBe(articles.length);
    // 2 category pages, 3 folder pages (one per category), 6 subfolder pages (one per folder, any depth) and
    // 12 article pages (5, 1, 2, 1, 3 and 7 articles two a page): one request each.
    expect(steps).toBe(2 + 3 + 6 + 12);
  });

  it('depth first: a folder is finished before the next, so the cursor holds one branch, not the tree', () => {
    const { articles, longest } = walk(startWalk(1), 100);
    expect(articles.slice(0, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(longest).toBeLessThanOrEqual(5); // one entry per category or folder still waiting on the branch
  });

  it('a cursor saved after any step (as JSON, as the store keeps it) resumes to the same articles', () => {
    for (let cut = 0; cut <= 23; cut += 1) {
      const first = walk(startWalk(3), 2, cut);
      const resumed = walk(JSON.parse(JSON.stringify(first.cursor)) as WalkCursor, 2);
      expect([...first.articles, ...resumed.articles].sort((a, b) => a - b)).toEqual(everyArticle);
      expect(resumed.cursor).toEqual({ pass: 3, pending: [] });
    }
  });

  it('an empty knowledge base is one listing', () => {
    const cursor = afterListing(startWalk(1), { ids: [], more: false });
    expect(walkDone(cursor)).toBe(true);
    expect(nextStep(cursor)).toBeUndefined();
  });
});
