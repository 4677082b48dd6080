/**
 * The knowledge-base sync, one slice at a time (issue 13): it walks the Solutions tree from the saved cursor
 * (domain/kb/walk.ts), posts to Simpli KB the published articles that are new or changed since they were synced
 * (domain/kb/article-state.ts), and stops when its request budget or the handler's time is spent, saving where it
 * is — so the next slice resumes there and nothing is posted twice. A page is left (and listed again next slice)
 * until every article on it is synced. When a pass ends, the articles it did not see are reported removed or
 * unpublished, and Simpli KB's gaps and stale articles are fetched for the full-page app.
 */
import { KB_FINDINGS_KEY, KB_STATUS_KEY, kbStatusSchema, type KbStatus } from '../../contracts/kb-records';
import { AppFailure } from '../../domain/errors';
import { canStartStage } from '../../domain/handler-time';
import { ARTICLE_SHARDS, decodeShard, encodeShard, markSeen, needsPost, PUBLISHED, shardKey, shardOf, unseenAfterPass, type ArticleShard } from '../../domain/kb/article-state';
import { afterListing, nextStep, startWalk, walkDone, type WalkCursor } from '../../domain/kb/walk';
import { isRetryable } from '../../domain/retry-policy';
import type { Clock, HelpdeskPort, KeyValueStore, Log, SimpliPort, SolutionArticle } from '../../ports';
import type { Invocation } from '../invocation';
import { reasonOf } from '../reason-of';

export const KB_CURSOR_KEY = 'kb:cursor';
/** A finished pass starts again after this long (or at once on "Sync now"). */
export const KB_PASS_INTERVAL_MS = 60 * 60_000;

export interface KbDeps {
  helpdesk: HelpdeskPort;
  simpli: SimpliPort;
  store: KeyValueStore;
  clock: Clock;
  log: Log;
}

export interface KbSliceReport {
  /** Template requests spent. */
  requests: number;
  /** The walk is done: the pass ended in this slice. */
  passFinished: boolean;
  /** A new pass is due, and this slice was not to start it (`startPass` false). */
  passDue?: boolean;
}

const zero = () => ({ listed: 0, posted: 0, failed: 0, removed: 0 });

function readStatus(raw: unknown): KbStatus {
  const parsed = kbStatusSchema.safeParse(raw);
  return parsed.success ? parsed.data : { v: 1, pass: 1, state: 'idle', counts: zero() };
}

function readCursor(raw: unknown): WalkCursor | undefined {
  const c = raw as { pass?: unknown; pending?: unknown } | undefined;
  return c && typeof c.pass === 'number' && Array.isArray(c.pending) && c.pending.length > 0 ? (c as WalkCursor) : undefined;
}

/** Whether a slice should run now: a pass under way, or the last one older than the interval (or `force`). */
export function kbSyncDue(status: KbStatus, now: number, force = false): boolean {
  if (force || status.state !== 'idle') return true;
  return status.lastPassFinishedAt === undefined || now - status.lastPassFinishedAt >= KB_PASS_INTERVAL_MS;
}

/** The synced-article shards a slice reads at most once each, and writes back only when changed. */
function shardCache(store: KeyValueStore) {
  const shards = new Map<number, ArticleShard>();
  const dirty = new Set<number>();
  return {
    async get(shard: number): Promise<ArticleShard> {
      let found = shards.get(shard);
      if (!found) {
        found = decodeShard(((await store.get(shardKey(shard))) as { articles?: unknown } | undefined)?.articles);
        shards.set(shard, found);
      }
      return found;
    },
    touch: (shard: number) => void dirty.add(shard),
    async save(): Promise<void> {
      for (const shard of dirty) await store.set(shardKey(shard), { articles: encodeShard(shards.get(shard) ?? new Map()) });
      dirty.clear();
    },
  };
}

/** `startPass` false: a slice only continues an open pass; a due one is reported (`passDue`) for the pumps to start. */
export async function runKbSlice(inv: Invocation<KbDeps>, budget: number, force = false, startPass = true): Promise<KbSliceReport> {
  const { store, clock, log, helpdesk, simpli } = inv;
  const status = readStatus(await store.get(KB_STATUS_KEY));
  if (!kbSyncDue(status, clock.now(), force)) return { requests: 0, passFinished: false };
  let cursor = readCursor(await store.get(KB_CURSOR_KEY));
  if (!cursor) {
    if (!startPass) return { requests: 0, passFinished: false, passDue: true };
    // A new pass: the previous one finished (or none ran yet).
    const pass = status.lastPassFinishedAt === undefined && status.counts.listed === 0 ? status.pass : status.pass + 1;
    cursor = startWalk(pass);
    Object.assign(status, { pass, passStartedAt: clock.now(), counts: zero() });
  }
  const shards = shardCache(store);
  let spent = 0;
  const time = () => canStartStage(clock.now() - inv.startedAt);
  const canSpend = (n = 1) => spent + n <= budget && time();
  status.state = 'syncing';
  status.lastRunAt = clock.now();
  delete status.lastError;
  try {
    while (!walkDone(cursor) && canSpend()) {
      const step = nextStep(cursor)!;
      spent += 1;
      const page = await helpdesk.listSolutions(step);
      if (step.list === 'articles' && !(await syncPage(page.articles))) break;
      cursor = afterListing(cursor, page);
    }
    if (walkDone(cursor)) await finishPass();
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error;
    // The cursor stays at the page that failed: the next slice lists it again and skips what was synced.
    status.state = error.error.byPlatform ? 'syncing' : 'failing';
    status.lastError = { message: error.message, at: clock.now() };
    log.info(`kb sync: pass ${cursor.pass} stopped (${error.message}); resumes from its cursor`);
  }
  await shards.save();
  await store.set(KB_CURSOR_KEY, cursor);
  await store.set(KB_STATUS_KEY, status);
  log.info(`kb sync: pass ${cursor.pass} ${walkDone(cursor) ? 'finished' : 'continues'}; ${spent} requests; ${JSON.stringify(status.counts)}`);
  return { requests: spent, passFinished: walkDone(cursor) };

  /** Syncs one articles page; false when the budget or time ran out before its last article (the page runs again). */
  async function syncPage(articles: readonly SolutionArticle[]): Promise<boolean> {
    const pass = cursor!.pass;
    for (const article of articles) {
      if (article.status !== PUBLISHED) continue;
      const shard = await shards.get(shardOf(article.id));
      const seen = shard.get(article.id);
      if (needsPost(article, seen)) {
        if (!canSpend()) return false;
        spent += 1;
        try {
          await simpli.addKbArticle({ title: article.title, content: article.text, tags: article.tags, updatedAt: article.updatedAt });
          status.counts.posted += 1;
        } catch (error) {
          if (!(error instanceof AppFailure) || isRetryable(error.error)) throw error;
          // Refused for good (its content): counted and not tried again until the article changes.
          status.counts.failed += 1;
          log.warn(`kb sync: article ${article.id} refused by Simpli KB (${reasonOf(error)})`);
        }
      }
      if (seen?.pass !== pass) status.counts.listed += 1;
      shard.set(article.id, markSeen(article, pass));
      shards.touch(shardOf(article.id));
    }
    return true;
  }

  async function finishPass(): Promise<void> {
    const pass = cursor!.pass;
    for (let n = 0; n < ARTICLE_SHARDS; n += 1) {
      const shard = await shards.get(n);
      const gone = unseenAfterPass(shard, pass);
      for (const id of gone) shard.delete(id);
      if (gone.length > 0) shards.touch(n);
      status.counts.removed += gone.length;
    }
    if (canSpend(2)) {
      spent += 2;
      try {
        await store.set(KB_FINDINGS_KEY, { v: 1, at: clock.now(), ...(await simpli.kbFindings()) });
      } catch (error) {
        log.warn(`kb sync: gaps and stale articles not fetched (${reasonOf(error)}); the next pass tries again`);
      }
    }
    Object.assign(status, { state: 'idle', lastPass: { ...status.counts }, lastPassFinishedAt: clock.now(), nextRunAt: clock.now() + KB_PASS_INTERVAL_MS });
  }
}
