/**
 * npm start's stack in-process (devkit/simulator/start-stack.ts): the page and its API, each action changing the
 * fake Freshdesk as Freshdesk would (as the customer or as the agent) and running the app's handler through the
 * platform, the sidebar pages, the request guard, the port, and close() releasing every port. Restarts and the
 * demo's arrivals: simulator-state.test.ts.
 */
import { HOSTILE_TICKET_ID } from '../../devkit/demo';
import type { FreshdeskState } from '../../devkit/fakes/freshdesk';
import type { ActionResult, Overview } from '../../devkit/simulator/api';
import { removeDir, startTestStack, type TestStack } from './simulator/helpers';

const DANA = 5001;
let t: TestStack;

beforeAll(async () => {
  t = await startTestStack();
});
afterAll(async () => {
  await t.close();
  removeDir(t.stateDir);
});

const fdState = () => t.stack.fakes.freshdesk.state() as FreshdeskState;
const ticketInFd = (id: number) => fdState().tickets.find((x) => x.id === id);
const logOf = (name: 'triage' | 'sentiment' | 'reply' | 'qa' | 'kb') => t.stack.fakes.simpli[name].log();

async function newTicket(subject: string, text = 'It stopped heating overnight and the house is cold.'): Promise<ActionResult> {
  const res = await t.post('/sim/api/tickets', { subject, text, requesterId: DANA, priority: 2 });
  expect(res.status).toBe(200);
  return res.body;
}

describe('the page', () => {
  it('is served at / with its script and style', async () => {
    const page = await fetch(t.stack.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toContain(`frame-src ${t.stack.web.url}`);
    const html = await page.text();
    expect(html).toContain('<script src="/sim/page.js" defer></script>');
    expect(html).toContain('id="ticket-list"');
    const script = await fetch(new URL('/sim/page.js', t.stack.url));
    expect(script.status).toBe(200);
    expect(await script.text()).toContain('/sim/api/state');
    expect((await fetch(new URL('/sim/style.css', t.stack.url))).status).toBe(200);
  });

  it('polls a state with the demo tickets, their fields, contacts, budgets and the install run', async () => {
    const o = await t.overview();
    expect(o.tickets.map((x) => x.id)).toEqual(expect.arrayContaining([1001, 1011, 1028]));
    const hostile = o.tickets.find((x) => x.id === HOSTILE_TICKET_ID);
    expect(hostile?.subject).toBe('Device name <img src=x onerror=alert(1)> breaks the camera list'); // data, escaped by JSON only
    expect(hostile?.tags).toContain('<svg onload=alert(1)>');
    const closed = o.tickets.find((x) => x.id === 1028);
    expect(closed).toMatchObject({ status: 'Closed', priority: 'Low', type: 'Question', group: 'Billing' });
    expect(closed?.ai).toEqual([]); // worked before the app was installed: no AI values
    expect(closed?.tags).toEqual(['invoice']);
    expect(o.contacts.some((c) => c.id === DANA)).toBe(true);
    expect(o.budgets.map((b) => b.name)).toEqual(['Templates', 'KV store', 'SMI', 'Freshdesk API']);
    expect(o.runs.at(-1)).toMatchObject({ seq: 1, event: 'onAppInstall', ok: true });
    // The install's report, in one line of its run (the demo account has the app's five fields already).
    expect(o.runs.at(-1)?.logs).toContainEqual(expect.stringMatching(/install: Freshdesk verified; fields created 0, found 5, skipped 0; Simpli triage ok, .*; schedule created; 7 requests/));
  });

  it('shows one ticket in full: properties, the AI fields, custom fields, requester with contact fields, thread', async () => {
    const d = await t.ticket(HOSTILE_TICKET_ID);
    expect(d.properties.slice(0, 6).map((f) => f.label)).toEqual(['Status', 'Priority', 'Type', 'Group', 'Agent', 'Tags']);
    expect(d.customFields).toEqual(expect.arrayContaining([{ label: 'Order Number', value: '"><img src=x onerror=alert(2)>' }]));
    expect(d.aiFields.map((f) => f.label)).toEqual(['AI Category', 'AI Urgency', 'AI Confidence']);
    expect(d.customFields.map((f) => f.label)).not.toContain('AI Category');
    expect(d.requester?.customFields.length).toBeGreaterThan(0);
    expect(d.description).toMatchObject({ author: 'Sam Rivera', at: '2026-11-25T02:33:33Z', html: expect.stringContaining('<script>') });
    expect(d.conversations[0]).toMatchObject({ kind: 'Customer reply', incoming: true, private: false, text: expect.stringContaining('{{ticket.subject}}') });
    expect(d.agent).toEqual({ name: 'Priya Raman', email: expect.stringContaining('@') });
    expect(d.hostPageUrl).toBe(t.stack.web.hostUrl(HOSTILE_TICKET_ID));
    expect((await t.get('/sim/api/tickets/999999')).status).toBe(404);
  });

  it('marks the worked history as created before the install, and shows the newest ticket first', async () => {
    const o = await t.overview();
    expect(o.tickets.filter((x) => x.arrival === 'before-install').map((x) => x.id).sort()).toEqual([1021, 1022, 1023, 1024, 1025, 1026, 1027, 1028]);
    // Delivery is off in this stack: the open ones are still to arrive.
    expect(o.tickets.find((x) => x.id === 1001)?.arrival).toBe('arriving');
    expect(o.arrivals).toEqual({ delivered: 0, total: 20 });
    const created = o.tickets.map((x) => t.stack.desk.records.tickets.get(x.id)?.created_at ?? '');
    expect(created).toEqual([...created].sort().reverse());
  });
});

describe('the sidebar', () => {
  it("serves the app's index.html for a ticket with the client script substituted, inside the platform's ticket page", async () => {
    const d = await t.ticket(1001);
    const sidebar = await fetch(d.sidebarUrl);
    expect(sidebar.status).toBe(200);
    const html = await sidebar.text();
    expect(html).not.toContain('{{{appclient}}}');
    expect(html).toContain('/fdk/fresh_client.js');
    const host = await (await fetch(d.hostPageUrl)).text();
    expect(host).toContain('/app/index.html?ticket=1001');
  });

  it("answers client.data.get from the fake Freshdesk's live records", async () => {
    const data = async (name: string, ticket?: number) => {
      const res = await fetch(`${t.stack.web.url}/dprouter/data`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name, ...(ticket !== undefined ? { ticket } : {}) }),
      });
      return { status: res.status, body: (await res.json()) as { value?: Record<string, Record<string, unknown>> } };
    };
    const ticket = await data('ticket', 1001);
    expect(ticket.body.value?.ticket).toMatchObject({ id: 1001, subject: ticketInFd(1001)?.subject });
    const contact = await data('contact', 1001);
    expect(contact.body.value?.contact).toMatchObject({ id: ticketInFd(1001)?.requester_id });
    expect(contact.body.value?.contact).toHaveProperty('custom_fields');
    expect((await data('requester', 1001)).body.value?.requester).toEqual(contact.body.value?.contact);
    expect((await data('loggedInUser')).body.value?.loggedInUser).toMatchObject({ contact: { name: 'Priya Raman' } });
    expect((await data('currentHost')).body.value?.currentHost).toMatchObject({ endpoint_urls: { freshdesk: 'https://acme.freshdesk.com' } });
    expect((await data('ticket')).status).toBe(404);
  });
});

describe('actions', () => {
  it('new ticket: creates it in the fake Freshdesk, then onTicketCreate runs with it and calls Simpli for it', async () => {
    const subject = 'Thermostat <b>dead</b> & cold';
    const result = await newTicket(subject, 'Line one\n\n<script>alert(1)</script>');
    const id = result.ticketId as number;
    expect(id).toBeGreaterThan(1028);
    expect(result.runs).toEqual([expect.objectContaining({ event: 'onTicketCreate', ok: true })]);
    const fd = ticketInFd(id);
    expect(fd).toMatchObject({ subject, requester_id: DANA, status: 2, priority: expect.any(Number), source: 2 });
    expect(fd?.description).toBe('<div>Line one</div><div>&lt;script&gt;alert(1)&lt;/script&gt;</div>');
    expect(fd?.description_text).toBe('Line one\n\n<script>alert(1)</script>');
    // The app's own calls reached the fakes and count against the ticket (Triage's /classify by X-Request-ID).
    expect(logOf('triage').some((e) => e.path === '/classify' && e.ticketId === id)).toBe(true);
    const o = await t.overview();
    expect(o.perTicket[id]).toBeGreaterThan(0);
    expect(o.tickets[0]).toMatchObject({ id, requests: o.perTicket[id] });
  });

  it('customer reply: appends a public incoming reply, then onConversationCreate runs and Sentiment is asked', async () => {
    const { ticketId } = await newTicket('Where is my order?');
    const id = ticketId as number;
    const res = await t.post(`/sim/api/tickets/${id}/reply`, { text: 'This is unacceptable, I am furious!' });
    expect(res.status).toBe(200);
    expect(res.body.runs).toEqual([expect.objectContaining({ event: 'onConversationCreate', ok: true })]);
    const last = fdState().conversations[String(id)]?.at(-1);
    expect(last).toMatchObject({ incoming: true, private: false, source: 0, user_id: DANA, body_text: 'This is unacceptable, I am furious!' });
    expect(logOf('sentiment').some((e) => e.path === '/analyze' && e.ticketId === id)).toBe(true);
    expect((await t.ticket(id)).conversations.at(-1)).toMatchObject({ kind: 'Customer reply', author: 'Dana Whitfield' });
  });

  it("the agent's reply: a public outgoing reply by the agent, then onConversationCreate runs; Sentiment skips it", async () => {
    const { ticketId } = await newTicket('My order never came');
    const id = ticketId as number;
    const sentimentBefore = logOf('sentiment').length;
    const res = await t.post(`/sim/api/tickets/${id}/agent-reply`, { html: '<p>Sorry! A new one ships <b>today</b>.</p><img src=x onerror=alert(1)>' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ message: `Agent replied on #${id}; onConversationCreate ran`, ticketId: id });
    expect(res.body.runs).toEqual([expect.objectContaining({ event: 'onConversationCreate', ok: true })]);
    const last = fdState().conversations[String(id)]?.at(-1);
    expect(last).toMatchObject({ incoming: false, private: false, source: 0, user_id: 9001, body: '<p>Sorry! A new one ships <b>today</b>.</p>' });
    expect(logOf('sentiment').length).toBe(sentimentBefore); // an agent's words are not the customer's mood
    expect(res.body.runs[0]?.logs.join('\n')).toMatch(/agent reply/);
    expect((await t.ticket(id)).conversations.at(-1)).toMatchObject({ kind: 'Agent reply', author: 'Priya Raman', incoming: false, private: false });
  });

  it("the agent's note: a private note by the agent, then onConversationCreate runs", async () => {
    const { ticketId } = await newTicket('Question about my plan');
    const id = ticketId as number;
    const res = await t.post(`/sim/api/tickets/${id}/note`, { html: '<div>Checked billing: <i>nothing odd</i>.</div>' });
    expect(res.status).toBe(200);
    expect(res.body.message).toBe(`Private note added on #${id}; onConversationCreate ran`);
    expect(fdState().conversations[String(id)]?.at(-1)).toMatchObject({ private: true, incoming: false, source: 2, user_id: 9001, body_text: 'Checked billing: nothing odd.' });
    expect((await t.ticket(id)).conversations.at(-1)).toMatchObject({ kind: 'Private note', private: true });
  });

  it('after an agent reply, resolve gives QA a reply to score: the record has its evaluation', async () => {
    const { ticketId } = await newTicket('Thermostat stuck at 16 degrees');
    const id = ticketId as number;
    await t.post(`/sim/api/tickets/${id}/agent-reply`, { html: '<p>Hi Dana, please hold the reset button for ten seconds; it will calibrate again.</p>' });
    const res = await t.post(`/sim/api/tickets/${id}/resolve`);
    expect(res.body.runs).toEqual([expect.objectContaining({ event: 'onTicketUpdate', ok: true })]);
    expect(logOf('qa').some((e) => e.ticketId === id)).toBe(true);
    const qa = t.record(id)?.qa as { status?: string; evaluation?: { overall: number } } | undefined;
    expect(qa?.status).toBe('done');
    expect(qa?.evaluation?.overall).toEqual(expect.any(Number));
  });

  it('resolve: status 4 through the fake\'s PUT, then onTicketUpdate runs for that ticket', async () => {
    const { ticketId } = await newTicket('Please close my account');
    const id = ticketId as number;
    const before = (await t.overview()).perTicket[id] ?? 0;
    const res = await t.post(`/sim/api/tickets/${id}/resolve`);
    expect(res.status).toBe(200);
    expect(res.body.runs).toEqual([expect.objectContaining({ event: 'onTicketUpdate', ok: true })]);
    expect(ticketInFd(id)).toMatchObject({ status: 4 });
    expect((await t.overview()).perTicket[id]).toBeGreaterThan(before); // the handler read or scored the ticket
    expect((await t.post(`/sim/api/tickets/${id}/resolve`)).status).toBe(409);
    expect((await t.post('/sim/api/tickets/999999/resolve')).status).toBe(404);
  });

  it('run the scheduled job: fires the schedules that are due, then the KB sync', async () => {
    await t.stack.platform().schedule.create({ name: 'probe-retry', data: { kind: 'probe' }, schedule_at: new Date(t.clock.now() + 6 * 60_000).toISOString() });
    t.clock.advance(7 * 60_000);
    const categoriesBefore = t.stack.fakes.freshdesk.log().filter((e) => e.path === '/api/v2/solutions/categories').length;
    const res = await t.post('/sim/api/scheduled-job');
    expect(res.status).toBe(200);
    // Due after 7 minutes: the probe, the install's sweep (first firing 6 minutes after the install) and the
    // backlog's pump when earlier tests' tickets were queued (it depends on their timing); then the KB sync.
    const due = Number(/^(\d+) due schedule/.exec(res.body.message)?.[1]);
    expect([2, 3]).toContain(due);
    expect(res.body.runs.map((r) => r.event)).toEqual(Array(due + 1).fill('onScheduledEvent'));
    expect(t.stack.fakes.freshdesk.log().filter((e) => e.path === '/api/v2/solutions/categories').length).toBeGreaterThan(categoriesBefore);
  });

  it('refuses bad input with 400 and the reason', async () => {
    const bad = await t.post<{ error: string }>('/sim/api/tickets', { subject: '', text: 'x', requesterId: DANA });
    expect(bad).toEqual({ status: 400, body: { error: 'The subject must not be empty' } });
    expect((await t.post('/sim/api/tickets', { subject: 'x', text: 'x', requesterId: 1 })).status).toBe(400);
    expect((await t.post('/sim/api/tickets', { subject: 'x', text: 'x' })).status).toBe(400);
    expect((await t.post('/sim/api/tickets/1001/reply', { text: '  ' })).status).toBe(400);
    expect(await t.post('/sim/api/tickets/1001/agent-reply', { html: '<p> </p>' })).toEqual({ status: 400, body: { error: 'The reply must not be empty' } });
    expect((await t.post('/sim/api/tickets/1001/note', { text: 'not html' })).status).toBe(400);
    expect((await t.post('/sim/api/tickets/1001/archive', {})).status).toBe(404);
  });

  it('the request logs: fakes and templates, newest first, with the ticket', async () => {
    const o: Overview = await t.overview();
    expect(o.requests[0]?.at).toBeGreaterThanOrEqual(o.requests.at(-1)?.at ?? 0);
    expect(o.requests.some((r) => r.source === 'freshdesk' && r.ticketId !== undefined)).toBe(true);
    expect(o.templateCalls.some((r) => r.source === 'server' && /^simpliClassify → https:\/\/triage\.simpli\.test\//.test(r.target))).toBe(true);
  });
});

describe('the API guard', () => {
  it('takes POSTs only as JSON from its own origin, and only with its own Host', async () => {
    const url = new URL('/sim/api/scheduled-job', t.stack.url);
    const form = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(403);
    const foreign = await t.post('/sim/api/scheduled-job', {}, { Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      request({ host: '127.0.0.1', port: t.stack.port, path: '/sim/api/state', headers: { Host: 'rebound.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(403);
  });
});

describe('reset demo', () => {
  it('reseeds Freshdesk and Simpli, wipes $db and $schedule and installs again', async () => {
    const { ticketId } = await newTicket('Soon forgotten');
    const res = await t.post<{ message: string }>('/sim/api/reset');
    expect(res).toEqual({ status: 200, body: { message: 'Demo reset; onAppInstall ran' } });
    expect(ticketInFd(ticketId as number)).toBeUndefined();
    expect(logOf('triage').map((e) => e.endpoint)).toEqual(['GET /health']); // the new install's check, nothing older
    expect(t.stack.platform().runs().map((r) => r.event)).toEqual(['onAppInstall']);
    expect(t.stack.platform().schedule.list().map((x) => x.name)).toEqual(['simpli-sweep']); // the new install's
    const again = await newTicket('After the reset');
    expect(again.ticketId).toBe(1029); // the id floor was wiped with the rest
  });
});

describe('the port', () => {
  it('falls back to a free port when the one asked for is taken, unless it must be that one', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as { port: number }).port;
    try {
      await expect(startTestStack({ port: taken, strictPort: true })).rejects.toMatchObject({ code: 'EADDRINUSE' });
      const fallback = await startTestStack({ port: taken });
      expect(fallback.stack.port).not.toBe(taken);
      await fallback.close();
      removeDir(fallback.stateDir);
    } finally {
      blocker.close();
    }
  });
});

describe('the schedule pump', () => {
  it('fires due schedules in the background, so deferred work retries by itself', async () => {
    const pumped = await startTestStack({ pumpIntervalMs: 20 });
    try {
      const platform = pumped.stack.platform();
      await platform.schedule.create({ name: 'probe-later', data: { kind: 'probe' }, schedule_at: new Date(pumped.clock.now() + 6 * 60_000).toISOString() });
      pumped.clock.advance(7 * 60_000);
      const start = Date.now();
      // Due: the probe and the install's hourly sweep (first firing 6 minutes after the install).
      while (platform.runs().filter((r) => r.event === 'onScheduledEvent').length < 2 && Date.now() - start < 3000) await new Promise((r) => setTimeout(r, 20));
      expect(platform.runs().map((r) => r.event)).toEqual(['onAppInstall', 'onScheduledEvent', 'onScheduledEvent']);
      // The recurring sweep stays; the probe's data is the KB sync's, whose open pass keeps the pumps going.
      expect(platform.schedule.list().map((x) => x.name)).toEqual(expect.arrayContaining(['simpli-sweep']));
      expect(platform.schedule.list().map((x) => x.name)).not.toContain('probe-later');
    } finally {
      await pumped.close();
      removeDir(pumped.stateDir);
    }
  });
});
