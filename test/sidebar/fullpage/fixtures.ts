/**
 * The three records as the server writes them: each satisfies the server's type (server/contracts/kb-records.ts), so
 * a fixture that drifts from the contract fails the typecheck; the quality record in the page's terms (`quality`)
 * and as the server's entry functions store it (`storedQualityRecord`). `over` may break them on purpose.
 */
import type { OpenEscalation, QaResult, Quality } from '../../../app/src/fullpage/contracts/kb-records';
import { storedQuality } from '../../../devkit/demo/quality';
import type { KbFindings, KbStatus } from '../../../server/contracts/kb-records';

export const NOW = Date.UTC(2026, 10, 25, 9, 0, 0);
const MIN = 60_000;

export const status = (over: Partial<KbStatus> = {}): KbStatus =>
  ({
    v: 1,
    pass: 3,
    state: 'idle',
    lastRunAt: NOW - 4 * MIN,
    lastPassFinishedAt: NOW - 4 * MIN,
    nextRunAt: NOW + 12 * MIN,
    counts: { listed: 42, posted: 3, failed: 1, removed: 2 },
    lastPass: { listed: 40, posted: 40, failed: 0, removed: 0 },
    ...over,
  }) satisfies KbStatus;

export const findings = (over: Partial<KbFindings> = {}): KbFindings =>
  ({
    v: 1,
    at: NOW - 4 * MIN,
    gaps: [
      { topic: 'Refund timing', count: 17, sampleQueries: ['when do I get my refund', 'refund still missing'], suggestedTitle: 'How long refunds take' },
      { topic: 'SSO setup', count: 5, sampleQueries: ['okta login'] },
    ],
    stale: [{ articleId: 9001, title: 'Old pricing', reason: 'Mentions the 2024 plans', since: '2025-01-10' }, { title: 'No id article' }],
    ...over,
  }) satisfies KbFindings;

export const result = (over: Partial<QaResult> = {}): QaResult =>
  ({ ticketId: 1001, overall: 0.8, dimensions: { empathy: 0.9, resolution: 0.7 }, agentId: 7, agentName: 'Ana', at: NOW - MIN, ...over }) satisfies QaResult;

export const escalation = (over: Partial<OpenEscalation> = {}): OpenEscalation =>
  ({ ticketId: 2002, contactId: 501, customer: 'Dana Scully', risk: 0.82, triggers: ['refund', 'lawyer'], at: NOW - MIN, ...over }) satisfies OpenEscalation;

export const quality = (over: Partial<Quality> = {}): Quality =>
  ({
    results: [
      result({ ticketId: 1001, overall: 0.6, agentId: 7, agentName: 'Ana', dimensions: { empathy: 0.5, resolution: 0.7 } }),
      result({ ticketId: 1002, overall: 1.0, agentId: 7, agentName: 'Ana', dimensions: { empathy: 1.0 } }),
      result({ ticketId: 1003, overall: 0.5, agentId: 8, agentName: 'Ben', dimensions: { empathy: 0.3, resolution: 0.4 } }),
    ],
    escalations: [escalation({ ticketId: 2002, risk: 0.6 }), escalation({ ticketId: 2003, risk: 0.9, customer: 'Fox' })],
    ...over,
  }) satisfies Quality;

/** The quality record as stored (one attribute per ticket). */
export const storedQualityRecord = (q: Quality = quality()) => storedQuality(q.results, q.escalations);
