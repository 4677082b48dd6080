/**
 * The built sidebar in Debian's headless chromium (playwright-core), on the local platform's ticket page, against
 * the fakes with the demo data: a processed ticket, Insert into reply, Regenerate and feedback, a deferred and a
 * failed ticket (and Retry), hostile and Unicode strings; the cards' order and the draft above the fold; the live
 * sidebar (a customer reply and a resolve while it is open, the backoff while a job is pending) and Process this
 * ticket. Screenshots land in docs/images/ for the README.
 * No chromium is a failure with the command to install it, never a skip.
 */
import { join } from 'node:path';
import { textToHtml } from '../../server/domain/html';
import { HOSTILE_TICKET_ID, UNICODE_TICKET_ID } from '../../devkit/demo';
import { closeInstalledStage, startInstalledStage, watchedPage } from './support/installed-stage';
import { APP_DIR, platformOps, type Chromium, type SidebarStage } from '../../devkit/bench/sidebar-stage';
import { freeze, instrumentPage, pageOps, runPage } from '../../devkit/bench/sidebar-clock';
import { eventually, openSidebar, settled, SIDEBAR_WIDTH } from './support/open-sidebar';
import { customerReply, statusChange } from '../integration/support/sentiment-qa';
import { requesterOf, resolve, seedSentiment } from './support/seed';

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

  it('puts the draft first with its actions inside the 700 px frame, and processing last', async () => {
    // A long draft and every card filled: the frame is at its 700 px maximum.
    const { page, sidebar } = await openSidebar(browser, stage, 1001);
    const order = await sidebar.locator('[data-section]').evaluateAll((els) => els.map((el) => el.getAttribute('data-section')));
    expect(order).toEqual(['draft', 'classification', 'routing', 'sentiment', 'qa', 'processing']);
    const frame = page.locator('#app-frame');
    await page.waitForFunction(() => (document.getElementById('app-frame') as HTMLIFrameElement).style.height === '700px');
    const frameBox = await frame.boundingBox();
    const insert = await sidebar.locator('fw-button[data-action="insert"]').boundingBox();
    const regenerate = await sidebar.locator('fw-button[data-action="regenerate"]').boundingBox();
    const feedback = await sidebar.locator('fw-button[data-action="feedback-accepted"]').boundingBox();
    expect(await frame.evaluate((el) => el.clientHeight)).toBe(700);
    for (const box of [insert, regenerate, feedback]) {
      expect(box).not.toBeNull();
      // Within the frame's visible 700 px, without scrolling it.
      expect(box?.y ?? -1).toBeGreaterThanOrEqual(frameBox?.y ?? 0);
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual((frameBox?.y ?? 0) + (frameBox?.height ?? 0));
    }
    const routing = await sidebar.locator('[data-section="routing"]').innerText();
    expect(routing).toMatch(/Simpli agent id: A-\d+ \(Simpli’s own id for the agent it suggests, not a Freshdesk agent\)/);
    await page.close();
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

describe('a live sidebar', () => {
  /** A marker in the sidebar's document: still there means the sidebar was never reloaded. */
  const mark = (sidebar: { locator(s: string): { evaluate<T>(fn: (el: Element) => T): Promise<T> } }) =>
    sidebar.locator('main').evaluate((el) => void ((el.ownerDocument.defaultView as unknown as { __same?: boolean }).__same = true));
  const same = (sidebar: { locator(s: string): { evaluate<T>(fn: (el: Element) => T): Promise<T> } }) =>
    sidebar.locator('main').evaluate((el) => (el.ownerDocument.defaultView as unknown as { __same?: boolean }).__same === true);

  it('shows a customer reply that arrives while it is open, without being opened again', async () => {
    expect((await stage.stack.createTicket(1005)).ok).toBe(true);
    const { page, sidebar } = await openSidebar(browser, stage, 1005);
    const sentiment = sidebar.locator('[data-section="sentiment"]');
    expect(await sentiment.innerText()).toContain('No analyzed messages');
    await mark(sidebar);
    await eventually(() => stage.web.ticketEventListeners(1005), (n) => n >= 1);

    freshMinute();
    const run = await stage.fire('onConversationCreate', customerReply(1005, 910_001, requesterOf(stage.stack, 1005), 'This is unacceptable, I want a refund now.'));
    expect(run.ok).toBe(true);
    await sentiment.locator('.sb-chip').first().waitFor();
    expect(await sentiment.innerText()).toContain('refund');
    expect(await same(sidebar)).toBe(true);
    await settled(sidebar);
    await page.close();
  });

  it('shows the QA score after the agent resolves the ticket while it is open', async () => {
    const { page, sidebar } = await openSidebar(browser, stage, 1005);
    expect(await sidebar.locator('[data-section="qa"]').innerText()).toContain('QA scores this ticket once it is resolved.');
    await mark(sidebar);
    await eventually(() => stage.web.ticketEventListeners(1005), (n) => n >= 1);
    const { addConversation } = await import('../integration/support/sentiment-qa');
    await addConversation(stage.stack, 1005, '<div>Hello Camille, I have refunded your order; you will see it within 3 days.</div>');
    stage.stack.clock.advance(60_000);
    const at = new Date(stage.stack.clock.now()).toISOString();
    expect((await stage.fire('onTicketUpdate', await statusChange(stage.stack, 1005, 2, 4, at))).ok).toBe(true);
    await sidebar.locator('[data-section="qa"] .sb-dimensions').waitFor();
    expect(await same(sidebar)).toBe(true);
    await page.close();
  });

  it('processes a ticket the app never saw, on request', async () => {
    expect(stored(1007)).toBeUndefined();
    const { page, sidebar } = await openSidebar(browser, stage, 1007);
    expect(await sidebar.locator('[data-section="empty"]').innerText()).toContain('Simpli has not seen this ticket');
    const smiBefore = stage.stack.platform.budgetUsage().smi;
    await sidebar.locator('fw-button[data-action="process"]').click();
    await sidebar.locator('[data-section="classification"] .sb-facts').waitFor({ timeout: 15_000 });
    expect(stage.stack.platform.budgetUsage().smi - smiBefore).toBe(1);
    expect(stored(1007)?.triage?.status).toBe('done');
    expect(await sidebar.locator('[data-section="classification"]').innerText()).toContain('Confidence');
    expect(await sidebar.locator('.sb-draft').innerText()).toContain((stored(1007)?.triage?.draft?.text ?? '???').split('\n')[0] ?? '???');
    expect(await sidebar.locator('fw-button[data-action="process"]').count()).toBe(0);
    await page.close();
  });

  it('re-reads with backoff while a job is pending, and stops once it is done', async () => {
    stage.stack.setFaults('triage', [{ endpoint: '*', fault: { kind: 'status', status: 503 } }]);
    await stage.stack.createTicket(1008);
    stage.stack.setFaults('triage', []);
    const retryAt = (stage.stack.platform.db.peek('ticket:1008') as { triage?: { status: string; retryAt?: number } }).triage;
    expect(retryAt?.status).toBe('deferred');

    // The page a minute past the retry's time, before the platform ran it: nothing to wait for, so the backoff.
    const { page } = await watchedPage(browser);
    await page.setViewportSize({ width: SIDEBAR_WIDTH, height: 800 });
    await instrumentPage(page, (retryAt?.retryAt ?? 0) + 60_000);
    await page.goto(stage.web.pageUrl(1008));
    await settled(page);
    expect(await page.locator('main').getAttribute('data-live')).toBe('true');
    await freeze(page);
    // The reads after the opening's own, in ms after it. The page's time runs in 1 s steps and a read's answer is
    // handled at the end of its step, so each later read may come up to a second late.
    const reads = async () => {
      const [open, ...later] = (await pageOps(page)).filter((o) => o.op === 'db/get').map((o) => o.at);
      return later.map((at) => at - (open ?? 0));
    };
    const near = (actual: number[], expected: number[]) => {
      expect(actual).toHaveLength(expected.length);
      actual.forEach((a, i) => expect(Math.abs(a - (expected[i] ?? 0))).toBeLessThanOrEqual(2_000));
    };

    await runPage(page, 60_000);
    near(await reads(), [15_000, 45_000]);

    // The platform's pump runs the retry, which finishes the triage.
    await stage.stack.platform.advance(20 * 60_000);
    expect(stored(1008)?.triage?.status).toBe('done');
    await runPage(page, 60_000);
    near(await reads(), [15_000, 45_000, 105_000]);
    expect(await page.locator('[data-section="processing"] fw-label').getAttribute('value')).toBe('Done');
    expect(await page.locator('main').getAttribute('data-live')).toBe('false');

    await runPage(page, 30 * 60_000, 60_000);
    expect(await reads()).toHaveLength(3);
    await page.close();
  });
});
