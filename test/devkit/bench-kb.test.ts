/**
 * The knowledge-base scenario of `npm run bench` (devkit/bench/scenarios/kb.ts) over 1,000 generated articles on the
 * manual clock: the built server.js syncs through the platform's own schedules. Deterministic (no wall-clock time
 * is measured), so its outcomes are asserted here as well as reported by the bench.
 */
import { overBudget } from '../../devkit/bench/budgets';
import { kbFigures, measureKb, type KbScenarioResult } from '../../devkit/bench/measure-kb';

let result: KbScenarioResult;
beforeAll(async () => {
  result = await measureKb();
}, 120_000);

it('posts every published article once in the initial pass, using the minutes it runs in to the full', () => {
  expect(result.passesFinished).toBe(true);
  expect(result.published).toBeGreaterThan(900);
  // Every minute of the pass spent the platform's 50, but the last.
  expect(result.initialPerMinute.slice(0, -1).every((n) => n === 50)).toBe(true);
  expect(result.initialRequests).toBeGreaterThan(result.published);
});

it('then posts exactly the 10 changed articles, nothing on a rerun, and no article twice through faults mid-walk', () => {
  expect([result.incrementalPosts, result.rerunPosts, result.faultedPosts, result.duplicateArticles]).toEqual([10, 0, 10, 0]);
  // The faulted pass met all 8 faulted answers (3 Freshdesk 429s, 5 Simpli KB 503s) and still posted each change once.
  expect(result.faultsMet).toBe(8);
});

it('reports the figures against their bars', () => {
  const figures = kbFigures(result);
  expect(overBudget(figures)).toEqual([]);
  expect(overBudget(kbFigures({ ...result, rerunPosts: 1, initialRateRatio: 0.8, incrementalPosts: 9 })).map((f) => f.name)).toEqual([
    'kb_incremental_article_posts',
    'kb_rerun_article_posts',
    'kb_initial_rate_ratio',
  ]);
});
