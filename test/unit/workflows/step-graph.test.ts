import { freshJobRecord, type JobRecord } from '../../../server/contracts/job-record';
import { doneWithAllNeeds, isBlocked, isRunnable, jobStatus } from '../../../server/workflows/jobs/step-graph';
import { TRIAGE_GRAPH, wantedSteps } from '../../../server/workflows/triage/steps';
import type { TriageStep } from '../../../server/contracts/store-records';

const all = wantedSteps({ feature_triage: true, feature_draft: true, feature_draft_note: true });
const record = (patch: Partial<JobRecord<TriageStep>>): JobRecord<TriageStep> => ({ ...freshJobRecord<TriageStep>(0), ...patch });
const retryable = { kind: 'unavailable', message: 'down', retryable: true };
const forGood = { kind: 'unauthorized', message: 'bad key', retryable: false };

describe('the triage step graph', () => {
  it('wants only the steps the switches allow', () => {
    expect(all).toEqual(['classify', 'draft', 'route', 'update', 'note']);
    expect(wantedSteps({ feature_triage: false, feature_draft: true, feature_draft_note: false })).toEqual(['draft']);
    expect(wantedSteps({ feature_triage: true, feature_draft: false, feature_draft_note: true })).toEqual(['classify', 'route', 'update']);
  });

  it('runs a step once its needs are done, never twice', () => {
    const r = record({ done: ['classify'] });
    expect(isRunnable(TRIAGE_GRAPH, 'route', r, all)).toBe(true);
    expect(isRunnable(TRIAGE_GRAPH, 'update', r, all)).toBe(false); // waits for route
    expect(isRunnable(TRIAGE_GRAPH, 'classify', r, all)).toBe(false);
  });

  it('lets update go ahead without routing only when routing failed for good', () => {
    expect(isRunnable(TRIAGE_GRAPH, 'update', record({ done: ['classify'], errors: { route: retryable } }), all)).toBe(false);
    expect(isRunnable(TRIAGE_GRAPH, 'update', record({ done: ['classify'], errors: { route: forGood } }), all)).toBe(true);
  });

  it('blocks what depends on a step that failed for good, and only that', () => {
    const r = record({ done: ['draft', 'note'], errors: { classify: forGood } });
    expect(isBlocked(TRIAGE_GRAPH, 'update', r, all)).toBe(true);
    expect(isBlocked(TRIAGE_GRAPH, 'note', r, all)).toBe(false);
    expect(jobStatus(TRIAGE_GRAPH, r, all)).toBe('failed');
  });

  it('is deferred while anything can still run, done when everything wanted is done', () => {
    expect(jobStatus(TRIAGE_GRAPH, record({ done: ['classify', 'route', 'update'], errors: { draft: retryable } }), all)).toBe('deferred');
    expect(jobStatus(TRIAGE_GRAPH, record({ done: ['classify', 'draft', 'route', 'update', 'note'] }), all)).toBe('done');
    expect(jobStatus(TRIAGE_GRAPH, record({ done: ['draft'] }), ['draft'])).toBe('done');
  });

  it('marks an update made without routing as worth redoing once routing can run', () => {
    expect(doneWithAllNeeds(TRIAGE_GRAPH, record({ done: ['classify', 'draft', 'update', 'note'], errors: { route: forGood } }))).toEqual(['classify', 'draft', 'note']);
    expect(doneWithAllNeeds(TRIAGE_GRAPH, record({ done: ['classify', 'route', 'update'] }))).toEqual(['classify', 'route', 'update']);
  });
});
