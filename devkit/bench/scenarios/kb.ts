/**
 * The knowledge-base sync over a generated 1,000-article knowledge base (issue 13), on the manual clock with no
 * ticket traffic: the initial pass from install (how long, and how much of the platform's 50 requests a minute it
 * used from its first request to its last), then 10 articles edited and the next pass, then a pass with nothing
 * changed, then 10 more edited and a pass that meets Freshdesk and Simpli KB faults mid-walk. Every minute is
 * driven by the platform's own schedules (the sweep, the pumps): nothing here calls the app directly.
 */
import { largeKnowledgeBase } from '../../demo/large-kb';
import { installApp, startStack, type Stack } from '../../harness/start-harness';
import { KB_STATUS_KEY } from '../../../server/contracts/kb-records';
import { HOUR_MS, MINUTE_MS } from './pump';

export const KB_ARTICLES = 1_000;
const EDITED = 10;
/** The platform's template requests a minute (docs/platform.md "Request templates: limits"). */
const REQUESTS_PER_MINUTE = 50;

export interface KbScenarioResult {
  articles: number;
  /** Published articles in the generated knowledge base (drafts are never synced). */
  published: number;
  initialMinutes: number;
  /** Template requests in the initial pass's minutes, first to last, and minute by minute. */
  initialRequests: number;
  initialPerMinute: number[];
  initialRateRatio: number;
  incrementalPosts: number;
  rerunPosts: number;
  /** Posts in the pass that met faults, of the edited articles (`EDITED` expected), and the faulted answers it met. */
  faultedPosts: number;
  faultsMet: number;
  /** Articles Simpli KB holds twice with the same title and text: one version posted more than once. */
  duplicateArticles: number;
  /** Every pass ended (none hit the cap of simulated time). */
  passesFinished: boolean;
  wallMs: number;
}

interface KbArticle {
  title: string;
  content: string;
}

const kbArticles = (stack: Stack): KbArticle[] => (stack.fakes.simpli.kb.state() as { articles: KbArticle[] }).articles;
const passOf = (stack: Stack): { pass: number; state: string; lastPassFinishedAt?: number } =>
  (stack.platform.db.peek(KB_STATUS_KEY) ?? { pass: 0, state: 'idle' }) as { pass: number; state: string; lastPassFinishedAt?: number };

/** The sync's own templates: the Solutions listings and Simpli KB. */
const isKbTemplate = (template: string): boolean => template.startsWith('freshdeskListSolution') || /^simpliKb|^simpliAddKbArticle$/.test(template);

interface Minute {
  /** Template requests the platform let through this minute (its budget's units). */
  requests: number;
  /** Of which the sync's. */
  kb: number;
}

/** Advances a minute at a time until pass `pass` has finished; answers what each minute spent. */
async function untilPassFinished(stack: Stack, pass: number, capMs: number, onMinute?: (status: { pass: number; state: string }) => void): Promise<{ finished: boolean; minutes: Minute[] }> {
  const minutes: Minute[] = [];
  const start = stack.clock.now();
  while (stack.clock.now() - start < capMs) {
    const status = passOf(stack);
    if (status.pass >= pass && status.state === 'idle' && status.lastPassFinishedAt !== undefined && status.lastPassFinishedAt >= start) return { finished: true, minutes };
    onMinute?.(status);
    const before = stack.platform.budgetTotals().templates;
    const logged = stack.platform.requestLog().length;
    await stack.platform.advance(MINUTE_MS);
    const kb = stack.platform.requestLog().slice(logged).filter((e) => isKbTemplate(e.template)).length;
    minutes.push({ requests: stack.platform.budgetTotals().templates - before, kb });
  }
  return { finished: false, minutes };
}

/** The requests of the minutes from the first the sync spent any in to the last. */
function syncSpan(minutes: readonly Minute[]): number[] {
  const first = minutes.findIndex((m) => m.kb > 0);
  if (first < 0) return [];
  let last = minutes.length - 1;
  while (minutes[last]!.kb === 0) last -= 1;
  return minutes.slice(first, last + 1).map((m) => m.requests);
}

function duplicates(articles: readonly KbArticle[]): number {
  const seen = new Set<string>();
  let twice = 0;
  for (const a of articles) {
    const key = `${a.title}\n${a.content}`;
    if (seen.has(key)) twice += 1;
    seen.add(key);
  }
  return twice;
}

/** Edits `count` published articles (an admin in Freshdesk's UI), spread over the tree. */
function editArticles(stack: Stack, count: number, round: number): void {
  const published = stack.state().solutions.articles.filter((a) => a.status === 2);
  for (let n = 0; n < count; n += 1) {
    const article = published[Math.floor((n * published.length) / count) + round]!;
    stack.freshdesk.editArticleAsAdmin(article.id, { description: `<p>Revised (${round}): ${article.title}, step ${n}.</p>` });
  }
}

export async function measureKb(): Promise<KbScenarioResult> {
  const wall = Date.now();
  const stack = await startStack({ solutions: largeKnowledgeBase(KB_ARTICLES), iparams: { feature_kb_sync: true }, platform: { warmContexts: true } });
  try {
    await installApp(stack);
    const published = stack.state().solutions.articles.filter((a) => a.status === 2).length;
    const initial = await untilPassFinished(stack, 1, 3 * HOUR_MS);
    const span = syncSpan(initial.minutes);
    const initialRequests = span.reduce((a, b) => a + b, 0);

    // The next passes start a pass interval after the last one ended.
    const posts = async (pass: number, onMinute?: Parameters<typeof untilPassFinished>[3]): Promise<{ posts: number; finished: boolean }> => {
      const count = kbArticles(stack).length;
      const run = await untilPassFinished(stack, pass, 3 * HOUR_MS, onMinute);
      return { posts: kbArticles(stack).length - count, finished: run.finished };
    };
    editArticles(stack, EDITED, 0);
    const incremental = await posts(2);
    const rerun = await posts(3);
    editArticles(stack, EDITED, 1);
    // Two minutes into the pass, mid-walk: Freshdesk answers 429 (Retry-After 60) to the next 3 requests and Simpli
    // KB 503 to the next 5 posts.
    let syncingMinutes = 0;
    const faultsBefore = stack.fakeLog().filter((e) => e.fault).length;
    const faulted = await posts(4, (status) => {
      if (status.pass !== 4 || status.state === 'idle' || (syncingMinutes += 1) !== 2) return;
      stack.setFaults('freshdesk', [{ endpoint: '*', fault: { kind: 'rate_limit', retryAfterSeconds: 60 }, times: 3 }]);
      stack.setFaults('kb', [{ endpoint: '*', fault: { kind: 'status', status: 503 }, times: 5 }]);
    });
    return {
      articles: KB_ARTICLES,
      published,
      initialMinutes: span.length,
      initialRequests,
      initialPerMinute: span,
      initialRateRatio: span.length === 0 ? 0 : initialRequests / (span.length * REQUESTS_PER_MINUTE),
      incrementalPosts: incremental.posts,
      rerunPosts: rerun.posts,
      faultedPosts: faulted.posts,
      faultsMet: stack.fakeLog().filter((e) => e.fault).length - faultsBefore,
      duplicateArticles: duplicates(kbArticles(stack)),
      passesFinished: initial.finished && incremental.finished && rerun.finished && faulted.finished,
      wallMs: Date.now() - wall,
    };
  } finally {
    await stack.close();
  }
}
