/**
 * The demo data (devkit/demo): internally consistent for both accounts, rich enough for every feature
 * (triage, sentiment moods, a paginated thread, hostile and Unicode text, a KB with a subfolder), the fresh
 * account without the AI fields, installation settings that pass the installation page's checks, and a fake
 * Freshdesk seeded with it answers over HTTP.
 */
import axios, { type AxiosInstance } from 'axios';
import {
  AI_TICKET_FIELD_NAMES,
  ARTICLE_WITH_DRAFT_ID,
  DEMO_ADMIN_API_KEY,
  DEMO_AGENT_API_KEY,
  DEMO_HOSTS,
  DEMO_SEEDED_AT,
  DEMO_SIMPLI_API_KEY,
  DEMO_TEAM_GROUPS,
  DEMO_TICKET_PROFILES,
  demoAccount,
  demoHostMap,
  demoIparams,
  FRESH_ADMIN_API_KEY,
  freshAccount,
  freshIparams,
  HOSTILE_TICKET_ID,
  LONG_THREAD_TICKET_ID,
  SENTIMENT_CONTACT_FIELD_NAMES,
  SUBFOLDER_ID,
  TICKET_TYPES,
  UNICODE_TICKET_ID,
  type DemoUrls,
} from '../../devkit/demo';
import type { FreshdeskAccount, SeedArticle, SeedFolder, SeedTicket } from '../../devkit/fakes/freshdesk/account';
import { createFreshdeskFake } from '../../devkit/fakes/freshdesk';
import { htmlToText, snakeName } from '../../devkit/fakes/freshdesk/text';
import { startFake, type RunningFake } from '../../devkit/fakes/kit';
import { analyzeSentiment } from '../../devkit/fakes/simpli/sentiment/analyze-text';
import { CATEGORIES } from '../../devkit/fakes/simpli/triage/taxonomy';
import { mapToLocal } from '../../devkit/platform/request/build-url';
import { SECURE_SETTING_KEYS, SETTING_DEFAULTS, SETTINGS_TABLE, settingDefinition } from '../../server/contracts/settings-table';
import { checkSettings } from '../../server/domain/settings/check-settings';

const normalise = (s: string) => s.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

function folderTree(a: FreshdeskAccount): Array<{ folder: SeedFolder; parent: number | null }> {
  const out: Array<{ folder: SeedFolder; parent: number | null }> = [];
  const walk = (f: SeedFolder, parent: number | null) => {
    out.push({ folder: f, parent });
    for (const s of f.subfolders ?? []) walk(s, f.id);
  };
  for (const c of a.solutions) for (const f of c.folders) walk(f, null);
  return out;
}

const articlesOf = (a: FreshdeskAccount): SeedArticle[] => folderTree(a).flatMap(({ folder }) => folder.articles ?? []);

function expectUnique(label: string, ids: readonly number[]): void {
  const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
  expect({ label, dupes }).toEqual({ label, dupes: [] });
}

/** Every rule a real account would enforce on its own data, for any seed. */
function checkConsistency(a: FreshdeskAccount): void {
  const contacts = new Map(a.contacts.map((c) => [c.id, c]));
  const agents = new Map(a.agents.map((g) => [g.id, g]));
  const groups = new Set(a.groups.map((g) => g.id));
  const companies = new Set((a.companies ?? []).map((c) => c.id));
  const emailConfigs = new Set((a.emailConfigs ?? []).map((c) => c.id));
  const statuses = new Set([2, 3, 4, 5, ...(a.customStatuses ?? []).map((s) => s.id)]);
  const ticketFields = new Map(a.ticketFields.map((f) => [f.name, f]));
  const contactFields = new Map(a.contactFields.map((f) => [f.name, f]));
  const seeded = Date.parse(a.seededAt ?? '2024-05-01T09:00:00Z');

  expectUnique('tickets', a.tickets.map((t) => t.id));
  expectUnique('contacts', a.contacts.map((c) => c.id));
  expectUnique('agents', a.agents.map((g) => g.id));
  expectUnique('groups', a.groups.map((g) => g.id));
  expectUnique('fields', [...a.ticketFields, ...a.contactFields].map((f) => f.id ?? -1));
  expectUnique('conversations', a.tickets.flatMap((t) => (t.conversations ?? []).map((c) => c.id)));
  expectUnique('categories', a.solutions.map((c) => c.id));
  expectUnique('folders', folderTree(a).map(({ folder }) => folder.id));
  expectUnique('articles', articlesOf(a).map((x) => x.id));
  const emails = a.contacts.flatMap((c) => (c.email ? [c.email.toLowerCase()] : []));
  expect(new Set(emails).size).toBe(emails.length);

  expect(a.apiKeys.some((k) => k.admin)).toBe(true);
  expect(a.apiKeys.some((k) => !k.admin)).toBe(true);
  for (const k of a.apiKeys) expect(agents.has(k.agent_id)).toBe(true);
  for (const g of a.agents) for (const id of g.group_ids ?? []) expect(groups.has(id)).toBe(true);
  for (const g of a.groups) if (g.escalate_to != null) expect(agents.has(g.escalate_to)).toBe(true);

  // Names as Freshdesk generates them from labels (docs/platform.md "fdk validate"; contact fields drop the cf_,
  // docs/platform.md "Front end: bootstrapping and the frame").
  for (const f of a.ticketFields) expect(f.name).toBe(`cf_${snakeName(f.label)}`);
  for (const f of a.contactFields) expect(f.name).toBe(snakeName(f.label));
  for (const f of [...a.ticketFields, ...a.contactFields]) expect(f.type === 'custom_dropdown').toBe((f.choices?.length ?? 0) > 0);

  const validValue = (f: { type: string; choices?: string[] } | undefined, v: unknown): boolean => {
    if (!f) return false;
    if (v === null) return true;
    switch (f.type) {
      case 'custom_dropdown':
        return typeof v === 'string' && (f.choices ?? []).includes(v);
      case 'custom_text':
        return typeof v === 'string' && v.length <= 255;
      case 'custom_checkbox':
        return typeof v === 'boolean';
      case 'custom_number':
        return Number.isInteger(v);
      default:
        return true;
    }
  };

  for (const c of a.contacts) {
    for (const [k, v] of Object.entries(c.custom_fields ?? {})) expect({ contact: c.id, k, ok: validValue(contactFields.get(k), v) }).toEqual({ contact: c.id, k, ok: true });
    if (c.company_id != null) expect(companies.has(c.company_id)).toBe(true);
  }

  for (const t of a.tickets) {
    const where = `ticket ${t.id}`;
    const requester = contacts.get(t.requester_id);
    expect({ where, requester: requester !== undefined }).toEqual({ where, requester: true });
    expect(statuses.has(t.status ?? 2)).toBe(true);
    expect([1, 2, 3, 4]).toContain(t.priority ?? 1);
    expect([1, 2, 3, 7, 9, 10]).toContain(t.source ?? 1);
    if (t.type != null) expect(a.ticketTypes).toContain(t.type);
    if (t.group_id != null) expect(groups.has(t.group_id)).toBe(true);
    if (t.responder_id != null) {
      const agent = agents.get(t.responder_id);
      expect(agent).toBeDefined();
      if (t.group_id != null) expect({ where, member: agent?.group_ids?.includes(t.group_id) }).toEqual({ where, member: true });
    }
    if (t.company_id != null) expect({ where, company: t.company_id }).toEqual({ where, company: requester?.company_id });
    if (t.email_config_id != null) expect(emailConfigs.has(t.email_config_id)).toBe(true);
    for (const [k, v] of Object.entries(t.custom_fields ?? {})) expect({ where, k, v, ok: validValue(ticketFields.get(k), v) }).toEqual({ where, k, v, ok: true });
    const tags = t.tags ?? [];
    for (const tag of tags) {
      expect(tag.length).toBeLessThanOrEqual(32);
      expect(tag).not.toContain(',');
      expect(tag.trim()).toBe(tag);
    }
    expect(new Set(tags.map((x) => x.toLowerCase())).size).toBe(tags.length);
    expect(t.subject.length).toBeLessThanOrEqual(255);

    const created = Date.parse(t.created_at ?? '');
    expect(created).toBeLessThanOrEqual(seeded);
    let previous = created;
    for (const c of t.conversations ?? []) {
      const at = Date.parse(c.created_at ?? '');
      expect({ where, conv: c.id, ordered: at >= previous, beforeSeed: at <= seeded }).toEqual({ where, conv: c.id, ordered: true, beforeSeed: true });
      previous = at;
      if (c.incoming) expect({ where, conv: c.id, author: c.user_id }).toEqual({ where, conv: c.id, author: t.requester_id });
      else expect({ where, conv: c.id, agent: agents.has(c.user_id) }).toEqual({ where, conv: c.id, agent: true });
      expect(c.incoming && c.private).toBeFalsy();
    }
    expect(Date.parse(t.updated_at ?? t.created_at ?? '')).toBe(previous);
  }

  for (const art of articlesOf(a)) {
    expect([1, 2]).toContain(art.status ?? 2);
    expect([1, 2]).toContain(art.type ?? 1);
    if (art.agent_id !== undefined) expect(agents.has(art.agent_id)).toBe(true);
    expect(htmlToText(art.description).length).toBeGreaterThan(40);
  }
}

/** The customer's latest words: the last incoming conversation, else the description (plain text). */
function latestCustomerText(t: SeedTicket): string {
  const last = (t.conversations ?? []).filter((c) => c.incoming).at(-1);
  return htmlToText(last ? last.body : t.description);
}

describe('demoAccount()', () => {
  const a = demoAccount();
  const byId = (id: number): SeedTicket => {
    const t = a.tickets.find((x) => x.id === id);
    if (!t) throw new Error(`no ticket ${id}`);
    return t;
  };

  it('is internally consistent', () => {
    checkConsistency(a);
  });

  it('is acme.freshdesk.com on Pro, with an admin and a non-admin key', () => {
    expect(a.domain).toBe('acme');
    expect(a.rateLimitPerMinute).toBe(400);
    expect(a.apiKeys.find((k) => k.key === DEMO_ADMIN_API_KEY)?.admin).toBe(true);
    expect(a.apiKeys.find((k) => k.key === DEMO_AGENT_API_KEY)?.admin).toBe(false);
    expect(a.seededAt).toBe(DEMO_SEEDED_AT);
  });

  it('returns a fresh copy on every call', () => {
    const b = demoAccount();
    b.tickets.length = 0;
    (b.ticketFields[0] as { label: string }).label = 'changed';
    expect(demoAccount().tickets.length).toBe(a.tickets.length);
    expect(demoAccount().ticketFields[0]?.label).not.toBe('changed');
  });

  it('has the ticket types, of which some but not all Triage categories are one', () => {
    expect(a.ticketTypes).toEqual(TICKET_TYPES);
    expect(a.ticketTypes).toEqual(expect.arrayContaining(['Question', 'Incident', 'Problem', 'Feature Request', 'Billing', 'Refund']));
    const matching = CATEGORIES.filter((c) => a.ticketTypes.some((t) => normalise(t) === normalise(c)));
    expect(matching.length).toBeGreaterThan(0);
    expect(matching.length).toBeLessThan(CATEGORIES.length);
  });

  it('has the AI ticket fields the Simpli Freshdesk guide asks for, and an ordinary custom field', () => {
    const field = (name: string) => a.ticketFields.find((f) => f.name === name);
    expect(field('cf_ai_category')?.type).toBe('custom_dropdown');
    expect(field('cf_ai_urgency')).toMatchObject({ type: 'custom_dropdown', choices: ['low', 'medium', 'high', 'critical'] });
    expect(field('cf_ai_confidence')?.type).toBe('custom_text');
    expect(field('cf_order_number')?.type).toBe('custom_text');
    const choices = field('cf_ai_category')?.choices ?? [];
    const covered = CATEGORIES.filter((c) => choices.some((x) => normalise(x) === normalise(c)));
    expect(covered.length / CATEGORIES.length).toBeGreaterThanOrEqual(0.8);
    expect(choices.some((x) => normalise(x) === 'general')).toBe(false); // the fallback finds no choice
  });

  it('has the sentiment contact fields', () => {
    expect(a.contactFields.find((f) => f.name === 'sentiment_score')).toMatchObject({ type: 'custom_dropdown', choices: ['positive', 'neutral', 'negative'] });
    expect(a.contactFields.find((f) => f.name === 'escalation_risk')?.type).toBe('custom_text');
  });

  it('has groups, agents and 10+ contacts, mostly English with some German, French and Spanish', () => {
    expect(a.groups.map((g) => g.name)).toEqual(expect.arrayContaining(['Billing', 'Technical Support', 'Accounts', 'Shipping', 'Escalations']));
    expect(a.agents.length).toBeGreaterThanOrEqual(5);
    expect(a.contacts.length).toBeGreaterThanOrEqual(10);
    const langs = a.contacts.map((c) => c.language ?? 'en');
    expect(langs.filter((l) => l === 'en').length).toBeGreaterThan(langs.length / 2);
    for (const l of ['de', 'fr', 'es']) expect(langs).toContain(l);
  });

  it('uses readable id ranges', () => {
    for (const t of a.tickets) expect(t.id).toBeGreaterThanOrEqual(1001);
    for (const c of a.contacts) expect(c.id).toBeGreaterThanOrEqual(5001);
    for (const g of a.agents) expect(g.id).toBeGreaterThanOrEqual(9001);
    for (const g of a.groups) expect(g.id).toBeGreaterThanOrEqual(2001);
  });

  it('has 20+ tickets, mostly open, across priorities, sources, categories and statuses', () => {
    expect(a.tickets.length).toBeGreaterThanOrEqual(20);
    const status = (s: number) => a.tickets.filter((t) => (t.status ?? 2) === s).length;
    expect(status(2)).toBeGreaterThan(a.tickets.length / 2);
    for (const s of [3, 4, 5]) expect(status(s)).toBeGreaterThan(0);
    expect(new Set(a.tickets.map((t) => t.priority ?? 1)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(a.tickets.map((t) => t.source ?? 1))).toEqual(new Set([1, 2, 3, 7, 9]));
    // Untouched new tickets for triage: no type, no group, Freshdesk's default priority.
    const fresh = a.tickets.filter((t) => (t.status ?? 2) === 2 && t.type == null && t.group_id == null && (t.priority ?? 1) === 1);
    expect(fresh.length).toBeGreaterThanOrEqual(10);
    expect(a.tickets.filter((t) => (t.tags ?? []).length > 0).length).toBeGreaterThanOrEqual(5);
    expect(new Set(Object.values(DEMO_TICKET_PROFILES).map((p) => p.category))).toEqual(new Set<string>([...CATEGORIES, 'general']));
  });

  it('gives every ticket a profile whose mood is what keyword Sentiment says of the latest customer words', () => {
    expect(Object.keys(DEMO_TICKET_PROFILES).map(Number).sort()).toEqual(a.tickets.map((t) => t.id));
    for (const t of a.tickets) {
      const profile = DEMO_TICKET_PROFILES[t.id];
      const s = analyzeSentiment(latestCustomerText(t), '3.12');
      const mood = s.label === 'negative' ? 'angry' : s.label === 'positive' ? 'happy' : 'neutral';
      expect({ ticket: t.id, mood, escalates: s.escalation_risk >= 0.5 }).toEqual({ ticket: t.id, mood: profile?.mood, escalates: profile?.escalates });
    }
    const moods = Object.values(DEMO_TICKET_PROFILES).map((p) => p.mood);
    for (const m of ['angry', 'neutral', 'happy'] as const) expect(moods.filter((x) => x === m).length).toBeGreaterThanOrEqual(3);
    expect(Object.values(DEMO_TICKET_PROFILES).filter((p) => p.escalates).length).toBeGreaterThanOrEqual(3);
  });

  it('has conversations of every kind, and one thread longer than a page', () => {
    const all = a.tickets.flatMap((t) => t.conversations ?? []);
    expect(all.some((c) => c.incoming)).toBe(true);
    expect(all.some((c) => !c.incoming && !c.private)).toBe(true);
    expect(all.some((c) => c.private)).toBe(true);
    const long = a.tickets.filter((t) => (t.conversations ?? []).length > 30);
    expect(long.map((t) => t.id)).toEqual([LONG_THREAD_TICKET_ID]);
    expect(byId(LONG_THREAD_TICKET_ID).conversations).toHaveLength(35);
  });

  it('has a ticket with hostile HTML in its subject, description, text, tag and custom field', () => {
    const t = byId(HOSTILE_TICKET_ID);
    expect(t.subject).toMatch(/<img [^>]*onerror=/);
    expect(t.description).toContain('<script>');
    expect(t.description).toMatch(/<img [^>]*onerror=/);
    expect(htmlToText(t.description)).toContain("<script>alert('pwned')</script>");
    expect(t.tags?.some((x) => x.includes('<svg'))).toBe(true);
    expect(String(t.custom_fields?.cf_order_number)).toContain('onerror');
  });

  it('has a ticket with non-ASCII text, emoji and a decomposed accent', () => {
    const t = byId(UNICODE_TICKET_ID);
    const text = `${t.subject} ${t.description}`;
    expect([...text].some((ch) => (ch.codePointAt(0) ?? 0) > 0xffff)).toBe(true); // astral emoji
    expect(text).toMatch(/[äöüß]/);
    expect(text).toContain('\u200d'); // ZWJ family emoji
    expect(text).toContain('e\u0308');
    expect(text).toMatch(/\p{Script=Han}|\p{Script=Katakana}/u);
  });

  it('has a knowledge base of 3 categories, a subfolder, 30+ published articles and some drafts', () => {
    expect(a.solutions).toHaveLength(3);
    const tree = folderTree(a);
    expect(tree.filter((f) => f.parent !== null).map((f) => f.folder.id)).toEqual([SUBFOLDER_ID]);
    const arts = articlesOf(a);
    expect(arts.filter((x) => (x.status ?? 2) === 2).length).toBeGreaterThanOrEqual(30);
    expect(arts.filter((x) => x.status === 1).length).toBeGreaterThanOrEqual(2);
    expect(arts.find((x) => x.id === ARTICLE_WITH_DRAFT_ID)?.draft).toBeDefined();
    for (const c of a.solutions) expect(c.folders.length).toBeGreaterThan(0);
  });
});

describe('freshAccount()', () => {
  const f = freshAccount();

  it('is internally consistent', () => {
    checkConsistency(f);
  });

  it('is another account, without the AI ticket fields and the sentiment contact fields', () => {
    expect(f.domain).toBe('globex');
    expect(f.domain).not.toBe(demoAccount().domain);
    for (const name of AI_TICKET_FIELD_NAMES) expect(f.ticketFields.map((x) => x.name)).not.toContain(name);
    for (const name of SENTIMENT_CONTACT_FIELD_NAMES) expect(f.contactFields.map((x) => x.name)).not.toContain(name);
    expect(f.ticketFields.some((x) => /ai/i.test(x.label))).toBe(false);
    expect(f.apiKeys.find((k) => k.key === FRESH_ADMIN_API_KEY)?.admin).toBe(true);
    expect(f.tickets.length).toBeGreaterThan(0);
  });
});

describe('demo installation settings', () => {
  it.each([
    ['demoIparams', demoIparams()],
    ['freshIparams', freshIparams()],
  ])('%s is what the installation page stores: every setting valid, every default kept, the API keys in __meta.secure', (_name, ip) => {
    const { __meta, ...values } = ip as Record<string, unknown>;
    expect(__meta).toEqual({ secure: [...SECURE_SETTING_KEYS] });
    for (const key of Object.keys(values)) expect({ key, known: settingDefinition(key) !== undefined }).toEqual({ key, known: true });
    for (const [key, d] of Object.entries(SETTING_DEFAULTS)) expect({ key, v: values[key] }).toEqual({ key, v: d });
    const form = Object.fromEntries(SETTINGS_TABLE.map((r) => [r.key, typeof values[r.key] === 'boolean' ? (values[r.key] as boolean) : String(values[r.key] ?? '')]));
    const check = checkSettings({ values: form, storedSecrets: new Set(), confirmed: {} });
    expect({ problems: check.problems, questions: check.questions }).toEqual({ problems: {}, questions: {} });
    for (const key of SETTINGS_TABLE.map((r) => r.key).filter((k) => k.startsWith('feature_'))) expect({ key, v: values[key] }).toEqual({ key, v: true });
  });

  it("maps the fake Triage's teams to groups that exist in the demo account", () => {
    const groups = demoAccount().groups;
    const lines = DEMO_TEAM_GROUPS.split('\n').map((l) => l.split('=').map((x) => x.trim()));
    expect(lines.length).toBeGreaterThan(0);
    for (const [team, target] of lines) {
      expect(team).toBeTruthy();
      const found = groups.find((g) => g.name === target || String(g.id) === target);
      expect({ team, target, found: found !== undefined }).toEqual({ team, target, found: true });
    }
    expect(demoIparams().triage_team_groups).toBe(DEMO_TEAM_GROUPS);
  });

  it('points the app at the demo hosts with the demo keys', () => {
    expect(demoIparams()).toMatchObject({
      simpli_triage_host: 'triage.simpli.test',
      simpli_reply_host: 'reply.simpli.test',
      simpli_sentiment_host: 'sentiment.simpli.test',
      simpli_qa_host: 'qa.simpli.test',
      simpli_kb_host: 'kb.simpli.test',
      simpli_api_key: DEMO_SIMPLI_API_KEY,
      freshdesk_subdomain: 'acme',
      freshdesk_api_key: DEMO_ADMIN_API_KEY,
    });
    expect(`${demoIparams().freshdesk_subdomain}.freshdesk.com`).toBe(DEMO_HOSTS.freshdesk);
  });

  it('maps every demo host to its fake, as the platform resolves them', () => {
    const urls: DemoUrls = {
      triage: 'http://127.0.0.1:41001',
      reply: 'http://127.0.0.1:41002/',
      sentiment: 'http://127.0.0.1:41003',
      qa: 'http://127.0.0.1:41004',
      kb: 'http://127.0.0.1:41005',
      freshdesk: 'http://127.0.0.1:41006',
    };
    const map = demoHostMap(urls);
    expect(Object.keys(map).sort()).toEqual(Object.values(DEMO_HOSTS).sort());
    expect(map['reply.simpli.test']).toBe('http://127.0.0.1:41002');
    expect(mapToLocal(new URL('https://acme.freshdesk.com/api/v2/tickets/1001?include=requester'), map)?.href).toBe('http://127.0.0.1:41006/api/v2/tickets/1001?include=requester');
    expect(mapToLocal(new URL('https://triage.simpli.test/classify'), map)?.href).toBe('http://127.0.0.1:41001/classify');
    expect(demoHostMap(urls, { 'globex.freshdesk.com': 'http://127.0.0.1:41007' })['globex.freshdesk.com']).toBe('http://127.0.0.1:41007');
    expect(() => demoHostMap({ ...urls, kb: 'kb.simpli.test' })).toThrow(/base URL/);
  });
});

describe('the fake Freshdesk seeded with the demo data', () => {
  let acme: RunningFake;
  let globex: RunningFake;
  const at = Date.parse(DEMO_SEEDED_AT) + 30_000;
  const as = (fake: RunningFake, key: string): AxiosInstance =>
    axios.create({ baseURL: fake.url, auth: { username: key, password: 'X' }, validateStatus: () => true });

  beforeAll(async () => {
    acme = await startFake(createFreshdeskFake(demoAccount(), { clock: { now: () => at } }));
    globex = await startFake(createFreshdeskFake(freshAccount(), { clock: { now: () => at } }));
  });
  afterAll(async () => {
    await acme?.close();
    await globex?.close();
  });

  it('serves ticket 1001 with every custom field and its requester', async () => {
    const res = await as(acme, DEMO_ADMIN_API_KEY).get('/api/v2/tickets/1001?include=requester');
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({
      id: 1001,
      subject: 'Charged twice for my November Acme Plus renewal',
      status: 2,
      priority: 1,
      type: null,
      requester: { id: 5001, name: 'Dana Whitfield' },
      custom_fields: { cf_order_number: 'INV-2291', cf_ai_category: null, cf_ai_urgency: null, cf_ai_confidence: null, cf_device: null },
    });
    expect(res.data.description_text).toContain('unacceptable');
  });

  it('serves the ticket fields: the types and the AI fields', async () => {
    const res = await as(acme, DEMO_AGENT_API_KEY).get('/api/v2/ticket_fields');
    expect(res.status).toBe(200);
    const fields = res.data as Array<{ name: string; type: string; choices?: unknown }>;
    expect(fields.find((f) => f.name === 'ticket_type')?.choices).toEqual(TICKET_TYPES);
    expect(fields.find((f) => f.name === 'cf_ai_urgency')).toMatchObject({ type: 'custom_dropdown', choices: ['low', 'medium', 'high', 'critical'] });
    expect(fields.find((f) => f.name === 'cf_ai_confidence')?.type).toBe('custom_text');
  });

  it('pages the long thread: 30, then 5 without a next link', async () => {
    const api = as(acme, DEMO_ADMIN_API_KEY);
    const first = await api.get(`/api/v2/tickets/${LONG_THREAD_TICKET_ID}/conversations`);
    expect(first.status).toBe(200);
    expect(first.data).toHaveLength(30);
    expect(first.headers.link).toContain('page=2');
    const second = await api.get(`/api/v2/tickets/${LONG_THREAD_TICKET_ID}/conversations?page=2`);
    expect(second.data).toHaveLength(5);
    expect(second.headers.link).toBeUndefined();
  });

  it('returns hostile text verbatim (escaping is the reader’s job)', async () => {
    const res = await as(acme, DEMO_ADMIN_API_KEY).get(`/api/v2/tickets/${HOSTILE_TICKET_ID}`);
    expect(res.data.subject).toBe('Device name <img src=x onerror=alert(1)> breaks the camera list');
    const uni = await as(acme, DEMO_ADMIN_API_KEY).get(`/api/v2/tickets/${UNICODE_TICKET_ID}`);
    expect(uni.data.subject).toContain('😡📷');
  });

  it('walks the knowledge base down to the subfolder, with drafts served as drafts', async () => {
    const api = as(acme, DEMO_ADMIN_API_KEY);
    const cats = await api.get('/api/v2/solutions/categories');
    expect((cats.data as unknown[]).length).toBe(3);
    const subs = await api.get('/api/v2/solutions/folders/3101/subfolders');
    expect((subs.data as Array<{ id: number }>).map((f) => f.id)).toEqual([SUBFOLDER_ID]);
    const draft = await api.get(`/api/v2/solutions/articles/${ARTICLE_WITH_DRAFT_ID}`);
    const published = await api.get(`/api/v2/solutions/articles/${ARTICLE_WITH_DRAFT_ID}?prefer_published=true`);
    expect(draft.data.title).toContain('firmware 4.2');
    expect(published.data.title).toBe('Device shows "Offline" in the app');
  });

  it('refuses the non-admin key on the admin API', async () => {
    expect((await as(acme, DEMO_AGENT_API_KEY).get('/api/v2/admin/ticket_fields')).status).toBe(403);
    expect((await as(acme, DEMO_ADMIN_API_KEY).get('/api/v2/admin/ticket_fields')).status).toBe(200);
  });

  it('serves the fresh account without the AI fields', async () => {
    const api = as(globex, FRESH_ADMIN_API_KEY);
    const tf = (await api.get('/api/v2/ticket_fields')).data as Array<{ name: string }>;
    const cf = (await api.get('/api/v2/contact_fields')).data as Array<{ name: string }>;
    expect(tf.map((f) => f.name)).not.toEqual(expect.arrayContaining(['cf_ai_category']));
    expect(tf.map((f) => f.name)).toContain('cf_category');
    expect(cf.map((f) => f.name)).not.toContain('sentiment_score');
    expect((await api.get('/api/v2/tickets/1101')).status).toBe(200);
    expect((await as(globex, DEMO_ADMIN_API_KEY).get('/api/v2/tickets/1101')).status).toBe(401);
  });
});
