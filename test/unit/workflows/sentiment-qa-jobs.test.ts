/**
 * The sentiment and QA job declarations' rules (identity, input, what finishes a job, lanes) against in-memory
 * ports; the runs themselves are driven through the built server in test/integration/sentiment-qa-jobs.test.ts.
 */
import { beginInvocation } from '../../../server/workflows/invocation';
import type { QaNotSampled, QaRecord } from '../../../server/contracts/qa-record';
import type { SentimentRecord } from '../../../server/contracts/sentiment-record';
import { leaseKey } from '../../../server/domain/jobs/lease';
import { jobName, startJob } from '../../../server/workflows/jobs/lifecycle';
import { qaDeclaration, qaToRetry } from '../../../server/workflows/qa/qa-job';
import type { QaDeps } from '../../../server/workflows/qa/run-qa';
import type { SentimentDeps } from '../../../server/workflows/sentiment/run-sentiment';
import { sentimentDeclaration, sentimentToRetry } from '../../../server/workflows/sentiment/sentiment-job';
import { manualClock, memoryBacklog, memoryLog, memoryScheduler, memoryStore } from './support/memory-ports';

const sentiment = sentimentDeclaration();
const qa = qaDeclaration();
const NOW = Date.UTC(2026, 11, 6, 9);

const job = { attempt: 1, firstSeenAt: NOW, updatedAt: NOW, errors: {}, requests: 2 };
const analyzed = (conversationId: number | undefined, over: Partial<SentimentRecord> = {}): SentimentRecord => ({
  ...job,
  status: 'done',
  done: ['analyze', 'contact', 'escalate'],
  message: { ticketId: 1009, contactId: 5009, ...(conversationId === undefined ? {} : { conversationId }) },
  threshold: 0.5,
  result: { score: 0, label: 'neutral', escalationRisk: 0.1, triggers: [] },
  ...over,
});
const reply = (conversationId?: number) => ({ ticketId: 1009, contactId: 5009, ...(conversationId === undefined ? {} : { conversationId }) });

const T1 = { id: 'tp26s0', at: '2026-11-25T13:00:00.000Z', status: 4 };
const T3 = { id: 'tp5k00', at: '2026-11-27T16:45:00.000Z', status: 4 };
const scored = (resolution: typeof T1, over: Partial<QaRecord> = {}): QaRecord => ({ ...job, sampled: true, status: 'done', done: ['evaluate', 'note'], resolution, rescore: false, ...over });
const notSampled = (resolution: typeof T1): QaNotSampled => ({ sampled: false, resolution, samplePercent: 0, decidedAt: NOW });

/** Ports whose services must not be called: a job that is not run sends nothing. */
function deps() {
  const untouched = new Proxy({}, { get: (_t, name) => () => Promise.reject(new Error(`${String(name)} called`)) });
  return { store: memoryStore(), backlog: memoryBacklog(), scheduler: memoryScheduler(), clock: manualClock(NOW), log: memoryLog(), simpli: untouched, helpdesk: untouched } as unknown as SentimentDeps &
    QaDeps & { store: ReturnType<typeof memoryStore>; backlog: ReturnType<typeof memoryBacklog>; log: ReturnType<typeof memoryLog> };
}

describe('the sentiment declaration', () => {
  it('names a conversation c<id> and a first message t<ticket id>, within the key limits at the largest ids', () => {
    expect(sentiment.subject(reply(3301))).toBe('c3301');
    expect(sentiment.subject(reply())).toBe('t1009');
    const largest = { ticketId: Number.MAX_SAFE_INTEGER, contactId: 1, conversationId: Number.MAX_SAFE_INTEGER };
    expect(jobName('sentiment', sentiment.subject(largest)).length).toBeLessThanOrEqual(50);
    expect(leaseKey('sentiment', sentiment.subject(largest), 99).length).toBeLessThanOrEqual(60);
  });

  it('reads its input back from a backlog entry, and nothing else: no text rides along', () => {
    expect(sentiment.parse({ ...reply(3301), channel: 'email', text: 'my words' })).toEqual({ ...reply(3301), channel: 'email' });
    expect(sentiment.parse({ ticketId: 1009, conversationId: 3301 })).toBeUndefined(); // no contact to score
    expect(sentiment.parse({ ticketId: 1001 })).toBeUndefined(); // a triage input
  });

  it('is superseded by a later message on the ticket record, and never by an earlier one', () => {
    expect(sentiment.finished(analyzed(100933), 'backlog', reply(100922))).toBe('superseded by conversation 100933');
    expect(sentiment.finished(analyzed(100922), 'backlog', reply())).toBe('superseded by conversation 100922');
    expect(sentiment.finished(analyzed(100922), 'backlog', reply(100933))).toBeUndefined();
    expect(sentiment.finished(undefined, 'backlog', reply(100933))).toBeUndefined();
  });

  it('is finished when done, and when failed for good except for an agent’s Retry', () => {
    expect(sentiment.finished(analyzed(100933), 'event', reply(100933))).toBe('already analyzed');
    const failed = analyzed(100933, { status: 'failed', done: [] });
    expect(sentiment.finished(failed, 'backlog', reply(100933))).toMatch(/failed for good/);
    expect(sentiment.finished(failed, 'retry', reply(100933))).toBeUndefined();
    expect(sentiment.finished(analyzed(100933, { status: 'deferred' }), 'backlog', reply(100933))).toBeUndefined();
  });

  it('waits in u2 until analyzed; then u4 when only an escalation is left, u1 otherwise', () => {
    expect(sentiment.lane(reply(3301), undefined)).toBe('u2');
    expect(sentiment.lane(reply(3301), analyzed(3301, { status: 'deferred', result: { score: -0.75, label: 'negative', escalationRisk: 0.95, triggers: [] } }))).toBe('u4');
    expect(sentiment.lane(reply(3301), analyzed(3301, { status: 'deferred' }))).toBe('u1');
    expect(sentiment.lane(reply(3301), analyzed(3300, { result: { score: -0.75, label: 'negative', escalationRisk: 0.95, triggers: [] } }))).toBe('u2');
  });

  it('a queued job superseded meanwhile is claimed, found superseded and dropped: 2 KV ops, nothing sent', async () => {
    const d = deps();
    d.store.data.set('ticket:1009', { v: 1, ticketId: 1009, sentiment: analyzed(100933) });
    const id = await d.backlog.add({ job: 'sentiment:c100922', lane: 'u2', dueAt: NOW, attempt: 2, input: reply(100922) });
    d.store.ops = 0;
    const run = await startJob(beginInvocation(d, {}), sentiment, reply(100922), { origin: 'backlog', entry: d.backlog.entries.get(id)! });
    expect(run).toBeUndefined();
    expect(d.log.lines).toEqual(['ticket 1009: sentiment of conversation 100922: not run (superseded by conversation 100933); skipped']);
    expect(d.backlog.entries.size).toBe(0);
    expect(d.store.ops).toBe(2); // the claim, the record
  });

  it('an agent’s Retry takes the ticket’s latest message when it did not finish', () => {
    expect(sentimentToRetry({ v: 1, ticketId: 1009, sentiment: analyzed(3301, { status: 'failed', channel: 'chat' }) })).toEqual({ ...reply(3301), channel: 'chat' });
    expect(sentimentToRetry({ v: 1, ticketId: 1009, sentiment: analyzed(3301) })).toBeUndefined();
    expect(sentimentToRetry({ v: 1, ticketId: 1009 })).toBeUndefined();
  });
});

describe('the QA declaration', () => {
  const input = (resolution: typeof T1) => ({ ticketId: 1009, resolution });

  it('is named by ticket and resolution, within the key limits', () => {
    expect(qa.subject(input(T1))).toBe('1009:tp26s0');
    const largest = { ticketId: Number.MAX_SAFE_INTEGER, resolution: { ...T1, id: Math.floor(8.64e15 / 1000).toString(36) } };
    expect(jobName('qa', qa.subject(largest)).length).toBeLessThanOrEqual(50);
    expect(leaseKey('qa', qa.subject(largest), 99).length).toBeLessThanOrEqual(60);
    expect(qa.parse({ ...input(T1), kind: 'qa', attempt: 2 })).toEqual(input(T1));
    expect(qa.parse({ ticketId: 1009 })).toBeUndefined();
  });

  it('is superseded by a later resolution, scored or not sampled, and never by an earlier one', () => {
    expect(qa.finished(scored(T3), 'backlog', input(T1))).toBe('superseded by the resolution of 2026-11-27T16:45:00.000Z');
    expect(qa.finished(notSampled(T3), 'backlog', input(T1))).toBe('superseded by the resolution of 2026-11-27T16:45:00.000Z');
    expect(qa.finished(scored(T1), 'backlog', input(T3))).toBeUndefined();
  });

  it('is finished when not sampled, when scored, and when failed for good except for an agent’s Retry', () => {
    expect(qa.finished(notSampled(T1), 'backlog', input(T1))).toBe('not sampled');
    expect(qa.finished(scored(T1), 'event', input(T1))).toBe('already scored');
    const failed = scored(T1, { status: 'failed', done: [] });
    expect(qa.finished(failed, 'backlog', input(T1))).toMatch(/failed for good/);
    expect(qa.finished(failed, 'retry', input(T1))).toBeUndefined();
    expect(qa.lane(input(T1), undefined)).toBe('u1');
  });

  it('an agent’s Retry takes the latest resolution when it was sampled and did not finish', () => {
    expect(qaToRetry({ v: 1, ticketId: 1009, qa: scored(T1, { status: 'deferred' }) })).toEqual(input(T1));
    expect(qaToRetry({ v: 1, ticketId: 1009, qa: scored(T1) })).toBeUndefined();
    expect(qaToRetry({ v: 1, ticketId: 1009, qa: notSampled(T1) })).toBeUndefined();
  });
});
