/**
 * Issue 10, item 2: configuration problems stop before customer text leaves. If Freshdesk cannot be written
 * (the key refused, now or a few minutes ago; the subdomain not a host name), triage and sentiment send nothing to
 * Simpli and say which setting to fix; a host the platform refuses names its setting with the platform's reason.
 */
import { startStack, type Stack } from '../helpers/stack';
import { customerReply, fireReply, ticketRecord, type Json } from './support/sentiment-qa';

const HOLD_MS = 10 * 60_000;
const KEY_REFUSED = 'Freshdesk rejected the API key (401): check the Freshdesk API key setting';

let stack: Stack;
afterEach(() => stack?.close());

const triage = (s: Stack, id: number): Json => ticketRecord(s, id).triage as Json;
const simpliCalls = (s: Stack) => s.fakeLog().filter((e) => e.service !== 'freshdesk');
const freshdeskCalls = (s: Stack) => s.fakes.freshdesk.log().map((e) => `${e.endpoint} ${e.status}`);
const linesOf = (s: Stack, id: number) => s.platform.runs().flatMap((r) => r.logs).filter((l) => l.includes(`ticket ${id}: triage`));

async function installed(iparams: Record<string, unknown> = {}): Promise<Stack> {
  const s = await startStack({ iparams });
  expect((await s.platform.fireEvent('onAppInstall')).ok).toBe(true); // caches the ticket schema
  s.clearLogs();
  return s;
}

describe('a Freshdesk key that Freshdesk refuses', () => {
  it('with no cached schema: the GET /ticket_fields goes first, every step fails for good naming the setting, Simpli hears nothing', async () => {
    stack = await startStack({ iparams: { freshdesk_api_key: 'not-the-key' } }); // no install: nothing cached
    const run = await stack.createTicket(1001);
    expect(run.ok).toBe(true);

    expect(freshdeskCalls(stack)).toEqual(['GET /api/v2/ticket_fields 401']);
    expect(simpliCalls(stack)).toEqual([]);
    const record = triage(stack, 1001);
    expect(record.status).toBe('failed');
    for (const step of ['classify', 'draft', 'route', 'update', 'note']) {
      expect([step, record.errors[step]]).toEqual([step, { kind: 'freshdesk_key_rejected', message: `${KEY_REFUSED}; nothing was sent to Simpli`, retryable: false }]);
    }
    expect(record.requests).toBe(1);
    expect(stack.notes(1001)).toHaveLength(0);
    const lines = linesOf(stack, 1001);
    expect(lines).toHaveLength(1); // one clear line, naming the setting
    expect(lines[0]).toMatch(/triage failed .*check the Freshdesk API key setting/);
    expect(lines[0]).not.toContain('not-the-key');
  });

  it('refused on a write: the next tickets stop before Simpli for 10 minutes, then Freshdesk is asked again', async () => {
    stack = await installed();
    stack.setFaults('freshdesk', [{ endpoint: 'PUT /api/v2/tickets/:id', fault: { kind: 'reject_key' }, times: 1 }]);
    await stack.createTicket(1001);
    expect(triage(stack, 1001).errors.update).toMatchObject({ kind: 'unauthorized', message: KEY_REFUSED, retryable: false });
    // Remembered beside both caches the next runs read anyway.
    expect(stack.platform.db.peek('schema:ticket-fields')).toMatchObject({ freshdeskRefused: { status: 401, message: KEY_REFUSED } });
    expect(stack.platform.db.peek('schema:contact-fields')).toMatchObject({ freshdeskRefused: { status: 401 } });

    stack.clearLogs();
    stack.clock.advance(HOLD_MS - 60_000);
    await stack.createTicket(1002);
    expect(simpliCalls(stack)).toEqual([]);
    expect(freshdeskCalls(stack)).toEqual([]);
    const held = triage(stack, 1002);
    expect(held).toMatchObject({ status: 'failed', requests: 0, done: [] });
    expect(held.errors.classify).toEqual({
      kind: 'freshdesk_key_rejected',
      message: `${KEY_REFUSED}; nothing was sent to Simpli (Freshdesk is asked again 10 minutes after its refusal, or on Retry)`,
      retryable: false,
    });

    // A customer reply in the hold is not analyzed either: no /analyze, the contact untouched.
    const grace = stack.state().contacts.find((c) => c.id === 5009)?.custom_fields;
    await fireReply(stack, 1009, 100935);
    expect(simpliCalls(stack)).toEqual([]);
    expect(ticketRecord(stack, 1009).sentiment).toMatchObject({ status: 'failed', errors: { analyze: { kind: 'freshdesk_key_rejected', retryable: false } } });
    expect(stack.state().contacts.find((c) => c.id === 5009)?.custom_fields).toEqual(grace);

    // Past the hold, the next ticket re-reads /ticket_fields (which re-verifies the key) and runs as normal.
    stack.clearLogs();
    stack.clock.advance(2 * 60_000);
    await stack.createTicket(1003);
    const [first, ...writes] = freshdeskCalls(stack);
    expect(first).toBe('GET /api/v2/ticket_fields 200');
    expect(writes.sort()).toEqual(['POST /api/v2/tickets/:id/notes 201', 'PUT /api/v2/tickets/:id 200']);
    expect(triage(stack, 1003)).toMatchObject({ status: 'done', errors: {} });
    expect(stack.platform.db.peek('schema:ticket-fields')).not.toHaveProperty('freshdeskRefused');
  });

  it("an agent's Retry asks Freshdesk again at once, even in the hold, and finishes the ticket", async () => {
    stack = await installed();
    stack.setFaults('freshdesk', [{ endpoint: 'PUT /api/v2/tickets/:id', fault: { kind: 'reject_key' }, times: 1 }]);
    await stack.createTicket(1001);
    await stack.createTicket(1002); // held back
    expect(triage(stack, 1002).status).toBe('failed');

    const answer = await stack.platform.invokeSmi('retryTicket', { ticket_id: 1002 });
    expect(answer.response).toMatchObject({ retried: true, triage: { status: 'done' } });
    expect(stack.notes(1002)).toHaveLength(1);
    const again = await stack.platform.invokeSmi('retryTicket', { ticket_id: 1001 });
    expect(again.response).toMatchObject({ retried: true, triage: { status: 'done' } });
  });

  it('a 403 on a contact update (a permission the key lacks) fails that step but holds nothing else back', async () => {
    stack = await installed();
    stack.setFaults('freshdesk', [{ endpoint: 'PUT /api/v2/contacts/:id', fault: { kind: 'status', status: 403, body: { code: 'access_denied', message: 'You are not authorized to perform this action.' } }, times: 1 }]);
    await fireReply(stack, 1009, 100904);
    expect(ticketRecord(stack, 1009).sentiment).toMatchObject({
      errors: { contact: { kind: 'unauthorized', message: expect.stringMatching(/403 access_denied\): the agent whose key is in the Freshdesk API key setting lacks the permission/), retryable: false } },
    });
    expect(stack.platform.db.peek('schema:ticket-fields')).not.toHaveProperty('freshdeskRefused');
    await stack.createTicket(1001);
    expect(triage(stack, 1001)).toMatchObject({ status: 'done' });
  });
});

describe('a setting that is not a host name', () => {
  it.each([
    ['an IP address', '10.0.0.7', 'Invalid URL - IP is disallowed'],
    ['no dot', 'triage', 'Invalid URL - Must be FQDN'],
    ['a URL', 'https://triage.simpli.test', 'Invalid URL - Must be FQDN'],
  ])("simpli_triage_host as %s: the platform's reason and the setting reach the one log line", async (_what, host, reason) => {
    stack = await installed({ simpli_triage_host: host });
    const run = await stack.createTicket(1001);
    expect(run.ok).toBe(true);
    const record = triage(stack, 1001);
    expect(record.errors.classify).toEqual({
      kind: 'not_configured',
      message: `the platform refused to send simpliClassify ("${reason}"): check the Simpli Triage service host setting (simpli_triage_host)`,
      retryable: false,
    });
    expect(record.done).toEqual(expect.arrayContaining(['draft', 'note'])); // the draft does not need Triage
    const lines = run.logs.filter((l) => l.includes('ticket 1001: triage'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(reason);
    expect(lines[0]).toContain('simpli_triage_host');
    expect(stack.fakeLog().filter((e) => e.service === 'simpli-triage')).toEqual([]);
  });

  it('a Freshdesk subdomain that makes no host name stops triage before Simpli, with the reason and the setting', async () => {
    stack = await startStack({ iparams: { freshdesk_subdomain: 'acme support' } });
    const run = await stack.createTicket(1001);
    const record = triage(stack, 1001);
    expect(record.status).toBe('failed');
    expect(record.errors.classify).toMatchObject({ kind: 'not_configured', retryable: false });
    expect(record.errors.classify.message).toMatch(/Invalid URL - Must be FQDN.*Freshdesk subdomain setting \(freshdesk_subdomain\).*nothing was sent to Simpli/);
    expect(simpliCalls(stack)).toEqual([]);
    expect(run.logs.filter((l) => l.includes('ticket 1001: triage'))).toEqual([expect.stringContaining('freshdesk_subdomain')]);
  });

  it('sentiment: a Sentiment host the platform refuses names simpli_sentiment_host', async () => {
    stack = await installed({ simpli_sentiment_host: '192.168.1.20' });
    const requester = stack.ticket(1001).requester_id as number;
    const run = await stack.platform.fireEvent('onConversationCreate', customerReply(1001, 777002, requester, 'This is terrible.'));
    expect(ticketRecord(stack, 1001).sentiment).toMatchObject({
      status: 'failed',
      errors: { analyze: { kind: 'not_configured', message: expect.stringContaining('"Invalid URL - IP is disallowed"): check the Simpli Sentiment service host setting (simpli_sentiment_host)') } },
    });
    expect(run.logs.filter((l) => l.includes('simpli_sentiment_host'))).toHaveLength(1);
  });
});

