/**
 * One triage attempt through runStages with the triage graphs and the real step actions, over in-memory ports:
 * what each step's outcome is when another fails (its own error kept, its dependents blocked or waiting), the
 * job's status (done, deferred, failed), the retry's cause, the requests counted, and the handler-time cut.
 */
import type { TriageRecord, TriageStep } from '../../../server/contracts/store-records';
import { runStages } from '../../../server/workflows/jobs/run-stages';
import { QUEUED_TRIAGE_GRAPH, TRIAGE_GRAPH, wantedSteps } from '../../../server/workflows/triage/steps';
import { TRIAGE_ACTIONS } from '../../../server/workflows/triage/triage-steps';
import { appError } from './support/memory-services';
import { triageRecord, triageSetup, type TriageSetupOptions } from './support/triage-setup';

const ALL = wantedSteps({ feature_triage: true, feature_draft: true, feature_draft_note: true });

function attempt(options: TriageSetupOptions = {}) {
  const t = triageSetup(options);
  const run = (start: TriageRecord = triageRecord(), { graph = TRIAGE_GRAPH, wanted = ALL as readonly TriageStep[], startedAt = t.clock.now() } = {}) =>
    runStages(graph, TRIAGE_ACTIONS, t.context, start, wanted, t.clock, startedAt);
  return { ...t, run };
}

const unavailable = appError('unavailable', { step: 'simpliClassify', status: 503, message: 'Simpli Triage is unavailable (503)' });
const badKey = appError('unauthorized', { step: 'simpliRoute', status: 401, message: 'Simpli Triage refused the API key (401)' });

describe('a triage attempt through runStages', () => {
  it('runs every step once, in its stage, and adds what it spent to the requests so far', async () => {
    const t = attempt();
    t.clock.advance(1234);
    const { record, retryCause } = await t.run(triageRecord({ requests: 3, errors: { classify: { kind: 'timeout', message: 'earlier', retryable: true } } }));
    expect(record).toMatchObject({ status: 'done', done: ['classify', 'draft', 'route', 'update', 'note'], errors: {}, requests: 3 + 5, updatedAt: t.clock.now() });
    expect(record.routing?.team).toBe('Billing');
    expect(retryCause).toBeUndefined();
    expect(t.simpli.calls.map((c) => c.method)).toEqual(['classify', 'draft', 'route']);
    expect(t.helpdesk.calls.map((c) => c.method).sort()).toEqual(['createPrivateNote', 'updateTicket']); // one stage, concurrent
  });

  it('never runs a step again that an earlier attempt did', async () => {
    const t = attempt();
    const start = triageRecord({ done: ['classify', 'draft'], classification: { category: 'billing', urgency: 'low', confidence: 0.9 }, draft: { text: 'Hi', confidence: 0.5 } });
    const { record } = await t.run(start);
    expect(t.simpli.calls.map((c) => c.method)).toEqual(['route']);
    expect(record).toMatchObject({ status: 'done', requests: 3 });
  });

  it('a retryable classify failure keeps its own error; the draft and note go on, route and update wait', async () => {
    const t = attempt();
    t.simpli.fail('classify', unavailable);
    const { record, retryCause } = await t.run();
    expect(record.errors).toEqual({ classify: { kind: 'unavailable', message: 'Simpli Triage is unavailable (503)', retryable: true } });
    expect(record.done).toEqual(['draft', 'note']);
    expect(record.status).toBe('deferred');
    expect(retryCause).toEqual(unavailable);
    expect(t.simpli.callsOf('route')).toEqual([]);
    expect(t.helpdesk.callsOf('updateTicket')).toEqual([]);
  });

  it('a classify failure for good blocks route and update: the job fails, with nothing to retry for', async () => {
    const t = attempt();
    t.simpli.fail('classify', { ...badKey, step: 'simpliClassify' });
    const { record, retryCause } = await t.run();
    expect(record).toMatchObject({ status: 'failed', done: ['draft', 'note'] });
    expect(record.errors.classify).toMatchObject({ kind: 'unauthorized', retryable: false });
    expect(Object.keys(record.errors)).toEqual(['classify']); // blocked steps carry no error of their own
    expect(retryCause).toBeUndefined();
  });

  it('routing that fails for good still lets update classify the ticket, without a group', async () => {
    const t = attempt();
    t.simpli.fail('route', badKey);
    const { record } = await t.run();
    expect(record.done).toEqual(['classify', 'draft', 'update', 'note']);
    expect(record.errors.route).toEqual({ kind: 'unauthorized', message: badKey.message, retryable: false });
    expect(record.status).toBe('failed');
    expect(t.helpdesk.callsOf('updateTicket')[0]?.[1]).not.toHaveProperty('group_id');
  });

  it('routing that fails for now holds the update back (it waits for the group), not the note', async () => {
    const t = attempt();
    t.simpli.fail('route', { ...unavailable, step: 'simpliRoute' });
    const { record, retryCause } = await t.run();
    expect(record).toMatchObject({ status: 'deferred', done: ['classify', 'draft', 'note'] });
    expect(retryCause?.step).toBe('simpliRoute');
    expect(t.helpdesk.callsOf('updateTicket')).toEqual([]);
  });

  it('an empty draft fails the draft for good and blocks only the note', async () => {
    const t = attempt();
    t.simpli.answers.draft.text = '';
    const { record } = await t.run();
    expect(record).toMatchObject({ status: 'failed', done: ['classify', 'route', 'update'] });
    expect(record.errors.draft).toEqual({ kind: 'rejected', message: 'Simpli Reply answered an empty draft; no note is posted', retryable: false });
    expect(record.errors.note).toBeUndefined();
    expect(t.helpdesk.callsOf('createPrivateNote')).toEqual([]);
  });

  it('two failures in one stage each keep their own error; the first retryable one sets the retry', async () => {
    const t = attempt();
    t.simpli.fail('classify', unavailable);
    t.simpli.fail('draft', appError('rate_limited', { step: 'simpliDraft', retryAfterSeconds: 60, message: 'Simpli Reply is busy (429)' }));
    const { record, retryCause } = await t.run();
    expect(record.errors).toEqual({
      classify: { kind: 'unavailable', message: unavailable.message, retryable: true },
      draft: { kind: 'rate_limited', message: 'Simpli Reply is busy (429)', retryable: true },
    });
    expect(record.done).toEqual([]);
    expect(retryCause).toEqual(unavailable);
  });

  it("marks a step the platform's own budget refused as unsent (no note can have been posted)", async () => {
    const t = attempt();
    t.helpdesk.fail('createPrivateNote', appError('rate_limited', { byPlatform: true, message: 'the platform refused the request (429)' }));
    t.helpdesk.fail('updateTicket', appError('timeout', { message: 'Freshdesk took too long' }));
    const { record } = await t.run();
    expect(record.errors.note).toEqual({ kind: 'rate_limited', message: 'the platform refused the request (429)', retryable: true, unsent: true });
    expect(record.errors.update).toEqual({ kind: 'timeout', message: 'Freshdesk took too long', retryable: true });
  });

  it('turns an unexpected error into a retryable outage of that step alone', async () => {
    const t = attempt();
    t.helpdesk.fail('createPrivateNote', new TypeError('boom'));
    const { record, retryCause } = await t.run();
    expect(record.errors).toEqual({ note: { kind: 'unavailable', message: 'note failed unexpectedly: boom', retryable: true } });
    expect(record.done).toEqual(['classify', 'draft', 'route', 'update']);
    expect(retryCause).toMatchObject({ kind: 'unavailable', step: 'note' });
  });

  it('runs only the wanted steps: with triage off, a draft and its note make the job done', async () => {
    const t = attempt();
    const { record } = await t.run(triageRecord(), { wanted: wantedSteps({ feature_triage: false, feature_draft: true, feature_draft_note: true }) });
    expect(record).toMatchObject({ status: 'done', done: ['draft', 'note'], requests: 2 });
    expect(t.simpli.calls.map((c) => c.method)).toEqual(['draft']);
  });

  it('starts no stage after the first without the handler time to finish it, and says so as a timeout', async () => {
    const t = attempt();
    const { record, retryCause } = await t.run(triageRecord(), { startedAt: t.clock.now() - 4_001 });
    expect(record).toMatchObject({ status: 'deferred', done: ['classify', 'draft'], errors: {} });
    expect(retryCause).toMatchObject({ kind: 'timeout', step: 'route' });
    expect(t.simpli.callsOf('route')).toEqual([]);
  });

  it('from the backlog posts the note last, so a run cut for time leaves only the note', async () => {
    // 1.1 s a request: the fourth stage would start 4.4 s in, past the 4 s a stage may start by.
    const queued = attempt({ latencyMs: 1_100 });
    const cut = await queued.run(triageRecord(), { graph: QUEUED_TRIAGE_GRAPH });
    expect(cut.record.done).toEqual(['classify', 'draft', 'route', 'update']);
    expect(cut.retryCause).toMatchObject({ kind: 'timeout', step: 'note' });
    const whole = attempt();
    await whole.run(triageRecord(), { graph: QUEUED_TRIAGE_GRAPH });
    expect(whole.helpdesk.calls.map((c) => c.method)).toEqual(['updateTicket', 'createPrivateNote']);
    // The event's own run posts the note beside the update: the same latency leaves nothing undone.
    const event = attempt({ latencyMs: 1_100 });
    expect((await event.run()).record.done).toEqual(['classify', 'draft', 'route', 'update', 'note']);
  });
});
