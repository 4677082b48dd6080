/**
 * One sentiment attempt and one QA attempt through runStages with their graphs and real step actions, over
 * in-memory ports: a failing step keeps its own error, what needs it waits or is blocked, and the job is done,
 * deferred or failed accordingly.
 */
import { SENTIMENT_STEPS } from '../../../server/contracts/sentiment-record';
import { QA_STEPS } from '../../../server/contracts/qa-record';
import { runStages } from '../../../server/workflows/jobs/run-stages';
import { QA_ACTIONS } from '../../../server/workflows/qa/qa-steps';
import { QA_GRAPH } from '../../../server/workflows/qa/steps';
import { SENTIMENT_ACTIONS } from '../../../server/workflows/sentiment/sentiment-steps';
import { SENTIMENT_GRAPH } from '../../../server/workflows/sentiment/steps';
import { appError } from './support/memory-services';
import { entry, qaRecord, qaSetup, type QaSetupOptions } from './support/qa-setup';
import { sentimentRecord, sentimentSetup, type SentimentSetupOptions } from './support/sentiment-setup';

function sentimentAttempt(options: SentimentSetupOptions = {}) {
  const t = sentimentSetup(options);
  const run = (start = sentimentRecord()) => runStages(SENTIMENT_GRAPH, SENTIMENT_ACTIONS, t.context, start, SENTIMENT_STEPS, t.clock, t.context.time.startedAt);
  return { ...t, run };
}

function qaAttempt(options: QaSetupOptions = {}) {
  const t = qaSetup(options);
  const run = (start = qaRecord()) => runStages(QA_GRAPH, QA_ACTIONS, t.context, start, QA_STEPS, t.clock, t.context.time.startedAt);
  return { ...t, run };
}

const outage = appError('unavailable', { step: 'simpliSentiment', status: 503, message: 'Simpli Sentiment is unavailable (503)' });

describe('a sentiment attempt through runStages', () => {
  it('analyses, then writes the contact and tags the ticket, counting every request', async () => {
    const t = sentimentAttempt();
    const { record, retryCause } = await t.run();
    expect(record).toMatchObject({ status: 'done', done: ['analyze', 'contact', 'escalate'], errors: {}, requests: 4 }); // analyze, contact PUT, ticket GET and PUT
    expect(record.escalation).toEqual({ escalated: true, tagAdded: true });
    expect(retryCause).toBeUndefined();
  });

  it('an analysis that fails for now holds both writes back; the job waits for a retry', async () => {
    const t = sentimentAttempt();
    t.simpli.fail('analyzeSentiment', outage);
    const { record, retryCause } = await t.run();
    expect(record).toMatchObject({ status: 'deferred', done: [], errors: { analyze: { kind: 'unavailable', message: outage.message, retryable: true } } });
    expect(retryCause).toEqual(outage);
    expect(t.helpdesk.calls).toEqual([]);
  });

  it('an analysis refused for good blocks both writes: the job fails', async () => {
    const t = sentimentAttempt();
    t.simpli.fail('analyzeSentiment', appError('unauthorized', { status: 401, message: 'Simpli Sentiment refused the API key (401)' }));
    const { record, retryCause } = await t.run();
    expect(record).toMatchObject({ status: 'failed', done: [] });
    expect(Object.keys(record.errors)).toEqual(['analyze']);
    expect(retryCause).toBeUndefined();
  });

  it("a contact write refused for good keeps its own error and does not hold the ticket's tag back", async () => {
    const t = sentimentAttempt();
    t.helpdesk.fail('updateContact', appError('unauthorized', { status: 403, message: 'the key may not edit contacts (403)' }));
    const { record } = await t.run();
    expect(record.errors).toEqual({ contact: { kind: 'unauthorized', message: 'the key may not edit contacts (403)', retryable: false } });
    expect(record).toMatchObject({ status: 'failed', done: ['analyze', 'escalate'], escalation: { escalated: true, tagAdded: true } });
  });

  it("an escalation waiting for the ticket's triage defers the job with the contact already written", async () => {
    const t = sentimentAttempt({ triageRunning: true });
    const { record, retryCause } = await t.run();
    expect(record).toMatchObject({ status: 'deferred', done: ['analyze', 'contact'] });
    expect(record.errors.escalate).toMatchObject({ kind: 'unavailable', retryable: true });
    expect(retryCause?.step).toBe('escalate');
  });

  it('keeps the analysis when the handler has no time left for the writes, which wait as a timeout', async () => {
    const t = sentimentAttempt({ latencyMs: 4_100 }); // the analysis alone takes 4.1 s
    const { record, retryCause } = await t.run();
    expect(record).toMatchObject({ status: 'deferred', done: ['analyze'], errors: {}, requests: 1 });
    expect(record.result?.label).toBe('negative');
    expect(retryCause).toMatchObject({ kind: 'timeout', step: 'contact' });
    expect(t.helpdesk.calls).toEqual([]);
  });
});

describe('a QA attempt through runStages', () => {
  it('evaluates, then posts the note', async () => {
    const t = qaAttempt();
    const { record } = await t.run();
    expect(record).toMatchObject({ status: 'done', done: ['evaluate', 'note'], errors: {}, requests: 3 }); // a page, the evaluation, the note
    expect(t.helpdesk.callsOf('createPrivateNote')).toHaveLength(1);
  });

  it('with nothing to score yet is done without asking QA or posting a note', async () => {
    const t = qaAttempt({ thread: [entry('Any news?', 'customer')] });
    const { record } = await t.run();
    expect(record).toMatchObject({ status: 'done', done: ['evaluate', 'note'], nothingToScore: { reason: 'no public agent reply' }, requests: 1 });
    expect(t.simpli.calls).toEqual([]);
    expect(t.helpdesk.callsOf('createPrivateNote')).toEqual([]);
  });

  it('an evaluation that fails for now leaves the note waiting; one refused for good fails the job', async () => {
    const later = qaAttempt();
    later.simpli.fail('evaluateQa', { ...outage, step: 'simpliQaEvaluate' });
    const deferred = await later.run();
    expect(deferred.record).toMatchObject({ status: 'deferred', done: [] });
    expect(deferred.retryCause?.step).toBe('simpliQaEvaluate');
    const never = qaAttempt();
    never.simpli.fail('evaluateQa', appError('rejected', { status: 422, message: 'QA refused the messages (422)' }));
    const failed = await never.run();
    expect(failed.record).toMatchObject({ status: 'failed', done: [], errors: { evaluate: { kind: 'rejected', message: 'QA refused the messages (422)', retryable: false } } });
    expect(never.helpdesk.callsOf('createPrivateNote')).toEqual([]);
  });

  it('a note that fails keeps its own error; the evaluation stays done and is not asked again', async () => {
    const t = qaAttempt();
    t.helpdesk.fail('createPrivateNote', appError('timeout', { message: 'Freshdesk took too long' }));
    const first = await t.run();
    expect(first.record).toMatchObject({ status: 'deferred', done: ['evaluate'], errors: { note: { kind: 'timeout', retryable: true } } });
    const second = await t.run({ ...first.record, attempt: 2 });
    expect(second.record).toMatchObject({ status: 'done', done: ['evaluate', 'note'], errors: {} });
    expect(t.simpli.callsOf('evaluateQa')).toHaveLength(1);
  });

  it('keeps the evaluation when the handler has no time left for the note, which waits as a timeout', async () => {
    const t = qaAttempt({ latencyMs: 2_100 }); // a page and the evaluation: 4.2 s
    const { record, retryCause } = await t.run();
    expect(record).toMatchObject({ status: 'deferred', done: ['evaluate'], errors: {}, requests: 2 });
    expect(retryCause).toMatchObject({ kind: 'timeout', step: 'note' });
    expect(t.helpdesk.callsOf('createPrivateNote')).toEqual([]);
  });
});
