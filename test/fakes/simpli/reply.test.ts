/** The Reply fake (docs/simpli.md "Reply"): /api/v1/draft, /api/v1/feedback, /api/v1/styles. */
import { startSimpli, stopSimpli, type SimpliFakes } from '../../../devkit/fakes/simpli';
import { client, get, postJson } from './helpers';

let fakes: SimpliFakes;
beforeAll(async () => {
  fakes = await startSimpli();
});
afterAll(() => stopSimpli(fakes));
beforeEach(() => fakes.reply.reset());

const http = () => client(fakes.reply.url);
type Draft = { draft_id: string; draft: string; confidence: number; suggested_template: string | null; language: string };

const CONVERSATION = [
  { role: 'customer', content: 'My parcel has not arrived. Order #123 was due Monday.' },
  { role: 'agent', content: 'Let me check that for you.' },
  { role: 'customer', content: 'I was charged twice for my subscription! Please fix this.' },
];

async function draft(body: Record<string, unknown>): Promise<Draft> {
  const res = await postJson(http(), '/api/v1/draft', { ticket_id: '42', conversation: CONVERSATION, ...body });
  expect(res.status).toBe(200);
  return res.json as Draft;
}

describe('POST /api/v1/draft', () => {
  it('answers with the documented fields, in order', async () => {
    const res = await postJson(http(), '/api/v1/draft', { ticket_id: '42', conversation: CONVERSATION, style: 'friendly', language: 'en' });
    expect(res.text).toMatch(/^\{"draft_id":"drf_[0-9a-f]{16}","draft":".+","confidence":0\.\d+,"suggested_template":"billing_charge_correction","language":"en"\}$/s);
  });

  it("answers the customer's LAST message (billing), not the first (shipping)", async () => {
    const d = await draft({ style: 'friendly', language: 'en' });
    expect(d.draft).toBe(
      'Hi there,\n\n' +
        'Thanks for reaching out about your billing. You wrote: "I was charged twice for my subscription!"\n\n' +
        'I have checked your account and will correct any wrong charge; you will see the adjustment on your next invoice.\n\n' +
        'Cheers,\nThe Support Team',
    );
    expect(d.suggested_template).toBe('billing_charge_correction');
  });

  it('honours the style', async () => {
    const friendly = await draft({ style: 'friendly' });
    const formal = await draft({ style: 'formal' });
    const concise = await draft({ style: 'concise' });
    const empathetic = await draft({ style: 'empathetic' });
    expect(formal.draft.startsWith('Dear customer,')).toBe(true);
    expect(formal.draft.endsWith('Kind regards,\nThe Support Team')).toBe(true);
    expect(concise.draft.length).toBeLessThan(friendly.draft.length);
    expect(empathetic.draft).toContain("I'm really sorry");
    expect(new Set([friendly, formal, concise, empathetic].map((d) => d.draft_id)).size).toBe(4);
  });

  it('style defaults to friendly and language to en', async () => {
    const res = await postJson(http(), '/api/v1/draft', { ticket_id: '42', conversation: CONVERSATION });
    expect(res.json).toEqual(await draft({ style: 'friendly', language: 'en' }));
  });

  it('writes German for "de" (and "de-AT")', async () => {
    const de = await draft({ language: 'de' });
    expect(de.language).toBe('de');
    expect(de.draft).toContain('Hallo,\n\ndanke für Ihre Nachricht zum Thema Rechnung.');
    expect((await draft({ language: 'de-AT' })).language).toBe('de');
  });

  it('falls back to English for a language it cannot write, and says so in `language`', async () => {
    const ja = await draft({ language: 'ja' });
    expect(ja.language).toBe('en');
    expect(ja.draft.startsWith('Hi there,')).toBe(true);
  });

  it('is deterministic (same draft, same draft_id) and depends on the input', async () => {
    const a = await draft({});
    const b = await draft({});
    expect(b).toEqual(a);
    const other = await draft({ conversation: [{ role: 'customer', content: 'I cannot log in, my password reset link is broken.' }] });
    expect(other.draft_id).not.toBe(a.draft_id);
    expect(other.suggested_template).toBe('account_password_reset');
  });

  it('a question it cannot place gets no template and less confidence', async () => {
    const vague = await draft({ conversation: [{ role: 'customer', content: 'Hello?' }] });
    expect(vague.suggested_template).toBeNull();
    expect(vague.confidence).toBeLessThan((await draft({})).confidence);
    expect(vague.confidence).toBeGreaterThan(0);
  });

  it("quotes the customer's words verbatim (HTML included): escaping is the app's job", async () => {
    const d = await draft({ conversation: [{ role: 'customer', content: '<b>Refund</b> please.' }] });
    expect(d.draft).toContain('"<b>Refund</b> please."');
  });

  it.each([
    [{ conversation: [] }, 'body -> conversation', 'List should have at least 1 item after validation, not 0'],
    [{ conversation: [{ role: 'user', content: 'hi' }] }, 'body -> conversation -> 0 -> role', "Input should be 'customer', 'agent' or 'system'"],
    [{ conversation: [{ role: 'customer', content: '' }] }, 'body -> conversation -> 0 -> content', 'String should have at least 1 character'],
    [{ conversation: ['hi'] }, 'body -> conversation -> 0', 'Input should be a valid dictionary or instance of ChatMessage'],
    [{ style: 'pirate' }, 'body -> style', "Input should be 'friendly', 'formal', 'concise' or 'empathetic'"],
    [{ ticket_id: 42 }, 'body -> ticket_id', 'Input should be a valid string'],
  ])('validates %j', async (override, field, message) => {
    const res = await postJson(http(), '/api/v1/draft', { ticket_id: '42', conversation: CONVERSATION, ...override });
    expect(res.status).toBe(422);
    expect((res.json as { errors: unknown }).errors).toEqual([{ field, message }]);
  });

  // docs/simpli.md "Where the sources disagree", item 5
  it("rejects the service client's {messages, context} body", async () => {
    const res = await postJson(http(), '/api/v1/draft', { messages: CONVERSATION, context: '' });
    expect((res.json as { errors: unknown }).errors).toEqual([
      { field: 'body -> ticket_id', message: 'Field required' },
      { field: 'body -> conversation', message: 'Field required' },
    ]);
  });
});

describe('POST /api/v1/feedback', () => {
  it('is stored by draft_id', async () => {
    const d = await draft({});
    const res = await postJson(http(), '/api/v1/feedback', { draft_id: d.draft_id, accepted: false, edited_text: 'Edited.' });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ draft_id: d.draft_id, status: 'recorded', feedback_count: 1 });
    const stored = fakes.reply.service.state().drafts.find((x) => x.draft_id === d.draft_id);
    expect(stored).toMatchObject({ ticket_id: '42', style: 'friendly', feedback: [{ accepted: false, edited_text: 'Edited.' }] });
  });

  it("an unknown draft_id is core's 404 NOT_FOUND", async () => {
    const res = await postJson(http(), '/api/v1/feedback', { draft_id: 'drf_0000000000000000', accepted: true }, { 'X-Request-ID': 'r-1' });
    expect(res.status).toBe(404);
    expect(res.text).toBe('{"error_code":"NOT_FOUND","detail":"Draft drf_0000000000000000 not found","request_id":"r-1"}');
    expect(res.headers['x-request-id']).toBe('r-1');
  });

  it('validates accepted as a boolean', async () => {
    const res = await postJson(http(), '/api/v1/feedback', { draft_id: 'x', accepted: 'maybe' });
    expect((res.json as { errors: unknown }).errors).toEqual([
      { field: 'body -> accepted', message: 'Input should be a valid boolean, unable to interpret input' },
    ]);
  });
});

it('GET /api/v1/styles lists the style profiles', async () => {
  const res = await get(http(), '/api/v1/styles');
  const body = res.json as { styles: Array<{ name: string }>; default: string; languages: string[] };
  expect(body.styles.map((s) => s.name)).toEqual(['friendly', 'formal', 'concise', 'empathetic']);
  expect(body.default).toBe('friendly');
  expect(body.languages).toEqual(['en', 'de']);
});
