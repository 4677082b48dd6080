/**
 * Issue 3's end-to-end proof: every manifest event and SMI function, fired through the local platform at the
 * BUILT server/server.js, reaches a loopback HTTP server through our real config/requests.json templates.
 */
import { ManualClock } from '../../devkit/platform/clock';
import { LocalPlatform } from '../../devkit/platform/local-platform';
import { startRecorder, type Recorder } from '../helpers/recorder';

const IPARAMS = {
  simpli_triage_host: 'triage.simpli.test',
  simpli_reply_host: 'reply.simpli.test',
  simpli_sentiment_host: 'sentiment.simpli.test',
  simpli_qa_host: 'qa.simpli.test',
  simpli_kb_host: 'kb.simpli.test',
  simpli_api_key: 'simpli-secret',
  freshdesk_subdomain: 'acme',
  freshdesk_api_key: 'fd-secret',
  __meta: { secure: ['simpli_api_key', 'freshdesk_api_key'] },
};
const HOSTS = ['triage.simpli.test', 'reply.simpli.test', 'sentiment.simpli.test', 'qa.simpli.test', 'kb.simpli.test', 'acme.freshdesk.com'];

let recorder: Recorder;
let platform: LocalPlatform;

beforeAll(async () => {
  recorder = await startRecorder();
});
afterAll(() => recorder.close());

beforeEach(() => {
  recorder.requests.length = 0;
  recorder.routes = {
    'POST /classify': { status: 200, body: { category: 'billing', urgency: 'high', sentiment: 'negative', confidence: 0.91 } },
    'POST /analyze': { status: 200, body: { score: -0.8, label: 'negative', escalation_risk: 0.3, triggers: [] } },
    'GET /api/v2/tickets/1201/conversations': {
      status: 200,
      body: [
        { id: 1, body_text: 'Sorry about that, Dana: the duplicate charge is refunded.', incoming: false, private: false },
        { id: 2, body_text: 'Thanks!', incoming: true, private: false },
      ],
    },
    'POST /evaluate': { status: 200, body: { overall_score: 0.8, dimensions: { empathy: 0.9 }, coaching_notes: [] } },
    'POST /api/v2/tickets/1201/notes': { status: 201, body: { id: 9 } },
    'GET /api/v2/ticket_fields': { status: 200, body: [] },
    'GET /api/v2/contact_fields': { status: 200, body: [] },
    'GET /api/v2/solutions/categories': { status: 200, body: [{ id: 1 }, { id: 2 }, { id: 3 }] },
    'GET /health': { status: 200, body: { status: 'ok' } },
  };
  platform = LocalPlatform.create({
    iparams: IPARAMS,
    hosts: Object.fromEntries(HOSTS.map((h) => [h, recorder.url])),
    clock: new ManualClock(),
  });
});

const basicAuth = `Basic ${Buffer.from('fd-secret').toString('base64')}`;

describe('each manifest event reaches its handler in the built server.js and calls out through a real template', () => {
  it('onTicketCreate → Simpli Triage /classify with the API key, a request id and the plain-text description', async () => {
    const run = await platform.fireEvent('onTicketCreate');
    expect(run.ok).toBe(true);
    const req = recorder.requests.find((r) => r.path === '/classify');
    expect(req).toMatchObject({ method: 'POST', host: 'triage.simpli.test' });
    expect(req?.headers['x-api-key']).toBe('simpli-secret');
    expect(req?.headers['x-request-id']).toMatch(/^fd-\d+-classify-/);
    const body = JSON.parse(req?.body ?? '{}') as { subject: string; body: string };
    expect(body.subject.length).toBeGreaterThan(0);
    expect(body.body).not.toMatch(/<[a-z]/i); // description_text, never HTML
    expect(run.logs.join('\n')).toMatch(/ticket 1201: triage/);
  });

  it('onConversationCreate → Simpli Sentiment /analyze with the contact id as a string and the reply without its quoted history', async () => {
    const run = await platform.fireEvent('onConversationCreate');
    expect(run.ok).toBe(true);
    const [req] = recorder.requests;
    expect(req).toMatchObject({ method: 'POST', host: 'sentiment.simpli.test', path: '/analyze' });
    const sent = JSON.parse(req?.body ?? '{}') as { customer_id: unknown; text: string };
    expect(typeof sent.customer_id).toBe('string');
    // The fixture is a real-shaped email reply: the customer's words, then the agent's reply in div.freshdesk_quote.
    expect(sent.text).toBe('This is the third time I am writing about this. I was charged twice and nobody has answered. If the refund is not done today I will cancel my subscription.');
    expect(run.logs.join('\n')).toMatch(/ticket 1201: sentiment of conversation 3301 done/);
  });

  it('onTicketUpdate into Resolved → Freshdesk conversations with Basic auth of the key, then QA and its note', async () => {
    const run = await platform.fireEvent('onTicketUpdate');
    expect(run.ok).toBe(true);
    const [req] = recorder.requests;
    expect(req).toMatchObject({ method: 'GET', host: 'acme.freshdesk.com', path: '/api/v2/tickets/1201/conversations' });
    expect(req?.headers.authorization).toBe(basicAuth);
    expect(recorder.requests.map((r) => `${r.method} ${r.path}`).slice(1)).toEqual(['POST /evaluate', 'POST /api/v2/tickets/1201/notes']);
    expect(run.logs.join('\n')).toMatch(/ticket 1201: QA done/);
  });

  it('onScheduledEvent → the KB sync walks the Freshdesk Solutions from the categories, 100 a page', async () => {
    const run = await platform.fireEvent('onScheduledEvent');
    expect(run.ok).toBe(true);
    const [first, second] = recorder.requests;
    expect(first).toMatchObject({ method: 'GET', host: 'acme.freshdesk.com', path: '/api/v2/solutions/categories' });
    const query = new URLSearchParams(first?.query);
    expect([query.get('page'), query.get('per_page')]).toEqual(['1', '100']);
    expect(first?.headers.authorization).toBe(basicAuth);
    // The first category's folders come next (depth first).
    expect(second?.path).toMatch(/^\/api\/v2\/solutions\/categories\/\d+\/folders$/);
    expect(run.logs.join('\n')).toMatch(/kb sync: pass 1 /);
  });

  it('onAppInstall verifies the Freshdesk key and lets the install finish', async () => {
    const run = await platform.fireEvent('onAppInstall');
    expect(run.ok).toBe(true);
    expect(run.renderData).toEqual({ error: undefined, data: undefined });
    expect(recorder.requests.map((r) => `${r.method} ${r.host} ${r.path}`)).toEqual([
      'GET acme.freshdesk.com /api/v2/ticket_fields',
      'GET acme.freshdesk.com /api/v2/contact_fields', // cached for replies' sentiment
      // The account lists no fields: the install creates the five (this recorder refuses them with 404).
      'POST acme.freshdesk.com /api/v2/admin/ticket_fields',
      'POST acme.freshdesk.com /api/v2/admin/ticket_fields',
      'POST acme.freshdesk.com /api/v2/admin/ticket_fields',
      'POST acme.freshdesk.com /api/v2/contact_fields',
      'POST acme.freshdesk.com /api/v2/contact_fields',
      // What the install's budget of 10 requests leaves: the first three Simpli hosts.
      'GET triage.simpli.test /health',
      'GET reply.simpli.test /health',
      'GET sentiment.simpli.test /health',
    ]);
    // The field templates use the proven form of Basic auth: the key alone (docs/platform.md
    // "Request templates: substitution").
    const create = recorder.requests.find((r) => r.method === 'POST');
    expect(create?.headers.authorization).toBe(`Basic ${Buffer.from('fd-secret').toString('base64')}`);
    expect(JSON.parse(create?.body ?? '{}')).toMatchObject({ label: 'AI Category', type: 'custom_dropdown' });
  });

  it('onAppInstall blocks the install with a short message when Freshdesk rejects the key', async () => {
    recorder.routes['GET /api/v2/ticket_fields'] = { status: 401, body: { code: 'invalid_credentials', message: 'You have to be logged in to perform this action.' } };
    const run = await platform.fireEvent('onAppInstall');
    expect(run.ok).toBe(false);
    expect(run.failure).toBe('blocked');
    const message = (run.error as { message: string }).message;
    expect(message).toMatch(/API key/);
    expect(message.length).toBeLessThanOrEqual(60); // docs/platform.md "Limits"
  });

  it('SMI retryTicket answers through renderData; a ticket the app never processed is processed: read from Freshdesk first', async () => {
    const answer = await platform.invokeSmi('retryTicket', { ticket_id: 1201 });
    expect(answer.response).toMatchObject({ ticket_id: 1201, retried: true, triage: { attempt: 1 } });
    expect(recorder.requests[0]).toMatchObject({ method: 'GET', path: '/api/v2/tickets/1201' });
    // The id as the page may carry it, as digits; anything else is refused with a clear answer.
    expect((await platform.invokeSmi('retryTicket', { ticket_id: '1201' })).response).toMatchObject({ ticket_id: 1201 });
    await expect(platform.invokeSmi('retryTicket', { ticket_id: '12a' })).rejects.toMatchObject({ status: 400 });
  });

  it('SMI retryTicket runs a failed triage again', async () => {
    recorder.routes['POST /classify'] = { status: 401, body: { error_code: 'AUTHENTICATION_ERROR', detail: 'Invalid or missing API key' } };
    await platform.fireEvent('onTicketCreate');
    recorder.requests.length = 0;
    recorder.routes['GET /api/v2/tickets/1201'] = { status: 404, body: {} };
    const answer = await platform.invokeSmi('retryTicket', { ticket_id: 1201 });
    expect(answer.response).toMatchObject({ ticket_id: 1201, retried: true, triage: { status: 'failed', attempt: 2 } });
    expect(recorder.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v2/tickets/1201']);
  });


  it('no secret reaches the handler logs', async () => {
    await platform.fireEvent('onTicketCreate');
    await platform.fireEvent('onConversationCreate');
    const logs = platform.runs().flatMap((r) => r.logs).join('\n');
    expect(logs).not.toMatch(/simpli-secret|fd-secret/);
  });
});

describe('a failing service is one clear log line, not a crash', () => {
  it('a Simpli 503 on classify is logged with its kind and the handler still completes', async () => {
    recorder.routes['POST /classify'] = { status: 503, body: { error_code: 'EXTERNAL_SERVICE_ERROR', detail: 'down', request_id: null } };
    const run = await platform.fireEvent('onTicketCreate');
    expect(run.ok).toBe(true);
    const lines = run.logs.filter((l) => l.includes('ticket 1201'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/triage deferred .*classify: unavailable \(simpliClassify is unavailable \(503\)\)/);
  });

  it('a host the platform cannot reach is a connection error (502), never the internet', async () => {
    platform = LocalPlatform.create({ iparams: IPARAMS, hosts: {}, clock: new ManualClock() });
    const run = await platform.fireEvent('onTicketCreate');
    expect(run.ok).toBe(true);
    expect(run.logs.join('\n')).toMatch(/unavailable.*502/);
    expect(recorder.requests).toHaveLength(0);
  });
});
