/** The bench's generated knowledge base (devkit/demo/large-kb.ts). */
import type { SeedFolder } from '../../devkit/fakes/freshdesk/account';
import { largeKnowledgeBase } from '../../devkit/demo/large-kb';

const allFolders = (folders: readonly SeedFolder[]): SeedFolder[] => folders.flatMap((f) => [f, ...allFolders(f.subfolders ?? [])]);

describe('the generated knowledge base', () => {
  it('holds exactly the asked number of articles, in nested folders, with unique ids, a few drafts and one newer draft', () => {
    const kb = largeKnowledgeBase(1_000);
    const folders = kb.flatMap((c) => allFolders(c.folders));
    const articles = folders.flatMap((f) => f.articles ?? []);
    expect(articles).toHaveLength(1_000);
    expect(new Set(articles.map((a) => a.id)).size).toBe(1_000);
    expect(articles.filter((a) => a.status === 1)).toHaveLength(50);
    expect(articles.filter((a) => a.draft)).toHaveLength(1);
    expect(folders.some((f) => (f.subfolders ?? []).some((s) => (s.subfolders ?? []).length > 0))).toBe(true);
    // Lists longer than a page of 100, so the walk pages.
    expect(Math.max(...folders.map((f) => f.articles?.length ?? 0))).toBeGreaterThan(100);
    expect(largeKnowledgeBase(1_000)).toEqual(kb);
  });
});
