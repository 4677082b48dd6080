import type { TriageRecord } from '../../../server/contracts/store-records';
import { AppFailure } from '../../../server/domain/errors';
import { runStages } from '../../../server/workflows/jobs/run-stages';
import { QUEUED_TRIAGE_GRAPH, requestsLeft, TRIAGE_GRAPH, wantedSteps } from '../../../server/workflows/triage/steps';
import { manualClock } from './support/memory-ports';

const all = wantedSteps({ feature_triage: true, feature_draft: true, feature_draft_note: true });
const record = (over: Partial<TriageRecord>): TriageRecord => ({ status: 'deferred', attempt: 1, firstSeenAt: 0, updatedAt: 0, done: [], errors: {}, requests: 0, ...over });

describe('what the next attempt of a triage costs (a pump plans its minute with it)', () => {
  it('a fresh ticket: its read and the five steps', () => {
    expect(requestsLeft(record({}), all)).toBe(6);
  });

  it('only the note left, refused by the platform before it left: 1 request, no read and no look', () => {
    const cut = record({ done: ['classify', 'draft', 'route', 'update'], errors: { note: { kind: 'rate_limited', message: 'note is rate limited by the platform (429)', retryable: true, unsent: true } } });
    expect(requestsLeft(cut, all)).toBe(1);
  });

  it('a note that may have reached Freshdesk is looked for first: 2', () => {
    const timedOut = record({ done: ['classify', 'draft', 'route', 'update'], errors: { note: { kind: 'timeout', message: 'Freshdesk did not answer', retryable: true } } });
    expect(requestsLeft(timedOut, all)).toBe(2);
  });

  it('the update and the note left: the ticket is read again for its current tags', () => {
    expect(requestsLeft(record({ done: ['classify', 'draft', 'route'] }), all)).toBe(3);
  });

  it('a step failed for good is not counted', () => {
    const gaveUp = record({ done: ['classify', 'draft', 'route', 'update'], errors: { note: { kind: 'rejected', message: 'empty draft', retryable: false } } });
    expect(requestsLeft(gaveUp, all)).toBe(0);
  });
});

describe('the queued order of the triage stages', () => {
  it('posts the note after the update, so a run cut at the budget leaves the note alone', () => {
    expect(QUEUED_TRIAGE_GRAPH.stages.at(-1)).toEqual(['note']);
    expect(QUEUED_TRIAGE_GRAPH.stages.flat().sort()).toEqual(TRIAGE_GRAPH.stages.flat().sort());
    // The event's own run keeps three round trips.
    expect(TRIAGE_GRAPH.stages).toHaveLength(3);
  });

  it('a step the platform refused before it left is recorded as unsent; any other failure is not', async () => {
    const refused = new AppFailure({ kind: 'rate_limited', step: 'note', message: 'note is rate limited by the platform (429)', status: 429, byPlatform: true });
    const slow = new AppFailure({ kind: 'timeout', step: 'update', message: 'Freshdesk did not answer within 15 s' });
    const ok = async () => ({});
    const actions = { classify: ok, draft: ok, route: ok, update: async () => Promise.reject(slow), note: async () => Promise.reject(refused) };
    const run = await runStages(TRIAGE_GRAPH, actions, {}, record({}), all, manualClock(), manualClock().now());
    expect(run.record.errors.note).toEqual({ kind: 'rate_limited', message: 'note is rate limited by the platform (429)', retryable: true, unsent: true });
    expect(run.record.errors.update).toEqual({ kind: 'timeout', message: 'Freshdesk did not answer within 15 s', retryable: true });
  });
});
