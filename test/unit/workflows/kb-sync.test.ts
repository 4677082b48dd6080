/**
 * The knowledge-base sync in slices (server/workflows/kb/sync-knowledge-base.ts) over an in-memory Solutions tree
 * and Simpli KB: every published article posted once over many slices, drafts never, a finished pass posting nothing
 * again, only changes after that, removals counted, and a fault mid-walk resumed without duplicates.
 */
import { KB_FINDINGS_KEY, KB_STATUS_KEY } from '../../../server/contracts/kb-records';
import { AppFailure } from '../../../server/domain/errors';
import type { WalkStep } from '../../../server/domain/kb/walk';
import type { KbArticle, SolutionArticle } from '../../../server/ports';
import { beginInvocation } from '../../../server/workflows/invocation';
import { runKbSlice } from '../../../server/workflows/kb/sync-knowledge-base';
import { manualClock, memoryLog, memoryStore } from './support/memory-ports';

const PER_PAGE = 3;
const at = (day: number) => new Date(Date.UTC(2026, 10, day)).toISOString();

function solutions() {
  const articles = new Map<number, SolutionArticle & { folderId: number }>();
  const tree = { categories: [1, 2], folders: { 1: [10, 11], 2: [20] } as Record<number, number[]>, subfolders: { 10: [100], 100: [], 11: [], 20: [] } as Record<number, number[]> };
  let id = 1;
  for (const folderId of [10, 11, 100, 20]) {
    for (let n = 0; n < 5; n += 1, id += 1) articles.set(id, { id, folderId, status: id % 7 === 0 ? 1 : 2, updatedAt: at(1), title: `Article ${id}`, text: `How to ${id}`, tags: ['howto'] });
  }
  const page = <T>(all: readonly T[], p: number) => ({ items: all.slice((p - 1) * PER_PAGE, p * PER_PAGE), more: p * PER_PAGE < all.length });
  const lists: WalkStep[] = [];
  const helpdesk = {
    async listSolutions(step: WalkStep) {
      lists.push(step);
      if (step.list === 'articles') {
        const { items, more } = page([...articles.values()].filter((a) => a.folderId === step.folderId), step.page);
        return { ids: [], articles: items.map(({ folderId: _f, ...a }) => a), more };
      }
      const all = step.list === 'categories' ? tree.categories : step.list === 'folders' ? tree.folders[step.categoryId] ?? [] : tree.subfolders[step.folderId] ?? [];
      const { items, more } = page(all, step.page);
      return { ids: items, articles: [], more };
    },
  };
  const posts: KbArticle[] = [];
  let failNext = 0;
  const simpli = {
    async addKbArticle(article: KbArticle) {
      if (failNext > 0) {
        failNext -= 1;
        throw new AppFailure({ kind: 'unavailable', step: 'simpliAddKbArticle', status: 503, message: 'simpliAddKbArticle is unavailable (503)' });
      }
      posts.push(article);
    },
    async kbFindings() {
      return { gaps: [{ topic: 'refunds', count: 4, sampleQueries: ['refund <script>'], suggestedTitle: 'Refunds' }], stale: [] };
    },
  };
  return { articles, helpdesk, simpli, posts, lists, failAfter: (n: number) => void (failNext = n) };
}

function setup() {
  const kb = solutions();
  const clock = manualClock();
  const store = memoryStore();
  const log = memoryLog();
  const ports = { helpdesk: kb.helpdesk as never, simpli: kb.simpli as never, store, clock, log };
  /** One slice as a handler run starting now. */
  const slice = (budget: number, force = false) => runKbSlice(beginInvocation(ports, {}), budget, force);
  /** Slices until the pass ends (a minute apart), answering how many it took. */
  const drain = async (budget: number) => {
    for (let n = 1; n <= 100; n += 1) {
      if ((await slice(budget, n === 1)).passFinished) return n;
      clock.advance(60_000);
    }
    throw new Error('the pass never finished');
  };
  const published = () => [...kb.articles.values()].filter((a) => a.status === 2).map((a) => a.title).sort();
  const posted = () => kb.posts.map((p) => p.title).sort();
  return { kb, clock, store, slice, drain, published, posted };
}

describe('the knowledge-base sync', () => {
  it('posts every published article once over many slices, never a draft, then keeps the findings', async () => {
    const s = setup();
    const slices = await s.drain(6);
    expect(slices).toBeGreaterThan(5);
    expect(s.posted()).toEqual(s.published());
    expect(s.kb.posts[0]).toEqual({ title: 'Article 1', content: 'How to 1', tags: ['howto'], updatedAt: at(1) });
    expect(s.store.data.get(KB_STATUS_KEY)).toMatchObject({ state: 'idle', pass: 1, lastPass: { listed: s.published().length, posted: s.published().length, failed: 0, removed: 0 } });
    expect(s.store.data.get(KB_FINDINGS_KEY)).toMatchObject({ gaps: [{ topic: 'refunds', sampleQueries: ['refund <script>'] }] });
  });

  it('a finished sync run again posts nothing; after changes it posts only them; removals are counted', async () => {
    const s = setup();
    await s.drain(50);
    s.kb.posts.length = 0;
    s.clock.advance(2 * 60 * 60_000);
    await s.drain(50);
    expect(s.kb.posts).toEqual([]);
    for (const id of [2, 9, 16]) s.kb.articles.get(id)!.updatedAt = at(20);
    s.kb.articles.delete(3);
    s.kb.articles.get(8)!.status = 1; // unpublished
    await s.drain(50);
    expect(s.posted()).toEqual(['Article 16', 'Article 2', 'Article 9']);
    expect(s.store.data.get(KB_STATUS_KEY)).toMatchObject({ pass: 3, lastPass: { posted: 3, removed: 2 } });
  });

  it('a fault mid-walk stops the slice where it is; the next slices resume and post nothing twice', async () => {
    const s = setup();
    await s.slice(8, true);
    s.kb.failAfter(1);
    const failed = await s.slice(50);
    expect(failed.passFinished).toBe(false);
    expect(s.store.data.get(KB_STATUS_KEY)).toMatchObject({ state: 'failing', lastError: { message: 'simpliAddKbArticle is unavailable (503)' } });
    s.clock.advance(60_000);
    await s.drain(50);
    expect(s.posted()).toEqual(s.published());
  });

  it('spends no more than its budget, and nothing when the sync is not due', async () => {
    const s = setup();
    expect((await s.slice(4, true)).requests).toBe(4);
    expect(s.kb.lists.length + s.kb.posts.length).toBe(4);
    await s.drain(50);
    const before = s.kb.lists.length;
    expect(await s.slice(50)).toEqual({ requests: 0, passFinished: false });
    expect(s.kb.lists.length).toBe(before);
  });
});
