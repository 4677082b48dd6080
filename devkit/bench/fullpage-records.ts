/**
 * The three records the full-page app reads, at their largest (server/contracts/quality-record.ts: 200 QA results
 * with three dimensions each, 100 open escalations — what a compaction keeps, docs/platform.md "Key-value store"),
 * for the bench's opens: the page's first render is measured on the most it can be given.
 */
import type { KbFindings, KbStatus } from '../../server/contracts/kb-records';
import { ESCALATIONS_KEPT, QUALITY_RESULTS_KEPT, type QualityAttributes } from '../../server/contracts/quality-record';
import { storedQuality } from '../demo/quality';

const MIN = 60_000;

export function fullPageRecords(now: number): { status: KbStatus; findings: KbFindings; quality: QualityAttributes } {
  const agents = ['Priya Raman', 'Ben Okafor', 'Chen Wei', 'Dana Scully', 'Emil Novak'];
  return {
    status: {
      v: 1,
      pass: 12,
      state: 'idle',
      lastRunAt: now - 3 * MIN,
      passStartedAt: now - 40 * MIN,
      lastPassFinishedAt: now - 3 * MIN,
      nextRunAt: now + 2 * MIN,
      counts: { listed: 1000, posted: 10, failed: 0, removed: 1 },
      lastPass: { listed: 998, posted: 3, failed: 0, removed: 0 },
    },
    findings: {
      v: 1,
      at: now - 3 * MIN,
      gaps: Array.from({ length: 20 }, (_, i) => ({
        topic: `Topic ${i + 1}`,
        count: 40 - i,
        sampleQueries: [`how do I do thing ${i}`, `thing ${i} is broken`, `where is thing ${i}`],
        suggestedTitle: `How to do thing ${i}`,
      })),
      stale: Array.from({ length: 20 }, (_, i) => ({ articleId: 9000 + i, title: `Article ${i}`, reason: 'Not updated since the last release', since: '2025-06-01' })),
    },
    quality: storedQuality(
      Array.from({ length: QUALITY_RESULTS_KEPT }, (_, i) => ({
        ticketId: 1000 + i,
        overall: ((i * 37) % 100) / 100,
        dimensions: { empathy: ((i * 13) % 100) / 100, resolution: ((i * 29) % 100) / 100, tone: ((i * 7) % 100) / 100 },
        agentId: (i % agents.length) + 1,
        agentName: agents[i % agents.length]!,
        at: now - (QUALITY_RESULTS_KEPT - i) * MIN,
      })),
      Array.from({ length: ESCALATIONS_KEPT }, (_, i) => ({
        ticketId: 5000 + i,
        contactId: 700 + i,
        customer: `Customer ${i}`,
        risk: ((i * 17) % 100) / 100,
        triggers: ['refund', 'cancel'],
        at: now - i * MIN,
      })),
    ),
  };
}
