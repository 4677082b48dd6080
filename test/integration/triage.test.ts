/**
 * onTicketCreate end to end (issue 5): the built server.js on the local platform against the fake Simpli and
 * fake Freshdesk over real HTTP. Each test checks the resulting Freshdesk state and the request logs.
 */
import { GROUP } from '../../devkit/demo';
import { startStack, type Stack } from '../helpers/stack';
import { customerReply, ticketRecord } from './support/sentiment-qa';

let stack: Stack;

async function installedStack(iparams: Record<string, unknown> = {}): Promise<Stack> {
  const s = await startStack({ iparams });
  const install = await s.platform.fireEvent('onAppInstall'); // caches the ticket schema
  expect(install.ok).toBe(true);
  s.clearLogs();
  return s;
}

const requestsOf = (s: Stack) => s.requests();
const triageRecord = (s: Stack, ticketId: number) => (s.platform.db.peek(`ticket:${ticketId}`) as { triage: Record<string, any> }).triage;

afterEach(() => stack?.close());

describe('the normal path', () => {
  it('classifies, routes and drafts with five requests: one ticket PUT and one private note', async () => {
    stack = await installedStack();
    const before = stack.ticket(1001);
    const run = await stack.createTicket(1001);
    expect(run.ok).toBe(true);

    const after = stack.ticket(1001);
    expect(after).toMatchObject({ priority: 2, type: 'Billing', group_id: GROUP.billing });
    expect(after.tags).toEqual(expect.arrayContaining(['ai-category:billing', 'ai-urgency:medium']));
    expect(after.custom_fields).toMatchObject({ cf_ai_category: 'Billing', cf_ai_urgency: 'medium', cf_ai_confidence: expect.stringMatching(/^0\.\d+$/) });
    expect((after.custom_fields as Record<string, unknown>).cf_order_number).toBe((before.custom_fields as Record<string, unknown>).cf_order_number);

    const notes = stack.notes(1001);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.private).toBe(true);
    expect(notes[0]?.body).toMatch(/^<p><strong>Simpli AI draft reply<\/strong> \(confidence \d+%\)<\/p>/);
    expect(notes[0]?.body).toMatch(/AI-generated draft\. Review and edit it before sending/);

    expect(requestsOf(stack).sort()).toEqual(['freshdeskCreateNote', 'freshdeskUpdateTicket', 'simpliClassify', 'simpliDraft', 'simpliRoute']);
    const freshdeskCalls = stack.fakes.freshdesk.log().map((e) => e.endpoint);
    expect(freshdeskCalls.sort()).toEqual(['POST /api/v2/tickets/:id/notes', 'PUT /api/v2/tickets/:id']);
    expect(stack.fakeLog().every((e) => e.status < 400)).toBe(true);

    const record = triageRecord(stack, 1001);
    expect(record).toMatchObject({ status: 'done', done: expect.arrayContaining(['classify', 'draft', 'route', 'update', 'note']), requests: 5 });
    expect(record.classification).toMatchObject({ category: 'billing', urgency: 'medium' });
    expect(record.draft.text.length).toBeGreaterThan(20);
  });

  it('reads the ticket schema once and caches it when the install did not', async () => {
    stack = await startStack();
    await stack.createTicket(1001);
    await stack.createTicket(1005);
    expect(requestsOf(stack).filter((t) => t === 'freshdeskListTicketFields')).toHaveLength(1);
  });

  it('merges its tags with the ticket’s own and replaces an earlier AI tag instead of adding a second', async () => {
    stack = await installedStack();
    await stack.createTicket(1010, { tags: ['vip', 'ai-category:stale'] });
    expect(stack.ticket(1010).tags).toEqual(['vip', 'ai-category:shipping', 'ai-urgency:medium']);
  });

  it('posts no note when the note switch is off, and keeps the draft for the sidebar', async () => {
    stack = await installedStack({ feature_draft_note: false });
    await stack.createTicket(1001);
    expect(stack.notes(1001)).toHaveLength(0);
    expect(triageRecord(stack, 1001)).toMatchObject({ status: 'done', draft: { text: expect.any(String) } });
    expect(requestsOf(stack)).not.toContain('freshdeskCreateNote');
  });
});

describe('gating by confidence and by what the ticket already had', () => {
  it('below every threshold, suggests only: tags and AI fields, no priority, type or group', async () => {
    stack = await installedStack({ triage_min_confidence_priority: 100, triage_min_confidence_type: 100, triage_min_confidence_group: 100 });
    const before = stack.ticket(1001);
    await stack.createTicket(1001);
    const after = stack.ticket(1001);
    expect([after.priority, after.type, after.group_id]).toEqual([before.priority, before.type, before.group_id]);
    expect(after.tags).toEqual(expect.arrayContaining(['ai-category:billing']));
    expect((after.custom_fields as Record<string, unknown>).cf_ai_category).toBe('Billing');
    const reasons = Object.fromEntries((triageRecord(stack, 1001).decisions as Array<{ field: string; reason: string }>).map((d) => [d.field, d.reason]));
    expect(reasons).toMatchObject({ priority: 'below_threshold', type: 'below_threshold', group: 'below_threshold', cf_ai_category: 'applied' });
  });

  it('each field has its own threshold', async () => {
    stack = await installedStack({ triage_min_confidence_priority: 0, triage_min_confidence_type: 100, triage_min_confidence_group: 0 });
    await stack.createTicket(1001);
    expect(stack.ticket(1001)).toMatchObject({ priority: 2, type: null, group_id: GROUP.billing });
  });

  it('keeps priority, type and group set at creation unless the admin opts in', async () => {
    stack = await installedStack();
    const preset = { priority: 4, type: 'Question', group_id: GROUP.escalations };
    await stack.createTicket(1001, preset);
    // The event says what the ticket had at creation; Freshdesk keeps its own values, which we must not touch.
    const log = stack.fakes.freshdesk.log().find((e) => e.method === 'PUT');
    expect(log?.status).toBe(200);
    const reasons = (triageRecord(stack, 1001).decisions as Array<{ field: string; reason: string }>).filter((d) => d.reason === 'existing_value_kept').map((d) => d.field);
    expect(reasons).toEqual(['priority', 'type', 'group']);

    await stack.close();
    stack = await installedStack({ triage_overwrite_existing: true });
    await stack.createTicket(1001, preset);
    expect(stack.ticket(1001)).toMatchObject({ priority: 2, type: 'Billing', group_id: GROUP.billing });
  });
});

describe('values the account does not have are never sent', () => {
  it('an unknown type and an unmapped team leave type and group alone, and the update still succeeds', async () => {
    stack = await installedStack({ triage_team_groups: '' });
    await stack.createTicket(1016); // technical: no such ticket type; team "technical" matches no group without the mapping
    const after = stack.ticket(1016);
    expect(after.type).toBeNull();
    expect(after.group_id).toBeNull();
    expect(after.tags).toEqual(expect.arrayContaining(['ai-category:technical']));
    expect(stack.fakes.freshdesk.log().filter((e) => e.status >= 400)).toEqual([]);
    const reasons = Object.fromEntries((triageRecord(stack, 1016).decisions as Array<{ field: string; reason: string }>).map((d) => [d.field, d.reason]));
    expect(reasons).toMatchObject({ type: 'invalid_for_account', group: 'no_matching_group' });
  });

  it('the admin mapping routes a team whose name is not a group', async () => {
    stack = await installedStack(); // demo mapping: technical = Technical Support
    await stack.createTicket(1016);
    expect(stack.ticket(1016).group_id).toBe(GROUP.technical);
  });

  it('a stale cached schema is refreshed after Freshdesk refuses a value, and the update goes through', async () => {
    stack = await installedStack();
    // The cache claims a "Technical" type the account does not have (an admin removed it since).
    const cached = stack.platform.db.peek('schema:ticket-fields') as { ticketTypes: string[] };
    await stack.platform.db.set('schema:ticket-fields', { ...cached, ticketTypes: [...cached.ticketTypes, 'Technical'] });
    stack.clearLogs();
    await stack.createTicket(1016);
    const puts = stack.fakes.freshdesk.log().filter((e) => e.method === 'PUT').map((e) => e.status);
    expect(puts).toEqual([400, 200]);
    expect(stack.ticket(1016).type).toBeNull();
    expect(requestsOf(stack).filter((t) => t === 'freshdeskListTicketFields')).toHaveLength(1);
    expect((stack.platform.db.peek('schema:ticket-fields') as { ticketTypes: string[] }).ticketTypes).not.toContain('Technical');
  });
});

describe('nothing doubled, nothing unescaped', () => {
  it('a duplicate delivery of the same event makes no second update or note', async () => {
    stack = await installedStack();
    await stack.createTicket(1001);
    const second = await stack.createTicket(1001);
    expect(second.logs.join('\n')).toMatch(/duplicate delivery skipped/);
    expect(stack.notes(1001)).toHaveLength(1);
    expect(stack.fakes.freshdesk.log().filter((e) => e.method === 'PUT')).toHaveLength(1);
    expect(requestsOf(stack)).toHaveLength(5);
  });

  it('a customer reply analyzed before the ticket’s triage does not take the triage’s claim', async () => {
    stack = await installedStack();
    const requester = stack.ticket(1001).requester_id as number;
    await stack.platform.fireEvent('onConversationCreate', customerReply(1001, 777001, requester, 'This is terrible, I want my money back.'));
    expect(ticketRecord(stack, 1001).sentiment).toBeDefined();
    await stack.createTicket(1001);
    expect(triageRecord(stack, 1001)).toMatchObject({ status: 'done' });
    expect(ticketRecord(stack, 1001).sentiment).toBeDefined(); // the triage did not overwrite it
    expect(stack.notes(1001)).toHaveLength(1);
    expect((await stack.createTicket(1001)).logs.join('\n')).toMatch(/duplicate delivery skipped/);
  });

  it('hostile text in the subject, the description and the AI draft arrives escaped in the note', async () => {
    stack = await installedStack();
    const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    stack.setFaults('reply', [
      { endpoint: 'POST /api/v1/draft', fault: { kind: 'status', status: 200, body: { draft_id: 'd1', draft: `Hello ${hostile}`, confidence: 0.5, suggested_template: null, language: 'en' } } },
    ]);
    await stack.createTicket(1011, { subject: `Help ${hostile}` });
    const [note] = stack.notes(1011);
    expect(note?.body).not.toMatch(/<script|<img/i);
    expect(note?.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('hostile customer text quoted by the real draft is escaped too', async () => {
    stack = await installedStack();
    await stack.createTicket(1011);
    const [note] = stack.notes(1011);
    expect(note?.body).toBeDefined();
    expect(note?.body).not.toMatch(/<script|<img|javascript:/i);
  });
});

describe('settings', () => {
  it('a missing Simpli host fails the steps that need it with the setting’s name; the others still run', async () => {
    stack = await installedStack({ simpli_reply_host: '' });
    const run = await stack.createTicket(1001);
    expect(run.ok).toBe(true);
    const record = triageRecord(stack, 1001);
    expect(record.status).toBe('failed');
    expect(record.errors.draft).toEqual({ kind: 'not_configured', message: 'the installation settings lack simpli_reply_host', retryable: false });
    expect(record.done).toEqual(expect.arrayContaining(['classify', 'route', 'update']));
    expect(stack.notes(1001)).toHaveLength(0);
    expect(requestsOf(stack)).not.toContain('simpliDraft');
    expect(run.logs.filter((l) => l.includes('ticket 1001'))).toHaveLength(1);
  });

  it('drafts in the requester’s language unless the admin sets one', async () => {
    stack = await installedStack();
    const german = stack.state().contacts.find((c) => c.language === 'de');
    await stack.createTicket(1001, {}, { requester: german });
    expect(triageRecord(stack, 1001).draft.language).toBe('de');

    await stack.close();
    stack = await installedStack({ draft_language: 'en' });
    await stack.createTicket(1001, {}, { requester: german });
    expect(triageRecord(stack, 1001).draft.language).toBe('en');
  });
});
