/**
 * onAppInstall and onAppUninstall (issue 10 item 6) through the local platform, against the fake Freshdesk and
 * Simpli over loopback HTTP: the fields the install creates or finds, the requests it spends, what refuses it
 * and what does not, the report it keeps, and the schedules uninstall removes.
 */
import axios from 'axios';
import { FRESH_ADMIN_API_KEY, FRESH_AGENT_API_KEY } from '../../devkit/demo';
import type { PlatformRun } from '../../devkit/platform/local-platform';
import { TRIAGE_CATEGORIES } from '../../server/domain/install/field-specs';
import { startStack, type Stack, type StackOptions } from '../helpers/stack';
import { customerReply, type Json } from './support/sentiment-qa';

const open: Stack[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function stackOn(account: 'fresh' | 'demo', options: Omit<StackOptions, 'account'> = {}): Promise<Stack> {
  const stack = await startStack({ account, ...options });
  open.push(stack);
  return stack;
}

const report = (stack: Stack): Json => stack.platform.db.peek('install:report') as Json;
const ticketFieldsLabelled = (stack: Stack, label: string) => stack.state().ticketFields.filter((f) => f.label === label);
const contactFieldsLabelled = (stack: Stack, label: string) => stack.state().contactFields.filter((f) => f.label === label);
const scheduleNames = (stack: Stack) => stack.platform.schedule.list().map((s) => s.name);
const lines = (run: PlatformRun, text: string) => run.logs.filter((l) => l.includes(text));

/** An admin adds a field in Freshdesk before installing the app (docs/platform.md, "Installing: the Freshdesk field APIs"). */
async function adminCreates(stack: Stack, path: string, field: Json): Promise<void> {
  const api = axios.create({ baseURL: stack.fakes.freshdesk.url, auth: { username: FRESH_ADMIN_API_KEY, password: 'X' } });
  const { status } = await api.post(path, field);
  if (status !== 201) throw new Error(`creating ${String(field.label)}: ${status}`);
}

describe('a fresh account (globex, an admin key)', () => {
  it('creates the five fields with their types and choices, in ten requests, and lets the install finish', async () => {
    const stack = await stackOn('fresh');
    const run = await stack.platform.fireEvent('onAppInstall');
    expect(run.ok).toBe(true);
    expect(run.renderData).toEqual({ error: undefined, data: undefined });

    const category = ticketFieldsLabelled(stack, 'AI Category');
    expect(category).toEqual([expect.objectContaining({ type: 'custom_dropdown', choices: [...TRIAGE_CATEGORIES] })]);
    expect(ticketFieldsLabelled(stack, 'AI Urgency')).toEqual([expect.objectContaining({ type: 'custom_dropdown', choices: ['low', 'medium', 'high', 'critical'] })]);
    expect(ticketFieldsLabelled(stack, 'AI Confidence')).toEqual([expect.objectContaining({ type: 'custom_text' })]);
    expect(contactFieldsLabelled(stack, 'Sentiment Score')).toEqual([expect.objectContaining({ type: 'custom_dropdown', choices: ['positive', 'neutral', 'negative'] })]);
    expect(contactFieldsLabelled(stack, 'Escalation Risk')).toEqual([expect.objectContaining({ type: 'custom_text' })]);
    // Agents' fields: never shown to customers.
    expect(category[0]).toMatchObject({ displayed_to_customers: false, customers_can_edit: false });

    expect(stack.requests()).toEqual([
      'freshdeskListTicketFields',
      'freshdeskListContactFields',
      'freshdeskCreateTicketField',
      'freshdeskCreateTicketField',
      'freshdeskCreateTicketField',
      'freshdeskCreateContactField',
      'freshdeskCreateContactField',
      'simpliTriageHealth',
      'simpliReplyHealth',
      'simpliSentimentHealth',
    ]);
    const r = report(stack);
    expect(r).toMatchObject({ freshdesk: { verified: true }, requests: 10, schedule: { state: 'created', name: 'simpli-sweep' } });
    // The names are the ones Freshdesk answered with (docs/freshdesk.md "Creating ticket fields": generated from
    // the label; contact keys without cf_).
    const namesInAccount = [category[0]!.name, ticketFieldsLabelled(stack, 'AI Urgency')[0]!.name, ticketFieldsLabelled(stack, 'AI Confidence')[0]!.name,
      contactFieldsLabelled(stack, 'Sentiment Score')[0]!.name, contactFieldsLabelled(stack, 'Escalation Risk')[0]!.name];
    expect(r.fields.map((f: Json) => [f.outcome, f.name])).toEqual(namesInAccount.map((n) => ['created', n]));
    expect(r.simpli.map((s: Json) => [s.service, s.status])).toEqual([['triage', 'ok'], ['reply', 'ok'], ['sentiment', 'ok'], ['qa', 'not_checked'], ['kb', 'not_checked']]);
    expect(r.simpli[3].reason).toBe('not checked at install (use Test connection on the settings page)');
    expect(lines(run, 'install: Freshdesk verified; fields created 5, found 0, skipped 0')).toHaveLength(1);
    expect(scheduleNames(stack)).toEqual(['simpli-sweep']);
    expect(stack.platform.schedule.list()[0]).toMatchObject({ data: { kind: 'sweep' }, repeat: { time_unit: 'minutes', frequency: 5 } });
  });

  it('the first ticket afterwards fills the AI fields and the first reply the contact fields, with no Freshdesk read', async () => {
    const stack = await stackOn('fresh');
    await stack.platform.fireEvent('onAppInstall');
    stack.clearLogs();
    stack.clock.advance(60_000);

    const created = await stack.createTicket(1102);
    expect(created.ok).toBe(true);
    const fields = stack.ticket(1102).custom_fields as Json;
    expect(TRIAGE_CATEGORIES).toContain(fields.cf_ai_category);
    expect(['low', 'medium', 'high', 'critical']).toContain(fields.cf_ai_urgency);
    expect(fields.cf_ai_confidence).toMatch(/^(0(\.\d+)?|1)$/);

    await stack.platform.fireEvent('onConversationCreate', customerReply(1104, 110499, 5104, 'Thanks, that worked perfectly. Great help!'));
    const contact = stack.state().contacts.find((c) => c.id === 5104) as Json;
    expect(contact.custom_fields).toMatchObject({ sentiment_score: 'positive', escalation_risk: expect.stringMatching(/^\d\.\d\d$/) });
    expect(stack.requests().filter((t) => t === 'freshdeskListTicketFields' || t === 'freshdeskListContactFields')).toEqual([]);
  });

  it('installing again creates nothing and duplicates nothing; the schedule it finds is kept', async () => {
    const stack = await stackOn('fresh');
    await stack.platform.fireEvent('onAppInstall');
    stack.clearLogs();
    stack.clock.advance(60_000);
    const again = await stack.platform.fireEvent('onAppInstall');
    expect(again.ok).toBe(true);
    for (const label of ['AI Category', 'AI Urgency', 'AI Confidence']) expect(ticketFieldsLabelled(stack, label)).toHaveLength(1);
    for (const label of ['Sentiment Score', 'Escalation Risk']) expect(contactFieldsLabelled(stack, label)).toHaveLength(1);
    expect(stack.requests().filter((t) => t.startsWith('freshdeskCreate'))).toEqual([]);
    const r = report(stack);
    expect(r.fields.map((f: Json) => f.outcome)).toEqual(['found', 'found', 'found', 'found', 'found']);
    expect(r).toMatchObject({ requests: 7, schedule: { state: 'exists' } });
    expect(r.simpli.map((s: Json) => s.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(scheduleNames(stack)).toEqual(['simpli-sweep']);
  });
});

describe('an account with some of the fields', () => {
  it('creates only the missing ones and writes under the names the account has', async () => {
    const stack = await stackOn('fresh');
    // What an admin following the Simpli Freshdesk guide may have done by hand, in other spellings.
    await adminCreates(stack, '/api/v2/admin/ticket_fields', { label: ' ai urgency ', label_for_customers: 'Urgency', type: 'custom_dropdown', choices: ['low', 'medium', 'high', 'critical'].map((value, i) => ({ value, position: i + 1 })) });
    await adminCreates(stack, '/api/v2/contact_fields', { label: 'Sentiment Score', label_for_customers: 'Mood', type: 'custom_dropdown', choices: ['Positive', 'Neutral', 'Negative'].map((value, i) => ({ value, position: i + 1 })) });
    stack.clearLogs();

    const run = await stack.platform.fireEvent('onAppInstall');
    expect(run.ok).toBe(true);
    expect(stack.requests().filter((t) => t.startsWith('freshdeskCreate'))).toEqual(['freshdeskCreateTicketField', 'freshdeskCreateTicketField', 'freshdeskCreateContactField']);
    expect(report(stack).fields.map((f: Json) => [f.label, f.outcome])).toEqual([
      ['AI Category', 'created'],
      ['AI Urgency', 'found'],
      ['AI Confidence', 'created'],
      ['Sentiment Score', 'found'],
      ['Escalation Risk', 'created'],
    ]);
    expect(stack.state().ticketFields.filter((f) => String(f.label).trim().toLowerCase() === 'ai urgency')).toHaveLength(1);
    // "Category" (cf_category) is the account's own field, never taken for "AI Category".
    expect(ticketFieldsLabelled(stack, 'AI Category')).toHaveLength(1);

    await stack.platform.fireEvent('onConversationCreate', customerReply(1104, 110499, 5104, 'Thanks, that worked perfectly. Great help!'));
    const contact = stack.state().contacts.find((c) => c.id === 5104) as Json;
    expect(contact.custom_fields).toMatchObject({ sentiment_score: 'Positive' }); // the account's own spelling
  });

  it('the demo account has all five: found, none created, seven requests', async () => {
    const stack = await stackOn('demo');
    const run = await stack.platform.fireEvent('onAppInstall');
    expect(run.ok).toBe(true);
    expect(report(stack).fields.map((f: Json) => [f.outcome, f.name])).toEqual([
      ['found', 'cf_ai_category'],
      ['found', 'cf_ai_urgency'],
      ['found', 'cf_ai_confidence'],
      ['found', 'sentiment_score'],
      ['found', 'escalation_risk'],
    ]);
    expect(stack.requests()).toHaveLength(7);
  });
});

describe('what does not refuse the install', () => {
  it('a key without admin rights: the install finishes, the fields are skipped after one refused creation, the reason kept', async () => {
    const stack = await stackOn('fresh', { iparams: { freshdesk_api_key: FRESH_AGENT_API_KEY } });
    const run = await stack.platform.fireEvent('onAppInstall');
    expect(run.ok).toBe(true);
    expect(run.renderData?.error).toBeUndefined();
    expect(stack.requests().filter((t) => t.startsWith('freshdeskCreate'))).toEqual(['freshdeskCreateTicketField']);
    expect(ticketFieldsLabelled(stack, 'AI Category')).toEqual([]);
    const r = report(stack);
    expect(r.freshdesk).toEqual({ verified: true });
    expect(r.fields.map((f: Json) => f.outcome)).toEqual(['skipped', 'skipped', 'skipped', 'skipped', 'skipped']);
    expect(r.fields[0].reason).toMatch(/no admin rights \(403\)/);
    const skippedLines = lines(run, 'install: fields not created');
    expect(skippedLines).toHaveLength(1);
    expect(skippedLines[0]).toMatch(/AI Category, AI Urgency, AI Confidence, Sentiment Score, Escalation Risk \(the Freshdesk API key has no admin rights \(403\)/);
    // The budget the creations did not spend goes to the Simpli checks: all five hosts.
    expect(r.simpli.map((s: Json) => s.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(r.requests).toBe(8);
  });

  it('Simpli down: the install finishes, one line per failing service, the failure kept', async () => {
    const stack = await stackOn('fresh');
    stack.setFaults('triage', [{ endpoint: 'GET /health', fault: { kind: 'status', status: 503 } }]);
    stack.setFaults('sentiment', [{ endpoint: 'GET /health', fault: { kind: 'drop' } }]);
    const run = await stack.platform.fireEvent('onAppInstall');
    expect(run.ok).toBe(true);
    const r = report(stack);
    expect(r.simpli.map((s: Json) => [s.service, s.status])).toEqual([['triage', 'failing'], ['reply', 'ok'], ['sentiment', 'failing'], ['qa', 'not_checked'], ['kb', 'not_checked']]);
    expect(r.simpli[0].reason).toMatch(/simpliTriageHealth is unavailable \(503\)/);
    expect(lines(run, 'is not answering')).toEqual([
      expect.stringMatching(/WARN install: Simpli triage \(triage\.simpli\.test\) is not answering \(simpliTriageHealth is unavailable \(503\)\)/),
      expect.stringMatching(/WARN install: Simpli sentiment \(sentiment\.simpli\.test\) is not answering \(simpliSentimentHealth is unavailable \(502\)\)/),
    ]);
    expect(r.fields.map((f: Json) => f.outcome)).toEqual(['created', 'created', 'created', 'created', 'created']);
  });

  it('one host serving every service is checked once, and the checks reach all of them', async () => {
    const stack = await stackOn('fresh', { iparams: { simpli_reply_host: 'triage.simpli.test', simpli_qa_host: 'triage.simpli.test', feature_kb_sync: false } });
    await stack.platform.fireEvent('onAppInstall');
    expect(stack.requests().filter((t) => t.endsWith('Health'))).toEqual(['simpliTriageHealth', 'simpliSentimentHealth']);
    expect(report(stack).simpli.map((s: Json) => [s.service, s.status])).toEqual([['triage', 'ok'], ['reply', 'ok'], ['sentiment', 'ok'], ['qa', 'ok'], ['kb', 'off']]);
  });

  it('Freshdesk timing out: the install finishes unverified, nothing created, the reason kept', async () => {
    const stack = await stackOn('fresh', { platform: { requestTimeoutMs: 200 } });
    stack.setFaults('freshdesk', [{ endpoint: 'GET /api/v2/ticket_fields', fault: { kind: 'latency', ms: 600 } }]);
    const run = await stack.platform.fireEvent('onAppInstall');
    expect(run.ok).toBe(true);
    const r = report(stack);
    expect(r.freshdesk).toEqual({ verified: false, reason: expect.stringMatching(/timed out/) });
    expect(lines(run, 'install: Freshdesk check failed')).toEqual([expect.stringMatching(/timed out.*; the install goes on unverified$/)]);
    expect(r.fields.map((f: Json) => f.outcome)).toEqual(['skipped', 'skipped', 'skipped', 'skipped', 'skipped']);
    expect(stack.state().ticketFields.filter((f) => String(f.label).startsWith('AI '))).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 500)); // let the fake finish the answer nobody waits for
  });
});

describe('a rejected Freshdesk key', () => {
  it('refuses the install with a short message naming the setting, and does nothing else', async () => {
    const stack = await stackOn('fresh', { iparams: { freshdesk_api_key: 'not-a-real-key' } });
    const run = await stack.platform.fireEvent('onAppInstall');
    expect(run).toMatchObject({ ok: false, failure: 'blocked' });
    const message = (run.error as { message: string }).message;
    expect(message).toMatch(/Freshdesk API key/);
    expect(message.length).toBeLessThanOrEqual(60); // renderData's install message (docs/platform.md, "Installing: app set-up events")
    expect(stack.requests()).toEqual(['freshdeskListTicketFields']);
    expect(scheduleNames(stack)).toEqual([]);
    expect(report(stack)).toMatchObject({ blocked: message, freshdesk: { verified: false } });
    expect(lines(run, 'install: Freshdesk check failed')).toEqual([expect.stringMatching(/check the Freshdesk API key setting\); the install is refused$/)]);
    expect(run.logs.join('\n')).not.toContain('not-a-real-key');
  });
});

describe('the recurring schedule', () => {
  it('fires every 5 minutes as a sweep that lists the tickets updated since its last pass and, with nothing missed, starts no pump', async () => {
    const stack = await stackOn('fresh', { iparams: { feature_kb_sync: false } });
    await stack.platform.fireEvent('onAppInstall');
    stack.clearLogs();
    const runs = await stack.platform.advance(12 * 60 * 1000); // first firing after 6 minutes, then every 5
    expect(runs.map((r) => [r.event, r.ok])).toEqual([['onScheduledEvent', true], ['onScheduledEvent', true]]);
    expect(runs[0]!.logs).toEqual([
      expect.stringMatching(/sweep: 0 tickets listed since the last pass, 0 untriaged queued$/),
      expect.stringMatching(/sweep: 0 expired runs re-queued; backlog empty$/),
    ]);
    expect(stack.requests()).toEqual(['freshdeskListTickets', 'freshdeskListTickets']);
    expect(scheduleNames(stack)).toEqual(['simpli-sweep']);
  });
});

describe('uninstall', () => {
  it('deletes the recurring schedule and the pumps by their fixed names, then the platform drops the data', async () => {
    const stack = await stackOn('fresh');
    await stack.platform.fireEvent('onAppInstall');
    stack.clock.advance(60_000);
    stack.setFaults('triage', [{ endpoint: 'POST /classify', fault: { kind: 'status', status: 503 } }]);
    stack.setFaults('sentiment', [{ endpoint: 'POST /analyze', fault: { kind: 'status', status: 503 } }]);
    await stack.createTicket(1101);
    await stack.createTicket(1102);
    await stack.platform.fireEvent('onConversationCreate', customerReply(1104, 110499, 5104, 'Still broken.'));
    // Triage and sentiment wait in the backlog, drained by the pumps (queued work starts all five).
    expect([...scheduleNames(stack)].sort()).toEqual(['simpli-pump-0', 'simpli-pump-1', 'simpli-pump-2', 'simpli-pump-3', 'simpli-pump-4', 'simpli-sweep']);

    const run = await stack.platform.uninstall();
    expect(run.ok).toBe(true);
    expect(run.renderData).toEqual({ error: undefined, data: undefined });
    expect(scheduleNames(stack)).toEqual([]);
    expect(lines(run, 'uninstall: 6 schedules deleted, 0 already gone')).toHaveLength(1);
    expect(stack.platform.db.keys()).toEqual([]);
  });

  it('a pump that has fired and not been made again is already gone: counted, not failed', async () => {
    const stack = await stackOn('fresh', { iparams: { feature_kb_sync: false } });
    await stack.platform.fireEvent('onAppInstall');
    stack.setFaults('sentiment', [{ endpoint: 'POST /analyze', fault: { kind: 'status', status: 503 }, times: 1 }]);
    await stack.platform.fireEvent('onConversationCreate', customerReply(1104, 110499, 5104, 'Still broken.'));
    await stack.platform.advance(30 * 60 * 1000); // the retry runs and succeeds: the backlog empties, the pumps stop
    expect(scheduleNames(stack)).toEqual(['simpli-sweep']);

    const run = await stack.platform.uninstall();
    expect(lines(run, 'uninstall: 1 schedule deleted, 5 already gone')).toHaveLength(1);
    expect(scheduleNames(stack)).toEqual([]);
  });

  it("never refuses: with the store's minute spent it still deletes every schedule and lets the uninstall finish", async () => {
    const stack = await stackOn('fresh');
    await stack.platform.fireEvent('onAppInstall');
    for (let i = 0; stack.platform.budgetUsage().db < 50; i += 1) await stack.platform.db.get(`filler-${i}`).catch(() => undefined);
    const run = await stack.platform.uninstall();
    expect(run.ok).toBe(true);
    expect(scheduleNames(stack)).toEqual([]);
  });
});

