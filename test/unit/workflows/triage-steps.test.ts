/**
 * The triage step actions classify, draft, route and note (TRIAGE_ACTIONS), each driven directly against in-memory
 * Simpli and Freshdesk ports: what is sent, what is stored, what is refused, and what each spends. The update step
 * has its own file (triage-update-step.test.ts).
 */
import { isRetryable } from '../../../server/domain/retry-policy';
import { DRAFT_NOTE_TITLE } from '../../../server/domain/draft-note';
import { MAX_SUBJECT_CODE_POINTS, MAX_TEXT_CODE_POINTS } from '../../../server/workflows/triage/triage-steps';
import { appError, failureOf } from './support/memory-services';
import { classified, TICKET_ID, triageRecord, triageSetup } from './support/triage-setup';

const drafted = (text: string) => triageRecord({ done: ['draft'], draft: { id: 'd-1', text, confidence: 0.8, language: 'en', style: 'friendly' } });

describe('the classify step', () => {
  it('sends the ticket cut by code points (an emoji is one) and keeps only the classification Simpli answered', async () => {
    const long = '😀'.repeat(MAX_TEXT_CODE_POINTS + 5);
    const t = triageSetup({ ticket: { subject: 'ß'.repeat(MAX_SUBJECT_CODE_POINTS + 1), description: long } });
    t.simpli.answers.classification = { ...t.simpli.answers.classification, extra: 'not ours' } as never;
    const patch = await t.step('classify');
    const [[ticketId, subject, description]] = t.simpli.callsOf('classify') as [[number, string, string]];
    expect(ticketId).toBe(TICKET_ID);
    expect(Array.from(subject)).toHaveLength(MAX_SUBJECT_CODE_POINTS);
    expect(Array.from(description)).toHaveLength(MAX_TEXT_CODE_POINTS);
    expect(description.endsWith('😀')).toBe(true); // no half surrogate pair at the cut
    expect(patch).toEqual({ classification: { category: 'billing', urgency: 'high', sentiment: 'negative', confidence: 0.9 } });
    expect(t.spent.count).toBe(1);
  });

  it('counts the request even when Simpli refuses it, and passes the error on as it came', async () => {
    const t = triageSetup();
    t.simpli.fail('classify', appError('rate_limited', { step: 'simpliClassify', retryAfterSeconds: 30 }));
    expect(await failureOf(t.step('classify'))).toMatchObject({ kind: 'rate_limited', step: 'simpliClassify', retryAfterSeconds: 30 });
    expect(t.spent.count).toBe(1);
  });
});

describe('the draft step', () => {
  it('drafts from the description in the style and language the admin set', async () => {
    const t = triageSetup({ iparams: { draft_style: 'formal', draft_language: 'de' } });
    const patch = await t.step('draft', triageRecord({ language: 'fr' }));
    expect(t.simpli.callsOf('draft')).toEqual([[TICKET_ID, [{ role: 'customer', content: 'I was charged twice for March.' }], 'formal', 'de']]);
    expect(patch).toEqual({ draft: { id: 'd-1', text: 'Thanks for writing. We are on it.', confidence: 0.8, language: 'de', style: 'formal' } });
    expect(t.spent.count).toBe(1);
  });

  it("falls back to the requester's language, then English; a language Reply names wins", async () => {
    const t = triageSetup();
    await t.step('draft', triageRecord({ language: 'fr' }));
    await t.step('draft');
    expect(t.simpli.callsOf('draft').map((args) => args[3])).toEqual(['fr', 'en']);
    t.simpli.answers.draft.language = 'es';
    expect((await t.step('draft')).draft?.language).toBe('es');
  });

  it('drafts from the subject when the description is blank', async () => {
    const t = triageSetup({ ticket: { description: '  \n ' } });
    await t.step('draft');
    expect(t.simpli.callsOf('draft')[0]?.[1]).toEqual([{ role: 'customer', content: 'Charged twice' }]);
  });

  it('refuses an empty draft for good: nothing is kept to post', async () => {
    const t = triageSetup();
    t.simpli.answers.draft.text = ' \n\t';
    const error = await failureOf(t.step('draft'));
    expect(error).toMatchObject({ kind: 'rejected', step: 'draft' });
    expect(isRetryable(error)).toBe(false);
    expect(t.spent.count).toBe(1); // the request was made
  });
});

describe('the route step', () => {
  it('routes with the stored classification and keeps only the routing fields', async () => {
    const t = triageSetup();
    t.simpli.answers.routing = { team: 'Billing', agent: 'ana', reason: 'refund', group_id: 11, score: 3 } as never;
    const patch = await t.step('route', classified);
    expect(t.simpli.callsOf('route')).toEqual([[TICKET_ID, classified.classification]]);
    expect(patch).toEqual({ routing: { team: 'Billing', agent: 'ana', reason: 'refund', group_id: 11 } });
    expect(t.spent.count).toBe(1);
  });

  it('without a classification fails for good and sends nothing', async () => {
    const t = triageSetup();
    const error = await failureOf(t.step('route'));
    expect(error).toMatchObject({ kind: 'rejected', step: 'route' });
    expect(t.simpli.calls).toEqual([]);
    expect(t.spent.count).toBe(0);
  });
});

describe('the note step', () => {
  it('posts the draft as an escaped private note with its confidence, for one request', async () => {
    const t = triageSetup();
    expect(await t.step('note', drafted('Hi <b>Ann</b> & "team"\n<script>alert(1)</script>'))).toEqual({});
    const [[ticketId, html]] = t.helpdesk.callsOf('createPrivateNote') as [[number, string]];
    expect(ticketId).toBe(TICKET_ID);
    expect(html).toContain(`${DRAFT_NOTE_TITLE}</strong> (confidence 80%)`);
    expect(html).toContain('Hi &lt;b&gt;Ann&lt;/b&gt; &amp; &quot;team&quot;<br>&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<b>/);
    expect(t.spent.count).toBe(1);
  });

  it('does not look for an earlier note unless one may exist', async () => {
    const t = triageSetup({ noteMayExist: false });
    await t.step('note', drafted('First answer'));
    await t.step('note', drafted('First answer'));
    expect(t.helpdesk.callsOf('listConversations')).toEqual([]);
    expect(t.helpdesk.callsOf('createPrivateNote')).toHaveLength(2);
  });

  it('when a note may exist, finds the one an earlier attempt posted and posts no second', async () => {
    const t = triageSetup({ noteMayExist: true });
    t.helpdesk.pageSize = 2;
    t.helpdesk.conversations.set(TICKET_ID, [
      { id: 1, text: 'customer', incoming: true, private: false },
      { id: 2, text: 'agent', incoming: false, private: false },
      { id: 3, text: `${DRAFT_NOTE_TITLE} (confidence 80%) First answer`, incoming: false, private: true },
    ]);
    expect(await t.step('note', drafted('First answer'))).toEqual({});
    expect(t.helpdesk.callsOf('listConversations')).toEqual([
      [TICKET_ID, 1],
      [TICKET_ID, 2],
    ]);
    expect(t.helpdesk.callsOf('createPrivateNote')).toEqual([]);
    expect(t.spent.count).toBe(2); // one per page read
  });

  it('when a note may exist but none is there (a public reply quoting the title does not count), reads every page and posts', async () => {
    const t = triageSetup({ noteMayExist: true });
    t.helpdesk.pageSize = 1;
    t.helpdesk.conversations.set(TICKET_ID, [
      { id: 1, text: `quoting: ${DRAFT_NOTE_TITLE}`, incoming: false, private: false },
      { id: 2, text: 'a private note of the team', incoming: false, private: true },
    ]);
    await t.step('note', drafted('First answer'));
    expect(t.helpdesk.callsOf('listConversations')).toHaveLength(2);
    expect(t.helpdesk.callsOf('createPrivateNote')).toHaveLength(1);
    expect(t.spent.count).toBe(3);
  });

  it('refuses a missing or empty draft for good, sending nothing', async () => {
    const t = triageSetup({ noteMayExist: true });
    const none = await failureOf(t.step('note'));
    const empty = await failureOf(t.step('note', drafted('   ')));
    expect([none.kind, none.step, empty.kind, empty.step]).toEqual(['rejected', 'note', 'rejected', 'note']);
    expect(t.helpdesk.calls).toEqual([]);
    expect(t.spent.count).toBe(0);
  });

  it("passes on Freshdesk's refusal of the post as it came, the request counted", async () => {
    const t = triageSetup();
    t.helpdesk.fail('createPrivateNote', appError('unavailable', { step: 'freshdeskCreateNote', status: 503 }));
    expect(await failureOf(t.step('note', drafted('Hello')))).toMatchObject({ kind: 'unavailable', status: 503 });
    expect(t.spent.count).toBe(1);
  });
});
