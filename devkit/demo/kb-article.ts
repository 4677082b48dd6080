/**
 * The article builder for the demo knowledge base (ids 4001…): HTML body from blocks, plausible counters and
 * dates derived from the id so they stay stable, and an author from the agents.
 */
import type { SeedArticle } from '../fakes/freshdesk/account';
import { AGENT } from './people';

/** Paragraph, list, or numbered steps. */
export const para = (text: string): string => `<p>${text}</p>`;
export const bullets = (...items: string[]): string => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
export const steps = (...items: string[]): string => `<ol>${items.map((i) => `<li>${i}</li>`).join('')}</ol>`;
export const heading = (text: string): string => `<h3>${text}</h3>`;

const AUTHORS = [AGENT.priya, AGENT.marcus, AGENT.sofia, AGENT.hannah, AGENT.aisha];

export interface ArticleOptions extends Partial<Omit<SeedArticle, 'id' | 'title' | 'description'>> {
  /** Month the article was written, "2025-04"; the day and time come from the id. */
  written?: string;
}

export function article(id: number, title: string, blocks: string[], opts: ArticleOptions = {}): SeedArticle {
  const { written = '2025-06', ...rest } = opts;
  const day = String((id % 27) + 1).padStart(2, '0');
  const created = `${written}-${day}T${String(8 + (id % 9)).padStart(2, '0')}:${String((id * 7) % 60).padStart(2, '0')}:00Z`;
  const hits = 40 + ((id * 389) % 2400);
  return {
    id,
    title,
    description: blocks.join(''),
    agent_id: AUTHORS[id % AUTHORS.length] ?? AGENT.priya,
    hits,
    thumbs_up: Math.floor(hits / 40),
    thumbs_down: (id * 3) % 7,
    created_at: created,
    updated_at: created,
    ...rest,
  };
}
