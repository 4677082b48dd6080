/**
 * The KB fake (docs/simpli.md "KB"): POST /articles, POST /search (+ /api/v1/search), GET /gaps, GET /stale.
 * Scores are worked out by hand: per query term, title 2 + tags 1.5 + content 1, over 4.5 per term.
 */
import { startSimpli, stopSimpli, type SimpliFakes } from '../../../devkit/fakes/simpli';
import { client, get, postJson } from './helpers';

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
let fakes: SimpliFakes;
beforeAll(async () => {
  fakes = await startSimpli({ clock: { now: () => T0 } });
});
afterAll(() => stopSimpli(fakes));
beforeEach(() => fakes.kb.reset());

const http = () => client(fakes.kb.url);
const PASSWORD = {
  title: 'How to reset your password',
  content: 'Open Settings, choose Security and click Reset password. The link expires after 24 hours.',
  tags: ['account', 'login'],
  source: 'freshdesk-solutions',
};
const REFUNDS = {
  title: 'Refund policy',
  content: 'Refunds are issued within 14 days to the original payment method.',
  tags: ['billing'],
  source: 'freshdesk-solutions',
};

async function sync(): Promise<void> {
  for (const a of [PASSWORD, REFUNDS]) expect((await postJson(http(), '/articles', a)).status).toBe(201);
}

describe('POST /articles', () => {
  it('stores the article and returns it with an id (201)', async () => {
    const res = await postJson(http(), '/articles', PASSWORD);
    expect(res.status).toBe(201);
    expect(res.text).toBe(
      '{"id":"kb_0001","title":"How to reset your password","content":"Open Settings, choose Security and click Reset password. ' +
        'The link expires after 24 hours.","tags":["account","login"],"source":"freshdesk-solutions",' +
        '"created_at":"2026-11-25T09:00:00+00:00","updated_at":"2026-11-25T09:00:00+00:00"}',
    );
  });

  it('re-posting creates another article (no idempotency key, as the seed assumes)', async () => {
    await postJson(http(), '/articles', PASSWORD);
    const again = await postJson(http(), '/articles', PASSWORD);
    expect(again.json).toMatchObject({ id: 'kb_0002' });
    expect(fakes.kb.service.state().articles).toHaveLength(2);
  });

  it('tags and source are optional; content may be empty; title may not', async () => {
    expect((await postJson(http(), '/articles', { title: 'Image only', content: '' })).json).toMatchObject({ tags: [], source: 'api' });
    const res = await postJson(http(), '/articles', { title: '', content: 'x', tags: 'billing' });
    expect((res.json as { errors: unknown }).errors).toEqual([
      { field: 'body -> title', message: 'String should have at least 1 character' },
      { field: 'body -> tags', message: 'Input should be a valid list' },
    ]);
  });
});

describe('POST /search', () => {
  it('ranks by term matches', async () => {
    await sync();
    const res = await postJson(http(), '/search', { query: 'reset password' });
    // reset: title 2 + content 1; password: title 2 + content 1 → 6 / 9 = 0.67. The refund article scores 0.
    expect(res.json).toEqual({
      query: 'reset password',
      results: [{ id: 'kb_0001', title: PASSWORD.title, score: 0.67, snippet: PASSWORD.content, tags: ['account', 'login'] }],
      total: 1,
    });
  });

  it('matches whole words only and writes floats as Python does', async () => {
    await sync();
    // refund: title 2 ("Refunds" in the content is another word) → 2 / 4.5 = 0.44.
    const res = await postJson(http(), '/api/v1/search', { query: 'refund', top_k: 5 });
    expect(res.text).toContain('"score":0.44');
    // billing: only the tag → 1.5 / 4.5 = 0.33.
    expect((await postJson(http(), '/search', { query: 'billing' })).json).toMatchObject({ results: [{ id: 'kb_0002', score: 0.33 }] });
  });

  it('top_k limits the results; nothing found is an empty list', async () => {
    await sync();
    expect((await postJson(http(), '/search', { query: 'password refund', top_k: 1 })).json).toMatchObject({ total: 1 });
    expect((await postJson(http(), '/search', { query: 'shipping to mars' })).json).toEqual({ query: 'shipping to mars', results: [], total: 0 });
  });

  it.each([
    [{ query: '' }, 'body -> query', 'String should have at least 1 character'],
    [{ query: 'x', top_k: 0 }, 'body -> top_k', 'Input should be greater than or equal to 1'],
    [{ query: 'x', top_k: 2.5 }, 'body -> top_k', 'Input should be a valid integer, got a number with a fractional part'],
  ])('validates %j', async (body, field, message) => {
    expect(((await postJson(http(), '/search', body)).json as { errors: unknown }).errors).toEqual([{ field, message }]);
  });
});

describe('GET /gaps', () => {
  it('right after a sync: the categories no article covers', async () => {
    await sync();
    const res = await get(http(), '/gaps');
    const body = res.json as { gaps: Array<{ topic: string; reason: string }>; total_articles: number };
    // account (password/reset/login) and billing (refund/payment) are covered.
    expect(body.gaps.map((g) => `${g.topic}:${g.reason}`)).toEqual(['technical:no_coverage', 'shipping:no_coverage', 'feature_request:no_coverage']);
    expect(body.total_articles).toBe(2);
  });

  it('searches that found nothing good become topic clusters', async () => {
    await sync();
    for (const query of ['shipping to mars', 'mars delivery', 'Shipping to Mars', 'refund']) await postJson(http(), '/search', { query });
    const body = (await get(http(), '/gaps')).json as { gaps: unknown[]; total_searches: number };
    expect(body.total_searches).toBe(4);
    expect(body.gaps.slice(0, 2)).toEqual([
      // the first query word no article contains names the cluster; "refund" scored 0.44 ≥ 0.3: not a gap.
      { topic: 'shipping', query_count: 2, sample_queries: ['shipping to mars', 'Shipping to Mars'], suggested_title: 'Shipping: common questions answered', reason: 'unanswered_searches' },
      { topic: 'mars', query_count: 1, sample_queries: ['mars delivery'], suggested_title: 'Mars: common questions answered', reason: 'unanswered_searches' },
    ]);
    expect(body.gaps.slice(2).map((g) => (g as { topic: string }).topic)).toEqual(['technical', 'feature_request']);
  });
});

describe('GET /stale', () => {
  it('lists articles not updated for `days` (default 90), oldest first', async () => {
    await postJson(http(), '/articles', { ...PASSWORD, updated_at: '2026-01-01T00:00:00Z' });
    await postJson(http(), '/articles', { ...REFUNDS, updated_at: '2026-08-01T00:00:00Z' });
    await postJson(http(), '/articles', { title: 'Fresh', content: 'New' });
    // 2026-01-01 → 2026-11-25T09:00Z: 328 days 9 hours; 2026-08-01: 116 days 9 hours.
    expect((await get(http(), '/stale')).json).toEqual({
      threshold_days: 90,
      articles: [
        { id: 'kb_0001', title: PASSWORD.title, updated_at: '2026-01-01T00:00:00Z', age_days: 328 },
        { id: 'kb_0002', title: REFUNDS.title, updated_at: '2026-08-01T00:00:00Z', age_days: 116 },
      ],
    });
    expect((await get(http(), '/stale?days=200')).json).toMatchObject({ threshold_days: 200, articles: [{ id: 'kb_0001' }] });
    expect((await get(http(), '/stale?days=0')).status).toBe(422);
  });

  it('rejects an updated_at that is not a date-time', async () => {
    const res = await postJson(http(), '/articles', { ...PASSWORD, updated_at: 'last tuesday' });
    expect((res.json as { errors: unknown }).errors).toEqual([{ field: 'body -> updated_at', message: 'Input should be a valid datetime' }]);
  });
});
