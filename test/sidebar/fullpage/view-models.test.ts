/** The full-page app's pure parts: the readers' tolerance, the averages, the sync summary and the portal links. */
import { readKbFindings, readKbStatus, readQuality } from '../../../app/src/fullpage/contracts/kb-records';
import { portalOrigin, syncAnswer } from '../../../app/src/fullpage/fdk/fullpage-port';
import { articleLink, newArticleLink, ticketLink } from '../../../app/src/fullpage/view-models/links';
import { averageByAgent, averageByDimension, NO_AGENT, qualityView, QUALITY_RESULTS_KEPT } from '../../../app/src/fullpage/view-models/quality';
import { syncView } from '../../../app/src/fullpage/view-models/sync';
import { QUALITY_RESULTS_KEPT as SERVER_KEPT } from '../../../server/contracts/quality-record';
import { findings, NOW, quality, result, status, storedQualityRecord } from './fixtures';

const sortBy = <T extends { ticketId: number }>(items: readonly T[]): T[] => [...items].sort((a, b) => a.ticketId - b.ticketId);

const close = (n: number) => expect.closeTo(n, 10);

describe('quality averages', () => {
  it('averages each agent over their overall scores, lowest first, and counts the results', () => {
    expect(averageByAgent(quality().results)).toEqual([
      { name: 'Ben', average: close(0.5), count: 1 },
      { name: 'Ana', average: close(0.8), count: 2 },
    ]);
  });

  it('keeps two agents with the same name apart (by id), and groups results without an agent', () => {
    const rows = averageByAgent([
      result({ agentId: 1, agentName: 'Sam', overall: 0.2 }),
      result({ agentId: 2, agentName: 'Sam', overall: 0.9 }),
      result({ agentId: undefined, agentName: undefined, overall: 0.4 }),
      result({ agentId: undefined, agentName: undefined, overall: 0.6 }),
      result({ agentId: 3, agentName: undefined, overall: 1 }),
    ]);
    expect(rows).toEqual([
      { name: 'Sam', average: close(0.2), count: 1 },
      { name: NO_AGENT, average: close(0.5), count: 2 },
      { name: 'Sam', average: close(0.9), count: 1 },
      { name: 'Agent 3', average: close(1), count: 1 },
    ]);
  });

  it('averages each dimension over the results that scored it, lowest first', () => {
    expect(averageByDimension(quality().results)).toEqual([
      { name: 'resolution', average: close(0.55), count: 2 },
      { name: 'empathy', average: close(0.6), count: 3 },
    ]);
  });

  it('shows the results newest first, at most as many as the server keeps, with the overall average and escalations by risk', () => {
    expect(QUALITY_RESULTS_KEPT).toBe(SERVER_KEPT);
    const many = Array.from({ length: 230 }, (_, i) => result({ ticketId: i + 1, overall: i < 30 ? 0 : 1, at: NOW - (230 - i) * 1000 }));
    const view = qualityView(quality({ results: many }));
    expect(view.results).toHaveLength(200);
    expect(view.results[0]?.ticketId).toBe(230);
    expect(view.results[199]?.ticketId).toBe(31);
    expect(view.overall).toEqual({ name: 'All agents', average: close(1), count: 200 });
    expect(qualityView(quality()).escalations.map((e) => e.ticketId)).toEqual([2003, 2002]);
    expect(qualityView(quality({ results: [] })).overall).toBeUndefined();
  });
});

describe('sync summary', () => {
  it('names synced (listed), changed (posted), failed and removed for this pass and the last, and when it runs next', () => {
    const view = syncView(status(), NOW);
    expect(view).toMatchObject({
      state: { label: 'Idle', tone: 'success' },
      nextRun: 'in 12 min',
      pass: 3,
      thisPass: { synced: 42, changed: 3, failed: 1, removed: 2 },
      lastPass: { synced: 40, changed: 40, failed: 0, removed: 0 },
    });
    expect(view.error).toBeUndefined();
    expect(view.lastRun).toMatch(/\d/);
  });

  it('shows the last error only while failing, and says when nothing ran or nothing is scheduled', () => {
    const failing = syncView(status({ state: 'failing', lastError: { message: 'Freshdesk answered 429', at: NOW } }), NOW);
    expect(failing).toMatchObject({ state: { label: 'Failing', tone: 'danger' }, error: 'Freshdesk answered 429' });
    expect(syncView(status({ state: 'idle', lastError: { message: 'old', at: NOW } }), NOW).error).toBeUndefined();
    const fresh = syncView(status({ lastRunAt: undefined, nextRunAt: undefined, lastPass: undefined }), NOW);
    expect(fresh).toMatchObject({ lastRun: 'Not yet', nextRun: 'Not scheduled' });
    expect(fresh.lastPass).toBeUndefined();
    expect(syncView(status({ nextRunAt: NOW - 1 }), NOW).nextRun).toBe('Due now');
  });
});

describe('portal links', () => {
  it('builds ticket, article and new-article links from the portal origin, and none without it', () => {
    const origin = 'https://acme.freshdesk.com';
    expect(ticketLink(origin, 42)).toBe('https://acme.freshdesk.com/a/tickets/42');
    expect(articleLink(origin, 9001)).toBe('https://acme.freshdesk.com/a/solutions/articles/9001');
    expect(newArticleLink(origin)).toBe('https://acme.freshdesk.com/a/solutions/articles/new');
    expect(articleLink(origin, undefined)).toBeUndefined();
    expect([ticketLink(undefined, 1), articleLink(undefined, 1), newArticleLink(undefined)]).toEqual([undefined, undefined, undefined]);
  });

  it('takes only an http(s) origin from currentHost', () => {
    const host = (freshdesk: unknown) => ({ currentHost: { endpoint_urls: { freshdesk } } });
    expect(portalOrigin(host('https://acme.freshdesk.com/'))).toBe('https://acme.freshdesk.com');
    expect(portalOrigin(host('https://acme.freshdesk.com/a/x?y'))).toBe('https://acme.freshdesk.com');
    expect(portalOrigin(host('javascript:alert(1)'))).toBeUndefined();
    expect(portalOrigin(host('not a url'))).toBeUndefined();
    expect(portalOrigin(host(7))).toBeUndefined();
    expect(portalOrigin({})).toBeUndefined();
  });
});

describe('record readers', () => {
  it('read what the server writes unchanged', () => {
    expect(readKbStatus(status())).toEqual(status());
    expect(readKbFindings(findings())).toEqual(findings());
    const read = readQuality(storedQualityRecord());
    expect({ results: sortBy(read!.results), escalations: sortBy(read!.escalations) }).toEqual(quality());
  });

  it('refuse a record missing what it cannot do without', () => {
    expect(readKbStatus({ ...status(), state: 'exploded' })).toBeUndefined();
    expect(readKbStatus({ ...status(), counts: { listed: 1 } })).toBeUndefined();
    expect(readKbStatus('kb')).toBeUndefined();
    expect(readKbFindings({ ...findings(), gaps: 'none' })).toBeUndefined();
    expect(readQuality(null)).toBeUndefined();
    expect(readQuality([storedQualityRecord()])).toBeUndefined();
  });

  it('drop one broken item, not the list, and an unreadable optional part, not the record', () => {
    const stored = storedQualityRecord(quality({ results: [result(), result({ ticketId: 5, dimensions: { b: 0.5 } })] }));
    const q = readQuality({ ...stored, r5: { ...(stored.r5 as object), d: { a: 'high', b: 0.5 } }, r6: { o: 'x' }, rx: { o: 1, t: 1 }, e7: 0, e8: { r: 0.9 }, v: 1 });
    expect(sortBy(q!.results).map((r) => r.ticketId)).toEqual([5, 1001]);
    expect(q?.results.find((r) => r.ticketId === 5)?.dimensions).toEqual({ b: 0.5 });
    // A closed escalation (0) is not shown; one without trigger words or customer still is.
    expect(sortBy(q!.escalations)).toEqual([{ ticketId: 8, risk: 0.9, triggers: [], at: 0 }, ...sortBy(quality().escalations)]);
    const f = readKbFindings({ ...findings(), gaps: [{ topic: 'A', count: 2, sampleQueries: ['q', 3, ''] }, { count: 1 }], stale: [{ title: 7 }] });
    expect(f).toEqual({ v: 1, at: findings().at, gaps: [{ topic: 'A', count: 2, sampleQueries: ['q'] }], stale: [] });
    const s = readKbStatus({ ...status(), lastPass: { listed: -1 }, nextRunAt: 'soon', lastError: { message: '' } });
    expect(s).toBeDefined();
    expect([s?.lastPass, s?.nextRunAt, s?.lastError]).toEqual([undefined, undefined, undefined]);
  });
});

describe('Sync now answer', () => {
  it("says the SMI's own message, else a plain sentence", () => {
    expect(syncAnswer({ requestID: 'r', response: { message: 'Sync started: pass 4.' } })).toBe('Sync started: pass 4.');
    expect(syncAnswer({ requestID: 'r', response: { ok: true } })).toBe('The knowledge-base sync ran.');
    expect(syncAnswer(undefined)).toBe('The knowledge-base sync ran.');
  });
});
