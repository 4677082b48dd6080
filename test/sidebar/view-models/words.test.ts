/** Decisions, job states and failures in words an agent understands. */
import { classificationView } from '../../../app/src/view-models/classification';
import { costView } from '../../../app/src/view-models/cost';
import { replyHtml } from '../../../app/src/view-models/draft';
import { failureWords } from '../../../app/src/view-models/failure';
import { fromNow, percent, signed } from '../../../app/src/view-models/format';
import { jobView } from '../../../app/src/view-models/processing';
import { routingView } from '../../../app/src/view-models/routing';
import { sidebarView } from '../../../app/src/view-models/sidebar';
import { SidebarError } from '../../../app/src/port';
import { deferredTriage, failedTriage, NOW, record, settings, triage } from '../support/fixtures';

const decide = (field: string, reason: string, applied = false, suggested = 'X') => {
  const t = record({ triage: triage({ decisions: [{ field, suggested, applied, reason }] }) }).triage!;
  return classificationView(t, settings())?.rows[0]?.why ?? classificationView(t, settings())?.aiFields;
};

describe('why a value was only suggested', () => {
  it('names the confidence and the admin threshold for the field', () => {
    expect(decide('priority', 'below_threshold')).toBe('Only suggested: confidence 65% is below the 60% minimum your admin set for priority.');
    const strict = classificationView(record().triage!, settings({ triage_min_confidence_type: '90' }))!;
    expect(strict.rows.find((r) => r.field === 'type')?.why).toContain('below the 90% minimum');
  });

  it('explains values the account does not allow, values kept, missing fields and unknown reasons', () => {
    expect(decide('type', 'invalid_for_account', false, 'Refund')).toBe('Only suggested: “Refund” is not a type this helpdesk offers.');
    expect(decide('priority', 'existing_value_kept')).toBe('Only suggested: the ticket already had a priority when it arrived, and it was kept.');
    expect(decide('type', 'newer_reason')).toBe('Only suggested (newer reason).');
    expect(decide('cf_ai_category', 'field_missing')).toBe('AI fields: AI category missing in this helpdesk (an admin can add it).');
  });
});

describe('job states', () => {
  const job = (t: Record<string, unknown>) => record({ triage: t }).triage!;

  it('says when a deferred job retries, or that it is due, or that none is scheduled', () => {
    expect(jobView('triage', job(deferredTriage()), NOW).headline).toMatch(/^Retries automatically at .+ \(in 5 min\)\.$/);
    expect(jobView('triage', job(deferredTriage()), NOW + 3_600_000).headline).toMatch(/^A retry was due at .+; it runs shortly\.$/);
    expect(jobView('triage', job({ ...deferredTriage(), retryAt: undefined }), NOW).headline).toBe('No retry is scheduled; use Retry to run it now.');
  });

  it('offers Retry for every job kind when it is deferred or failed, never while it is done', () => {
    expect(jobView('triage', job(failedTriage()), NOW).canRetry).toBe(true);
    expect(jobView('triage', job(triage()), NOW).canRetry).toBe(false);
    expect(jobView('sentiment', job(failedTriage()), NOW).canRetry).toBe(true);
    expect(jobView('qa', job(failedTriage()), NOW).canRetry).toBe(true);
  });

  it('offers Retry for a processing record past its lease (a killed run), not for a live one', () => {
    const processing = (updatedAt: number) => job(triage({ status: 'processing', updatedAt }));
    expect(jobView('triage', processing(NOW - 30_000), NOW)).toMatchObject({ label: 'Working', canRetry: false });
    expect(jobView('sentiment', processing(NOW - 61_000), NOW)).toMatchObject({ label: 'Stalled', canRetry: true });
  });

  it('words every error kind with its service and step', () => {
    const view = (kind: string, step: string) =>
      jobView('triage', job(triage({ status: 'failed', errors: { [step]: { kind, message: 'm', retryable: false } } })), NOW).details[0];
    expect(view('timeout', 'draft')).toBe('Simpli Reply took too long to answer while drafting a reply.');
    expect(view('rate_limited', 'update')).toBe('Freshdesk was busy (too many requests at once) while updating the ticket fields.');
    expect(view('invalid_response', 'route')).toBe('Simpli Triage sent an answer the app could not use while routing the ticket.');
    expect(view('rejected', 'note')).toBe('Freshdesk refused the request while posting the private note.');
    expect(view('mystery', 'evaluate')).toBe('Simpli QA ran into a problem while scoring the conversation.');
    expect(view('not_configured', 'classify')).toBe(
      'The app’s settings did not let it reach Simpli Triage while classifying the ticket. Ask your admin to check the app’s settings.',
    );
  });

  it('says a step held back by a refused Freshdesk key was not sent to Simpli, whatever its own service', () => {
    const view = (step: string) =>
      jobView('triage', job(triage({ status: 'failed', errors: { [step]: { kind: 'freshdesk_key_rejected', message: 'm', retryable: false } } })), NOW).details[0];
    expect(view('classify')).toBe(
      'Held back from classifying the ticket: Freshdesk refused the app’s API key, so nothing was sent to Simpli. Ask your admin to check the Freshdesk API key in the app’s settings.',
    );
    expect(view('draft')).toMatch(/^Held back from drafting a reply: Freshdesk refused/);
  });
});

describe('the sidebar view', () => {
  it('is "off", "not processed" or the insights', () => {
    const off = settings({ feature_triage: false, feature_draft: false, feature_sentiment: false, feature_qa: false });
    expect(sidebarView({ record: undefined, settings: off, now: NOW }).kind).toBe('off');
    expect(sidebarView({ record: undefined, settings: settings(), now: NOW })).toMatchObject({ kind: 'not_processed', canDraft: true });
    expect(sidebarView({ record: record(), settings: settings(), now: NOW }).kind).toBe('insights');
  });

  it('explains missing parts: triage off, not classified yet, no draft', () => {
    const noTriage = sidebarView({ record: record({ sentiment: undefined }), settings: settings({ feature_triage: false }), now: NOW });
    expect(noTriage).toMatchObject({ triageNote: 'Triage is switched off for this helpdesk.', draftNote: 'No draft for this ticket yet.' });
    const deferred = sidebarView({ record: record({ triage: deferredTriage() }), settings: settings(), now: NOW });
    expect(deferred).toMatchObject({ triageNote: 'Not classified yet — see the processing state below.' });
  });
});

describe('format and escaping', () => {
  it('formats shares, scores and times', () => {
    expect(percent(0.654)).toBe('65%');
    expect(percent(1.7)).toBe('100%');
    expect(signed(-0.8)).toBe('−0.80');
    expect(signed(0.35)).toBe('+0.35');
    expect(signed(-0.001)).toBe('0.00');
    expect(fromNow(NOW + 90 * 60_000, NOW)).toBe('in 2 h');
    expect(fromNow(NOW - 1, NOW)).toBeUndefined();
  });

  it('turns plain text into escaped paragraphs for the reply editor', () => {
    expect(replyHtml('a < b & "c"\r\n\r\nnext\nline')).toBe('<p>a &lt; b &amp; &quot;c&quot;</p><p>next<br>line</p>');
    expect(replyHtml('<img src=x onerror=alert(1)>')).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
  });

  it('adds up what the ticket cost', () => {
    expect(costView(record({ triage: triage(), sentiment: { ...triage(), requests: 2 } }))?.words).toBe('7 requests to Simpli and Freshdesk so far (triage 5, latest reply 2).');
    expect(costView(record({}))).toBeUndefined();
  });

  it('words failures by kind', () => {
    expect(failureWords(new SidebarError('unauthorized', 'x'), 'Drafting')).toBe('Drafting was refused: a key in the app’s settings is wrong. Ask your admin to check them.');
    expect(failureWords(new Error('boom'), 'Drafting')).toBe('Drafting did not work. Try again.');
  });
});

describe('routing by group name', () => {
  const applied = (suggested: string) => record({ triage: triage({ decisions: [{ field: 'group', suggested, applied: true, reason: 'applied' }] }) }).triage!;

  it('shows the ticket’s group now only when it is not the group Simpli set', () => {
    expect(routingView(applied('Billing'), settings(), 'Billing')).not.toHaveProperty('currentGroup');
    expect(routingView(applied('Billing'), settings(), 'Tier 2')?.currentGroup).toBe('Tier 2');
    expect(routingView(record().triage!, settings(), 'Billing')?.currentGroup).toBe('Billing'); // only suggested
  });

  it('keeps Simpli’s agent id apart from the names, as Simpli sent it', () => {
    const view = routingView(record().triage!, settings());
    expect(view).toMatchObject({ team: 'Billing', simpliAgentId: 'A-012', group: { value: 'Billing', status: 'Suggested' } });
  });
});
