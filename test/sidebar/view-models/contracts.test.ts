/** The sidebar reads what crosses into it tolerantly: one bad attribute hides one part, never the sidebar. */
import { readCustomerSentiment } from '../../../app/src/contracts/customer-sentiment';
import { readRecord } from '../../../app/src/contracts/record';
import { readDraftAnswer } from '../../../app/src/contracts/reply';
import { readSettings } from '../../../app/src/contracts/settings';
import { readSettings as serverSettings } from '../../../server/contracts/iparams';
import { currentDraft } from '../../../app/src/view-models/draft';
import { readContact, readTicket } from '../../../app/src/contracts/ticket';
import { qaView } from '../../../app/src/view-models/qa';
import { NOW, qaNothingToScore, triage } from '../support/fixtures';

describe('readRecord', () => {
  it('reads each attribute on its own and names the unreadable ones', () => {
    const r = readRecord({ v: 1, triage: triage(), sentiment: { status: 'weird' }, qa: 'no', future: { x: 1 } });
    expect(r?.triage?.classification?.category).toBe('billing');
    expect(r?.unreadable).toEqual(['sentiment', 'qa']);
    expect(readRecord('nope')).toBeUndefined();
  });

  it('drops malformed decisions and errors but keeps the rest', () => {
    const r = readRecord({ triage: triage({ decisions: [{ field: 'type' }, { field: 'priority', suggested: 'High', applied: true, reason: 'applied' }], errors: { classify: 'x' } }) });
    expect(r?.triage?.decisions).toEqual([{ field: 'priority', suggested: 'High', applied: true, reason: 'applied' }]);
    expect(r?.triage?.errors).toEqual({});
  });

  it('reads QA with nothing to score yet, and the reason', () => {
    const qa = readRecord({ qa: { ...qaNothingToScore() } })?.qa;
    expect(qa).toMatchObject({ sampled: true, status: 'done', nothingToScore: { reason: 'no public agent reply' } });
    expect(qaView(qa, true, 4, NOW)).toEqual({ kind: 'message', words: 'Nothing to score yet — no public agent reply' });
    const blank = readRecord({ qa: { ...qaNothingToScore(), nothingToScore: { reason: '' } } })?.qa;
    expect(blank).toMatchObject({ sampled: true, status: 'done' });
    expect(blank?.sampled && blank.nothingToScore).toBeUndefined();
  });

  it('reads QA as sampled or not sampled', () => {
    expect(readRecord({ qa: { sampled: false, samplePercent: 10, resolution: { id: 'r', at: 't', status: 4 } } })?.qa).toEqual({ sampled: false, samplePercent: 10 });
  });

  it('treats a blank draft as none ($db stores "" as null, docs/platform.md "Key-value store")', () => {
    expect(readRecord({ triage: triage({ draft: { text: null } }) })?.triage?.draft).toBeUndefined();
  });
});

describe('answers and data objects', () => {
  it('reads the customer history and refuses a body without a timeline', () => {
    expect(readCustomerSentiment({ customer_id: '5', current_score: -0.85, trend: 'improving', timeline: [{ timestamp: 't', score: -0.85, label: 'negative', source: 'api' }, { bad: 1 }] })).toEqual({
      currentScore: -0.85,
      serviceTrend: 'improving',
      timeline: [{ timestamp: 't', score: -0.85, label: 'negative' }],
    });
    expect(readCustomerSentiment({ detail: 'Invalid customer_id format' })).toBeUndefined();
  });

  it('reads a Reply draft and keeps the style asked for', () => {
    expect(readDraftAnswer({ draft_id: 'd', draft: 'Hi', confidence: 0.5, language: 'de', suggested_template: null }, 'formal')).toEqual({ id: 'd', text: 'Hi', confidence: 0.5, language: 'de', style: 'formal' });
    expect(readDraftAnswer({ draft: '' }, 'formal')).toBeUndefined();
  });

  it('reads the ticket and contact data objects', () => {
    expect(readTicket({ ticket: { id: 7, subject: 's', description_text: 'd', requester_id: 9, status: 4 } })).toEqual({ id: 7, subject: 's', description: 'd', requesterId: 9, status: 4 });
    expect(readTicket({ ticket: {} })).toBeUndefined();
    expect(readContact({ contact: { name: 'Dana', language: 'fr' } })).toEqual({ name: 'Dana', language: 'fr' });
    expect(readContact({ contact: { name: '' } })).toEqual({});
  });

  it('reads settings as saved (booleans, numbers or strings), with the installation page defaults', () => {
    expect(readSettings({})).toEqual({
      feature_triage: true,
      feature_draft: true,
      feature_sentiment: true,
      feature_qa: true,
      triage_min_confidence_priority: 0.6,
      triage_min_confidence_type: 0.7,
      triage_min_confidence_group: 0.7,
      draft_style: 'friendly',
    });
    expect(readSettings({ feature_draft: 'false', triage_min_confidence_group: '85', draft_language: ' de ', triage_min_confidence_type: 400 })).toMatchObject({
      feature_draft: false,
      triage_min_confidence_group: 0.85,
      triage_min_confidence_type: 0.7,
      draft_language: 'de',
    });
  });
});

describe('settings, one reading', () => {
  // The sidebar cannot bundle the server's zod reader; its small one must agree with it, default for default.
  it.each([
    ['nothing saved', {}],
    ['saved as strings', { feature_draft: 'false', feature_qa: 'true', triage_min_confidence_group: '85', triage_min_confidence_priority: ' 5 ', draft_style: 'formal', draft_language: ' de ' }],
    ['saved as values', { feature_triage: false, triage_min_confidence_type: 0, draft_style: 'concise' }],
    ['unreadable values', { feature_triage: 'yes', feature_sentiment: 1, triage_min_confidence_priority: '', triage_min_confidence_type: 400, triage_min_confidence_group: 'high', draft_style: 'pirate', draft_language: '  ' }],
    ['not an object', null],
  ])('reads %s as the server does (server/contracts/iparams.ts)', (_, iparams) => {
    const sidebar = readSettings(iparams);
    const server = serverSettings(iparams);
    expect(sidebar).toEqual(Object.fromEntries(Object.keys(sidebar).map((key) => [key, server[key as keyof typeof sidebar]])));
  });
});

describe('which draft the sidebar shows', () => {
  const server = { id: 'srv_1', text: 'Server draft' };

  it('shows the agent’s regenerated draft over the server draft it replaced', () => {
    const record = readRecord({ triage: triage({ draft: server }), sidebarDraft: { id: 'agent', text: 'Mine', replaces: 'srv_1' } });
    expect(currentDraft(record)).toEqual({ draft: { id: 'agent', text: 'Mine', replaces: 'srv_1' }, regenerated: true });
  });

  it('shows the server draft again once the server drafted anew', () => {
    const record = readRecord({ triage: triage({ draft: { id: 'srv_2', text: 'Newer' } }), sidebarDraft: { id: 'agent', text: 'Mine', replaces: 'srv_1' } });
    expect(currentDraft(record)?.draft.text).toBe('Newer');
  });

  it('shows a regenerated draft when the server has none', () => {
    expect(currentDraft(readRecord({ triage: triage({ draft: undefined }), sidebarDraft: { text: 'Mine' } }))?.regenerated).toBe(true);
  });
});
