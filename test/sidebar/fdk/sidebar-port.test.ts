/**
 * The SidebarPort over a stand-in FDK client: the calls it makes (names, shapes, how many), how platform
 * rejections become SidebarErrors, and the activation latch.
 */
import type { FdkClient } from '../../../app/src/fdk/client';
import { createSidebarPort } from '../../../app/src/fdk/sidebar-port';
import { SidebarError } from '../../../app/src/port';

type Call = [string, ...unknown[]];

function fakeClient(over: Partial<{ db: Partial<FdkClient['db']>; request: Partial<FdkClient['request']>; trigger: FdkClient['interface']['trigger'] }> = {}) {
  const calls: Call[] = [];
  const events = new Map<string, (e: unknown) => void>();
  const client: FdkClient = {
    data: {
      get: async (name) => {
        calls.push(['data', name]);
        if (name === 'ticket') return { ticket: { id: 42, subject: 's', description_text: 'd', requester_id: 7 } };
        if (name === 'group') return { group: { id: 3, name: 'Billing' } };
        return { contact: { name: 'Dana' } };
      },
    },
    iparams: { get: async () => (calls.push(['iparams']), { feature_qa: false }) },
    db: {
      get: over.db?.get ?? (async (key) => (calls.push(['db.get', key]), { v: 1, triage: { status: 'done', done: [], errors: {}, requests: 5, attempt: 1 } })),
      update: over.db?.update ?? (async (...args) => (calls.push(['db.update', ...args]), { Updated: true })),
    },
    request: {
      invokeTemplate:
        over.request?.invokeTemplate ??
        (async (name, args) => {
          calls.push(['template', name, args]);
          if (name === 'simpliCustomerSentiment') return { status: 200, response: '{"customer_id":"7","current_score":0.0,"trend":"stable","timeline":[]}' };
          if (name === 'simpliSidebarDraft') return { status: 200, response: '{"draft_id":"d1","draft":"Hi","confidence":0.9,"language":"en"}' };
          return { status: 200, response: '{"status":"recorded"}' };
        }),
      invoke:
        over.request?.invoke ??
        (async (name, payload) => {
          calls.push(['smi', name, payload]);
          const job = { done: [], errors: {}, requests: 2, attempt: 1 };
          const sentiment = { ...job, status: 'processing' };
          return { requestID: 'r', response: { ticket_id: 42, retried: true, triage: { ...job, status: 'done', done: ['classify'], requests: 6, attempt: 2 }, sentiment, qa: null } };
        }),
    },
    interface: { trigger: over.trigger ?? (async (action, options) => (calls.push(['interface', action, options]), { success: true })) },
    instance: { resize: (size) => calls.push(['resize', size]) },
    events: { on: (name, cb) => void events.set(name, cb) },
  };
  return { client, calls, fire: (name: string) => events.get(name)?.({}) };
}

describe('reads', () => {
  it('reads the record once from `ticket:<id>`, and a missing record as "not processed"', async () => {
    const { client, calls } = fakeClient();
    const port = createSidebarPort(client);
    expect((await port.record(42))?.triage?.requests).toBe(5);
    expect(calls).toEqual([['db.get', 'ticket:42']]);
    const missing = createSidebarPort(fakeClient({ db: { get: () => Promise.reject({ status: 404, message: 'Record not found' }) } }).client);
    await expect(missing.record(42)).resolves.toBeUndefined();
  });

  it('turns platform rejections into SidebarErrors by status', async () => {
    const limited = createSidebarPort(fakeClient({ db: { get: () => Promise.reject({ status: 429, message: 'x' }) } }).client);
    await expect(limited.record(1)).rejects.toMatchObject({ kind: 'rate_limited' });
    const down = createSidebarPort(fakeClient({ request: { invokeTemplate: () => Promise.reject({ status: 502, response: 'Error in establishing connection', errorSource: 'PLATFORM' }) } }).client);
    await expect(down.customerSentiment(7)).rejects.toMatchObject({ kind: 'unavailable' });
    const slow = createSidebarPort(fakeClient({ request: { invokeTemplate: () => Promise.reject({ status: 504 }) } }).client);
    await expect(slow.draft({ ticketId: 1, message: 'm', style: 's', language: 'en' })).rejects.toBeInstanceOf(SidebarError);
    const html = createSidebarPort(fakeClient({ request: { invokeTemplate: async () => ({ status: 200, response: '<html>' }) } }).client);
    await expect(html.customerSentiment(7)).rejects.toMatchObject({ kind: 'invalid' });
  });

  // front-end templates, docs/platform.md "Request templates: substitution"
  it('asks for the customer history with the requester id in context only', async () => {
    const { client, calls } = fakeClient();
    await createSidebarPort(client).customerSentiment(7);
    expect(calls).toEqual([['template', 'simpliCustomerSentiment', { context: { customer_id: '7' } }]]);
  });

  it('reads ticket, contact, group and settings for free', async () => {
    const { client, calls } = fakeClient();
    const port = createSidebarPort(client);
    expect(await port.ticket()).toMatchObject({ id: 42, requesterId: 7 });
    expect(await port.contact()).toEqual({ name: 'Dana' });
    expect(await port.group()).toBe('Billing');
    expect((await port.settings()).feature_qa).toBe(false);
    expect(calls).toEqual([['data', 'ticket'], ['data', 'contact'], ['data', 'group'], ['iparams']]);
  });

  it('reads a ticket without a group, or no group data object, as no group', async () => {
    const none = fakeClient();
    none.client.data.get = async () => ({ group: null });
    expect(await createSidebarPort(none.client).group()).toBeUndefined();
    const refused = fakeClient();
    refused.client.data.get = () => Promise.reject({ status: 404, message: 'not available' });
    expect(await createSidebarPort(refused.client).group()).toBeUndefined();
  });
});

describe('actions', () => {
  it('drafts through the sidebar template with the Reply body (docs/simpli.md "Reply")', async () => {
    const { client, calls } = fakeClient();
    const draft = await createSidebarPort(client).draft({ ticketId: 42, message: 'x'.repeat(30_000), style: 'formal', language: 'de' });
    expect(draft).toEqual({ id: 'd1', text: 'Hi', confidence: 0.9, language: 'en', style: 'formal' });
    const [, name, args] = calls[0] as [string, string, { body: string }];
    expect(name).toBe('simpliSidebarDraft');
    const body = JSON.parse(args.body) as { ticket_id: string; conversation: Array<{ role: string; content: string }>; style: string; language: string };
    expect(body).toMatchObject({ ticket_id: '42', style: 'formal', language: 'de' });
    expect(body.conversation[0]?.role).toBe('customer');
    expect(body.conversation[0]?.content).toHaveLength(20_000);
  });

  it('keeps a regenerated draft beside the server attributes, and sends feedback as Reply documents it', async () => {
    const { client, calls } = fakeClient();
    const port = createSidebarPort(client);
    await port.saveDraft(42, { id: 'd1', text: 'Hi' });
    await port.sendFeedback({ draftId: 'd1', accepted: false, editedText: 'Better' });
    expect(calls[0]).toEqual(['db.update', 'ticket:42', 'set', { sidebarDraft: { id: 'd1', text: 'Hi' } }]);
    expect(calls[1]).toEqual(['template', 'simpliDraftFeedback', { body: '{"draft_id":"d1","accepted":false,"edited_text":"Better"}' }]);
  });

  it('retries through the SMI and reads the state of each job it answers', async () => {
    const { client, calls } = fakeClient();
    const outcome = await createSidebarPort(client).retryTicket(42);
    expect(calls).toEqual([['smi', 'retryTicket', { ticket_id: 42 }]]);
    expect(outcome.retried).toBe(true);
    expect(outcome.triage?.status).toBe('done');
    expect(outcome.sentiment?.status).toBe('processing');
    expect(outcome).not.toHaveProperty('qa');
  });

  it('inserts into the reply editor, opening it first when the insert is refused', async () => {
    const { client, calls } = fakeClient();
    await createSidebarPort(client).insertIntoReply('<p>x</p>');
    expect(calls).toEqual([['interface', 'setValue', { id: 'editor', text: '<p>x</p>' }]]);

    let open = false;
    const closed = fakeClient({
      trigger: async (action, options) => {
        closed.calls.push(['interface', action, options]);
        if (action === 'click') open = true;
        if (action === 'setValue' && !open) throw { status: 400, message: 'no editor' };
        return { success: true };
      },
    });
    await createSidebarPort(closed.client).insertIntoReply('<p>x</p>');
    expect(closed.calls.map((c) => c[1])).toEqual(['setValue', 'click', 'setValue']);
  });

  it('never asks for more than 700 px (docs/platform.md "Front end: bootstrapping and the frame")', () => {
    const { client, calls } = fakeClient();
    const port = createSidebarPort(client);
    port.resize(1200);
    port.resize(321.4);
    expect(calls).toEqual([['resize', { height: '700px' }], ['resize', { height: '322px' }]]);
  });
});

describe('events (docs/platform.md "Front end: events the ticket sidebar receives")', () => {
  it('registers the events the sidebar reacts to as soon as it is made', () => {
    const { client } = fakeClient();
    const names: string[] = [];
    client.events.on = (name) => void names.push(name);
    createSidebarPort(client);
    expect(names).toEqual(['app.activated', 'app.deactivated', 'ticket.propertiesUpdated']);
  });

  it('tells a listener that joins while the app is open that it is open (the first view and the React app each join late)', async () => {
    const { client, fire } = fakeClient();
    const port = createSidebarPort(client);
    fire('app.activated');
    const first: string[] = [];
    const second: string[] = [];
    port.onEvent((name) => first.push(name));
    await Promise.resolve();
    port.onEvent((name) => second.push(name));
    await Promise.resolve();
    expect([first, second]).toEqual([['app.activated'], ['app.activated']]);
    fire('app.activated');
    expect([first, second]).toEqual([['app.activated', 'app.activated'], ['app.activated', 'app.activated']]);
    // Closed: a listener joining now hears nothing until the next opening.
    fire('app.deactivated');
    const third: string[] = [];
    port.onEvent((name) => third.push(name));
    await Promise.resolve();
    expect(third).toEqual([]);
  });

  it('hands on the other events by name, and forgets a listener that left', () => {
    const { client, fire } = fakeClient();
    const port = createSidebarPort(client);
    fire('ticket.propertiesUpdated'); // nobody listening: not replayed
    const heard: string[] = [];
    const leave = port.onEvent((name) => heard.push(name));
    fire('ticket.propertiesUpdated');
    fire('app.deactivated');
    leave();
    fire('ticket.propertiesUpdated');
    expect(heard).toEqual(['ticket.propertiesUpdated', 'app.deactivated']);
  });
});

describe('the first opening’s calls, made ahead (boot.ts)', () => {
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('reads the ticket at once, spends nothing before the agent opens the app, and the other free calls follow the record', async () => {
    const { client, calls, fire } = fakeClient();
    const port = createSidebarPort(client, { prefetch: true });
    await settle();
    expect(calls).toEqual([['data', 'ticket']]);
    fire('app.activated');
    await settle();
    expect(calls).toEqual([['data', 'ticket'], ['db.get', 'ticket:42'], ['iparams'], ['data', 'contact'], ['data', 'group']]);
    // Their first use takes those answers; a later one calls again.
    await Promise.all([port.settings(), port.contact(), port.group()]);
    expect(calls).toHaveLength(5);
    await port.contact();
    expect(calls).toHaveLength(6);
  });

  it('reads the record when the app is opened, and the first record() takes that read', async () => {
    const { client, calls, fire } = fakeClient();
    const port = createSidebarPort(client, { prefetch: true });
    fire('app.activated');
    await settle();
    expect(calls.filter((c) => c[0] === 'db.get')).toEqual([['db.get', 'ticket:42']]);
    expect(await port.ticket()).toMatchObject({ id: 42 });
    expect((await port.record(42))?.triage?.requests).toBe(5);
    expect(calls.filter((c) => c[0] === 'db.get' || (c[0] === 'data' && c[1] === 'ticket'))).toHaveLength(2); // one each
    await port.record(42);
    expect(calls.filter((c) => c[0] === 'db.get')).toHaveLength(2); // later reads are fresh
  });

  it('without prefetch, calls only when asked', async () => {
    const { client, calls, fire } = fakeClient();
    const port = createSidebarPort(client);
    fire('app.activated');
    await settle();
    expect(calls).toEqual([]);
    await port.record(42);
    expect(calls).toEqual([['db.get', 'ticket:42']]);
  });
});
