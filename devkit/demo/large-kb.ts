/**
 * A generated knowledge base for the bench (issue 13: "a KB of 1,000 articles"): categories of folders nested two
 * levels deep (subfolders, as newer accounts have), a big folder per category whose list pages even at 100, about
 * one draft in twenty (never synced), and one published article with a newer unsaved draft. Deterministic: the same
 * `articles` count always builds the same tree, ids from 500001.
 */
import type { SeedArticle, SeedCategory, SeedFolder } from '../fakes/freshdesk/account';

const TOPICS = ['thermostat', 'doorbell', 'camera', 'smart plug', 'home hub', 'app', 'billing', 'shipping', 'warranty', 'account'];

function articleNumber(id: number, n: number): SeedArticle {
  const topic = TOPICS[n % TOPICS.length]!;
  const month = String(1 + (n % 12)).padStart(2, '0');
  return {
    id,
    title: `${topic[0]!.toUpperCase()}${topic.slice(1)} guide ${n + 1}`,
    description: `<p>How to get the most from your ${topic}: step ${n + 1}.</p><ul><li>Check the ${topic} status.</li><li>Restart it if needed.</li></ul>`,
    status: n % 20 === 19 ? 1 : 2,
    tags: [topic.replace(' ', '-'), 'guide'],
    created_at: `2025-${month}-01T09:00:00Z`,
    updated_at: `2025-${month}-15T09:00:00Z`,
  };
}

/** `articles` spread over 4 categories × 5 folders, each folder with 2 subfolders one of which has its own. */
export function largeKnowledgeBase(articles = 1_000): SeedCategory[] {
  let nextArticle = 500_001;
  let nextFolder = 510_001;
  let made = 0;
  const folders: SeedFolder[] = [];
  const newFolder = (name: string): SeedFolder => {
    const folder: SeedFolder = { id: nextFolder++, name, articles: [] };
    folders.push(folder);
    return folder;
  };
  const categories: SeedCategory[] = Array.from({ length: 4 }, (_, c) => ({
    id: 520_001 + c,
    name: `Generated category ${c + 1}`,
    folders: Array.from({ length: 5 }, (_, f) => {
      const top = newFolder(`Folder ${c + 1}.${f + 1}`);
      const inner = newFolder(`Folder ${c + 1}.${f + 1}.1`);
      const deeper = newFolder(`Folder ${c + 1}.${f + 1}.1.1`);
      inner.subfolders = [deeper];
      top.subfolders = [inner, newFolder(`Folder ${c + 1}.${f + 1}.2`)];
      return top;
    }),
  }));
  // Half into one big folder per category (over 100 each: its list pages even at 100 a page), half round-robin.
  const big = categories.map((c) => c.folders[0]!);
  while (made < articles) {
    const folder = made % 2 === 0 ? big[(made / 2) % big.length]! : folders[Math.floor(made / 2) % folders.length]!;
    folder.articles!.push(articleNumber(nextArticle++, made));
    made += 1;
  }
  const withDraft = folders[0]!.articles![0]!;
  withDraft.draft = { title: `${withDraft.title} (draft)`, description: '<p>Unpublished rewrite.</p>', updated_at: '2026-01-10T09:00:00Z' };
  return categories;
}
