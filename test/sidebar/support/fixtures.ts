/**
 * Records as the server writes them: each base satisfies the server's type (server/contracts/store-records.ts,
 * sentiment-record.ts, qa-record.ts), so a fixture that drifts from the contract fails the typecheck, and tests
 * read them through the sidebar's own reader. `over` may break them on purpose (the tolerance tests).
 */
import type { QaRecord } from '../../../server/contracts/qa-record';
import type { SentimentRecord } from '../../../server/contracts/sentiment-record';
import type { TriageRecord } from '../../../server/contracts/store-records';
import { readRecord, type SidebarRecord } from '../../../app/src/contracts/record';
import type { CustomerSentiment } from '../../../app/src/contracts/customer-sentiment';
import { readSettings, type SidebarSettings } from '../../../app/src/contracts/settings';
import type { TicketContext } from '../../../app/src/contracts/ticket';

export const NOW = Date.UTC(2026, 10, 25, 9, 0, 0);

export const ticket = (over: Partial<TicketContext> = {}): TicketContext => ({
  id: 1001,
  subject: 'Charged twice',
  description: 'Hi, my card was charged twice for the renewal.',
  requesterId: 501,
  status: 2,
  ...over,
});

export const settings = (iparams: Record<string, unknown> = {}): SidebarSettings => readSettings(iparams);

const job = { status: 'done', attempt: 1, firstSeenAt: NOW, updatedAt: NOW, errors: {} } as const;

const TRIAGE = {
  ...job,
  done: ['classify', 'draft', 'route', 'update', 'note'],
  requests: 5,
  classification: { category: 'billing', urgency: 'high', sentiment: 'negative', confidence: 0.65 },
    routing: { team: 'billing', agent: 'A-012', reason: 'High urgency billing issue routed to team queue' },
    decisions: [
      { field: 'priority', suggested: 'High', applied: true, reason: 'applied' },
      { field: 'type', suggested: 'Billing', applied: false, reason: 'below_threshold' },
      { field: 'group', suggested: 'Billing', applied: false, reason: 'existing_value_kept' },
      { field: 'cf_ai_category', suggested: 'billing', applied: true, reason: 'applied' },
      { field: 'cf_ai_urgency', suggested: 'high', applied: false, reason: 'field_missing' },
    ],
  draft: { id: 'drf_1', text: 'Hi Dana,\n\nSorry about the double charge.\n\nBest,\nSupport', confidence: 0.82, language: 'en', style: 'friendly' },
} satisfies TriageRecord;

export const triage = (over: Record<string, unknown> = {}) => ({ ...TRIAGE, ...over });

export const deferredTriage = () =>
  triage({
    status: 'deferred',
    done: ['draft', 'note'],
    errors: { classify: { kind: 'unavailable', message: 'Simpli Triage answered 503', retryable: true } },
    retryAt: NOW + 5 * 60_000 + 18_000,
    requests: 3,
    classification: undefined,
    routing: undefined,
    decisions: [],
  });

export const failedTriage = () =>
  triage({
    status: 'failed',
    attempt: 3,
    done: ['draft', 'note'],
    errors: { classify: { kind: 'unauthorized', message: 'gave up after 3 attempts: 401', retryable: false } },
    requests: 6,
    classification: undefined,
    routing: undefined,
    decisions: [],
  });

const SENTIMENT = {
  ...job,
  done: ['analyze', 'contact', 'escalate'],
  requests: 2,
  message: { ticketId: 1001, conversationId: 7, contactId: 501 },
  threshold: 0.5,
  result: { score: -0.8, label: 'negative', escalationRisk: 0.75, triggers: ['refund', 'unacceptable'] },
  escalation: { escalated: true, tagAdded: true, priority: { from: 2, to: 3 } },
} satisfies SentimentRecord;

export const sentiment = (over: Record<string, unknown> = {}) => ({ ...SENTIMENT, ...over });

const QA_SCORED = {
  sampled: true,
  ...job,
  done: ['evaluate', 'note'],
  requests: 3,
  resolution: { id: 'r1', at: '2026-11-25T10:00:00Z', status: 4 },
  rescore: false,
  evaluation: { overall: 0.82, dimensions: { empathy: 0.9, resolution: 0.7 }, coachingNotes: ['Confirm the refund date.'] },
} satisfies QaRecord;

export const qaScored = (over: Record<string, unknown> = {}) => ({ ...QA_SCORED, ...over });

/** A resolution no agent had answered in the open (server/workflows/qa/qa-steps.ts): done, no evaluation. */
export const qaNothingToScore = () =>
  ({
    sampled: true,
    ...job,
    done: ['evaluate', 'note'],
    requests: 1,
    resolution: { id: 'r1', at: '2026-11-25T10:00:00Z', status: 4 },
    rescore: false,
    nothingToScore: { reason: 'no public agent reply' },
  }) satisfies QaRecord;

export function record(attributes: Record<string, unknown> = { triage: triage() }): SidebarRecord {
  const read = readRecord({ v: 1, ticketId: 1001, ...attributes });
  if (!read) throw new Error('fixture record is not readable');
  return read;
}

export const history = (scores: number[], trend = 'stable'): CustomerSentiment => ({
  currentScore: scores[scores.length - 1] ?? 0,
  serviceTrend: trend,
  timeline: scores.map((score, i) => ({ timestamp: `2026-11-2${i}T10:00:00Z`, score, label: score <= -0.3 ? 'negative' : score >= 0.3 ? 'positive' : 'neutral' })),
});
