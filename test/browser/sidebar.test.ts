/**
 * The built sidebar in Debian's headless chromium (playwright-core), on the local platform's ticket page, against
 * the fakes with the demo data: a processed ticket, Insert into reply, Regenerate and feedback, a deferred and a
 * failed ticket (and Retry), hostile and Unicode strings. Screenshots land in docs/images/ for the README.
 * No chromium is a failure with the command to install it, never a skip.
 */
import { join } from 'node:path';
import { textToHtml } from '../../server/domain/html';
import { HOSTILE_TICKET_ID, UNICODE_TICKET_ID } from '../../devkit/demo';
import { closeInstalledStage, startInstalledStage } from './support/installed-stage';
import { APP_DIR, platformOps, type Chromium, type SidebarStage } from '../../devkit/bench/sidebar-stage';
import { eventually, openSidebar, settled } from './support/open-sidebar';
import { resolve, seedSentiment } from './support/seed';

jest.setTimeout(120_000);

const shot = (name: string) => join(APP_DIR, 'docs/images', `sidebar-${name}.png`);

let stage: SidebarStage;
let browser: Chromium;

type Stored = {
  triage?: { status?: string; draft?: { text: string; id?: string }; classification?: unknown };
  sidebarDraft?: { text: string; id?: string; language?: string; style?: string };
  sentiment?: { status?: string; result?: { triggers: string[] } };
  qa?: { status?: string; evaluation?: { coachingNotes: string[] } };
};
const stored = (ticketId: number) => stage.stack.platform.db.peek(`ticket:${ticketId}`) as Stored | undefined;

/** A fresh minute for the platform's per-minute budgets, so a figure counts one action only. */
const freshMinute = () => stage.stack.clock.advance(61_000);

beforeAll(async () => ({ browser, stage } = await startInstalledStage()));
afterAll(() => closeInstalledStage(browser, stage));

describe('a processed ticket', () => {
  beforeAll(async () => {
    const run = await stage.stack.createTicket(1001);
    expect(run.ok).toBe(true);
    expect(stored(1001)?.triage?.status).toBe('done');
    await seedSentiment(stage.stack, 1001);
    await resolve(stage.stack, 1001);
    expect([stored(1001)?.sentiment?.status, stored(1001)?.qa?.status]).toEqual(['done', 'done']);
  });

  it('opens with classification, routing, draft, sentiment and QA for 2 platform operations', async () => {
    freshMinute();
    const before = platformOps(stage.stack);
    const { page, sidebar, incidents } = await openSidebar(browser, stage, 1001, { alone: true });
    expect(platformOps(stage.stack) - before).toBe(2);

    const text = await sidebar.locator('main').innerText();
    expect(text).toContain('Classification');
    expect(text).toContain('Billing');
    expect(await sidebar.locator('[data-field="priority"]').getAttribute('data-applied')).toBe('true');
    expect(await sidebar.locator('[data-field="priority"] fw-label').getAttribute('value')).toBe('Applied');
    expect(text).toContain('Medium urgency billing issue routed to team queue');
    expect(text).toContain(stored(1001)?.triage?.draft?.text.split('\n')[0] ?? '???');
    expect(text).toMatch(/\d+ requests to Simpli and Freshdesk so far \(triage 5, latest reply \d+, QA \d+\)\./);
    expect(text).toContain('Getting worse across Dana Whitfield’s tickets.');
    const triggers = stored(1001)?.sentiment?.result?.triggers ?? [];
    expect(triggers.length).toBeGreaterThan(0);
    for (const word of triggers) expect(text).toContain(word);
    expect(text).toContain('Coaching notes'.toUpperCase());
    for (const note of stored(1001)?.qa?.evaluation?.coachingNotes ?? []) expect(text).toContain(note);
    // Real Crayons components, upgraded by their custom-element definitions.
    expect(await sidebar.locator('fw-button[data-action="insert"]').evaluate((el) => el.shadowRoot !== null)).toBe(true);
    expect(await sidebar.locator('fw-label').first().evaluate((el) => customElements.get(el.localName) !== undefined)).toBe(true);
    expect(incidents).toEqual([]);
    await page.screenshot({ path: shot('processed'), fullPage: true });
    await page.close();
  });

  it('inserts the draft into the reply editor as safe HTML', async () => {
    stage.web.clearInterfaceLog();
    const { page, sidebar } = await openSidebar(browser, stage, 1001);
    await sidebar.locator('fw-button[data-action="insert"]').click();
    const expected = textToHtml(stored(1001)?.triage?.draft?.text ?? '');
    await eventually(() => stage.web.editorText(1001), (t) => t === expected);
    const inserts = stage.web.interfaceLog().filter((e) => e.action === 'setValue');
    expect(inserts).toEqual([expect.objectContaining({ ticketId: 1001, outcome: 'resolved', options: { id: 'editor', text: expected } })]);
    await eventually(() => stage.web.interfaceLog().filter((e) => e.action === 'showNotify'), (n) => n.length === 1);
    expect(await page.locator('#reply-editor').inputValue()).toBe(expected);
    await page.screenshot({ path: shot('insert') });
    await page.close();
  });

  it('regenerates in another style and language for 2 operations, keeps it, and sends feedback', async () => {
    const { page, sidebar } = await openSidebar(browser, stage, 1001);
    await sidebar.locator('select[name="style"]').selectOption('formal');
    await sidebar.locator('select[name="language"]').selectOption('de');
    freshMinute();
    const before = platformOps(stage.stack);
    await sidebar.locator('fw-button[data-action="regenerate"]').click();
    await sidebar.locator('[data-section="draft"] fw-label[value="Regenerated"]').waitFor();
    expect(platformOps(stage.stack) - before).toBe(2);
    const kept = stored(1001)?.sidebarDraft;
    expect(kept).toMatchObject({ language: 'de', style: 'formal' });
    expect(kept?.text).toContain('Sehr geehrte');
    expect(await sidebar.locator('.sb-draft').innerText()).toContain('Sehr geehrte');
    expect(stored(1001)?.triage?.status).toBe('done'); // the server's attributes are untouched

    await sidebar.locator('fw-button[data-action="feedback-accepted"]').click();
    await sidebar.locator('.sb-thanks').waitFor();
    const reply = stage.stack.fakes.simpli.reply.state() as { drafts: Array<{ draft_id: string; feedback: unknown[] }> };
    expect(reply.drafts.find((d) => d.draft_id === kept?.id)?.feedback).toEqual([{ accepted: true, edited_text: null }]);
    await page.close();

    // Opened again, the agent's regenerated draft is what the sidebar shows.
    const again = await openSidebar(browser, stage, 1001);
    expect(await again.sidebar.locator('.sb-draft').innerText()).toContain('Sehr geehrte');
    await again.page.close();
  });
});

describe('processing states', () => {
  afterEach(() => stage.stack.setFaults('triage', []));

  it('shows a deferred ticket: when it retries and why', async () => {
    stage.stack.setFaults('triage', [{ endpoint: '*', fault: { kind: 'status', status: 503 } }]);
    await stage.stack.createTicket(1003);
    stage.stack.setFaults('triage', []);
    expect(stored(1003)?.triage?.status).toBe('deferred');
    const { page, sidebar } = await openSidebar(browser, stage, 1003, { alone: true, platformTime: stage.stack.clock.now() });
    const processing = await sidebar.locator('[data-section="processing"]').innerText();
    expect(await sidebar.locator('[data-section="processing"] fw-label').getAttribute('value')).toBe('Retrying');
    expect(processing).toMatch(/Retries automatically at \d{1,2}:\d{2}( [AP]M)? \(in \d+ min\)\./);
    expect(processing).toContain('Simpli Triage did not answer while classifying the ticket.');
    expect(await sidebar.locator('[data-section="classification"]').innerText()).toContain('Not classified yet');
    await page.screenshot({ path: shot('deferred'), fullPage: true });
    await page.close();
  });

  it('shows a failed ticket with its reason, and Retry finishes it through the SMI', async () => {
    stage.stack.setFaults('triage', [{ endpoint: '*', fault: { kind: 'reject_key' } }]);
    await stage.stack.createTicket(1004);
    stage.stack.setFaults('triage', []);
    expect(stored(1004)?.triage?.status).toBe('failed');
    const { page, sidebar } = await openSidebar(browser, stage, 1004, { alone: true });
    const processing = sidebar.locator('[data-section="processing"]');
    expect(await processing.innerText()).toContain('Simpli Triage refused the app’s API key while classifying the ticket.');
    await page.screenshot({ path: shot('failed'), fullPage: true });

    const smiBefore = stage.stack.platform.budgetUsage().smi;
    await sidebar.locator('fw-button[data-action="retry"]').click();
    await processing.locator('fw-label[value="Done"]').waitFor();
    expect(stage.stack.platform.budgetUsage().smi - smiBefore).toBe(1);
    expect(stored(1004)?.triage?.status).toBe('done');
    expect(await sidebar.locator('[data-section="classification"]').innerText()).toContain('Confidence');
    await page.close();
  });
});

describe('hostile and Unicode strings', () => {
  const XSS = '<img src=x onerror="window.__xss=1;alert(1)"><script>window.__xss=2;alert(2)</script>';

  it('renders hostile AI and customer text as text, and inserts it escaped', async () => {
    await stage.stack.createTicket(HOSTILE_TICKET_ID);
    // What a compromised or confused service could answer, in every attribute the sidebar shows.
    await stage.stack.platform.db.update(`ticket:${HOSTILE_TICKET_ID}`, 'set', {
      'triage.routing': { team: '<svg onload=alert(3)>', agent: '<b>x</b>', reason: XSS },
      'triage.draft': { id: 'drf_hostile', text: `Hello ${XSS}\n\n{{ticket.subject}} \${7*7} javascript:alert(4)`, confidence: 0.5, language: 'en', style: 'friendly' },
    });
    await seedSentiment(stage.stack, HOSTILE_TICKET_ID);
    await stage.stack.platform.db.update(`ticket:${HOSTILE_TICKET_ID}`, 'set', { 'sentiment.result.triggers': [XSS, '<iframe src=javascript:alert(5)>'] });

    stage.web.clearInterfaceLog();
    const { page, sidebar, incidents } = await openSidebar(browser, stage, HOSTILE_TICKET_ID);
    const main = sidebar.locator('main');
    expect(await main.evaluate((el) => el.querySelectorAll('img, script, svg, iframe, b').length)).toBe(0);
    const text = await main.innerText();
    expect(text).toContain('<img src=x onerror="window.__xss=1;alert(1)">');
    expect(text).toContain('<iframe src=javascript:alert(5)>');
    expect(text).toContain('{{ticket.subject}}');

    await sidebar.locator('fw-button[data-action="insert"]').click();
    await eventually(() => stage.web.editorText(HOSTILE_TICKET_ID), (t) => t.includes('&lt;script&gt;'));
    expect(stage.web.editorText(HOSTILE_TICKET_ID)).not.toMatch(/<(img|script|svg|iframe)/i);
    expect(incidents).toEqual([]);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(await main.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    await page.screenshot({ path: shot('hostile') });
    await page.close();
  });

  it('keeps Unicode intact from the record to the screen', async () => {
    await stage.stack.createTicket(UNICODE_TICKET_ID);
    const draft = stored(UNICODE_TICKET_ID)?.triage?.draft?.text;
    expect(draft).toBeDefined();
    const { sidebar, page } = await openSidebar(browser, stage, UNICODE_TICKET_ID);
    expect(await sidebar.locator('.sb-draft').evaluate((el) => el.textContent)).toBe(draft);
    await settled(sidebar);
    await page.close();
  });
});
