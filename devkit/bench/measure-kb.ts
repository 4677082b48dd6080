/** Issue 13's knowledge-base figures, from the sync scenario over 1,000 generated articles (scenarios/kb.ts). */
import { round2, type Figure } from './budgets';
import { measureKb, type KbScenarioResult } from './scenarios/kb';

export { measureKb, type KbScenarioResult };

const ISSUE = 'issue 13 (knowledge base)';

export function kbFigures(r: KbScenarioResult): Figure[] {
  return [
    { name: 'kb_incremental_article_posts', value: r.incrementalPosts, budget: 10, atLeast: 10, source: `${ISSUE}: 10 articles changed` },
    { name: 'kb_rerun_article_posts', value: r.rerunPosts, budget: 0, source: `${ISSUE}: a finished sync run again` },
    { name: 'kb_faulted_article_posts', value: r.faultedPosts, budget: 10, atLeast: 10, source: `${ISSUE}: 10 changed, Freshdesk 429 and Simpli KB 503 mid-walk` },
    { name: 'kb_duplicate_articles', value: r.duplicateArticles, budget: 0, source: ISSUE },
    { name: 'kb_initial_rate_ratio', value: round2(r.initialRateRatio), budget: 1, atLeast: 0.9, source: `${ISSUE}: requests per minute of the initial sync ÷ the platform's 50` },
    // Information: the bar is the rate ratio; 1,000 articles take at least ~1,150 requests at 50 a minute.
    { name: 'kb_initial_minutes', value: r.initialMinutes, budget: Infinity, source: `${ISSUE}: ${r.published} published of ${r.articles} articles` },
    { name: 'kb_passes_not_finished', value: r.passesFinished ? 0 : 1, budget: 0, source: 'bench validity' },
  ];
}
