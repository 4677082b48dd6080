/**
 * The knowledge-base sync's slices through the app's own adapters (Solutions over the fake Freshdesk, KB over the
 * fake Simpli KB) and the local platform's `$request` and `$db`, over real HTTP: the demo knowledge base (nested
 * folders, drafts, an article with a newer unsaved draft) synced once, with nothing posted twice.
 */
import { KB_STATUS_KEY } from '../../server/contracts/kb-records';
import { createHelpdesk } from '../../server/fdk/helpdesk';
import { createTemplateClient } from '../../server/fdk/request';
import { createSimpli } from '../../server/fdk/simpli';
import { createStore } from '../../server/fdk/store';
import type { FdkDb } from '../../server/fdk/types';
import { beginInvocation } from '../../server/workflows/invocation';
import { runKbSlice } from '../../server/workflows/kb/sync-knowledge-base';
import { ARTICLE_WITH_DRAFT_ID } from '../../devkit/demo/solutions';
import { startStack, type Stack } from '../helpers/stack';

let stack: Stack;
afterEach(() => stack?.close());

function slicer(s: Stack) {
  const templates = createTemplateClient(() => s.platform.handlerRequest() as never);
  const store = createStore(() => s.platform.db as unknown as FdkDb);
  const log = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const ports = { helpdesk: createHelpdesk(templates), simpli: createSimpli(templates, s.clock), store, clock: s.clock, log };
  return (budget: number, force = false) => runKbSlice(beginInvocation(ports, {}), budget, force);
}

it('syncs the demo knowledge base in slices: every published article once, with its published text; again, nothing', async () => {
  stack = await startStack();
  const slice = slicer(stack);
  let slices = 0;
  for (let done = false; !done && slices < 40; slices += 1) {
    done = (await slice(12, slices === 0)).passFinished;
    await stack.platform.advance(60_000);
  }
  const kb = stack.fakes.simpli.kb.state() as { articles: Array<{ title: string; content: string; source: string }> };
  const published = stack.state().solutions.articles.filter((a: { status: number }) => a.status === 2);
  expect(slices).toBeGreaterThan(3);
  expect(kb.articles).toHaveLength(published.length);
  expect(new Set(kb.articles.map((a) => a.title)).size).toBe(published.length);
  expect(kb.articles.every((a) => a.source === 'freshdesk-solutions')).toBe(true);
  // The article with a newer unsaved draft went with its published text (prefer_published).
  const withDraft = published.find((a: { id: number }) => a.id === ARTICLE_WITH_DRAFT_ID) as { title: string };
  expect(kb.articles.find((a) => a.title === withDraft.title)).toBeDefined();
  expect(stack.platform.db.peek(KB_STATUS_KEY)).toMatchObject({ state: 'idle', lastPass: { posted: published.length, failed: 0 } });

  // A finished sync run again posts nothing.
  await slice(50, true);
  await slice(50);
  expect((stack.fakes.simpli.kb.state() as { articles: unknown[] }).articles).toHaveLength(published.length);
}, 30_000);

it('through the built app: the schedule starts a pass, the pumps carry it a minute at a time, Sync now then posts nothing', async () => {
  stack = await startStack({ iparams: { feature_kb_sync: true } });
  expect((await stack.platform.fireEvent('onAppInstall')).ok).toBe(true);
  const first = await stack.platform.fireEvent('onScheduledEvent'); // the KB sync's own schedule
  expect(first.logs.join('\n')).toMatch(/kb sync: pass 1 (continues|finished)/);
  await stack.platform.advance(30 * 60 * 1000);
  const published = stack.state().solutions.articles.filter((a: { status: number }) => a.status === 2);
  const kb = () => (stack.fakes.simpli.kb.state() as { articles: Array<{ title: string }> }).articles;
  expect(kb()).toHaveLength(published.length);
  expect(new Set(kb().map((a) => a.title)).size).toBe(published.length);
  expect(stack.platform.db.peek(KB_STATUS_KEY)).toMatchObject({ state: 'idle', pass: 1, lastPass: { posted: published.length } });
  expect(stack.platform.db.peek('kb:findings')).toMatchObject({ v: 1, gaps: expect.any(Array), stale: expect.any(Array) });

  const now = await stack.platform.invokeSmi('syncKnowledgeBase', {});
  expect(now.response).toMatchObject({ started: true, status: { pass: 2 } });
  await stack.platform.advance(30 * 60 * 1000);
  expect(kb()).toHaveLength(published.length);
  expect(stack.platform.db.peek(KB_STATUS_KEY)).toMatchObject({ state: 'idle', pass: 2, lastPass: { posted: 0, removed: 0 } });
}, 30_000);
