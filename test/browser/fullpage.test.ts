/**
 * The full-page app (app/fullpage.html, built) in Debian's headless chromium on the local platform, with the three
 * records in `$db`: every section rendered with the real Crayons components, links into the fake account's portal,
 * 3 platform operations per open, hostile text inert, and Sync now round-tripping through the platform's SMI. The
 * screenshot lands in docs/images/fullpage.png for the README.
 */
import { join } from 'node:path';
import { storedQuality } from '../../devkit/demo/quality';
import { KB_FINDINGS_KEY, KB_STATUS_KEY, type KbFindings, type KbStatus } from '../../server/contracts/kb-records';
import { QUALITY_KEY } from '../../server/contracts/quality-record';
import { APP_DIR, platformOps, type Chromium, type SidebarStage } from '../../devkit/bench/sidebar-stage';
import { closeInstalledStage, startInstalledStage, watchedPage } from './support/installed-stage';

jest.setTimeout(120_000);

let stage: SidebarStage;
let browser: Chromium;

const XSS = '<img src=x onerror="window.__xss=1">';
const MIN = 60_000;

beforeAll(async () => {
  ({ browser, stage } = await startInstalledStage());
  const now = stage.stack.clock.now();
  const status: KbStatus = {
    v: 1,
    pass: 2,
    state: 'failing',
    lastRunAt: now - 3 * MIN,
    nextRunAt: now + 2 * MIN,
    counts: { listed: 120, posted: 7, failed: 2, removed: 1 },
    lastPass: { listed: 42, posted: 42, failed: 0, removed: 0 },
    lastError: { message: 'Freshdesk answered 429 while listing folder 12', at: now - 3 * MIN },
  };
  const findings: KbFindings = {
    v: 1,
    at: now - 30 * MIN,
    gaps: [
      { topic: 'Refund timing', count: 17, sampleQueries: ['when do I get my refund', XSS], suggestedTitle: 'How long refunds take' },
      { topic: 'SSO setup', count: 5, sampleQueries: ['okta login'] },
    ],
    stale: [{ articleId: 9001, title: 'Old pricing', reason: 'Mentions the 2024 plans' }],
  };
  const quality = storedQuality(
    [
      { ticketId: 1001, overall: 0.62, dimensions: { empathy: 0.5, resolution: 0.7 }, agentId: 7, agentName: 'Priya Raman', at: now - 9 * MIN },
      { ticketId: 1002, overall: 0.91, dimensions: { empathy: 0.95, resolution: 0.88 }, agentId: 8, agentName: `Ben ${XSS}`, at: now - 5 * MIN },
    ],
    [{ ticketId: 1003, contactId: 501, customer: 'Dana Scully', risk: 0.82, triggers: ['refund', 'lawyer'], at: now - MIN }],
  );
  const db = stage.stack.platform.db;
  await Promise.all([db.set(KB_STATUS_KEY, status), db.set(KB_FINDINGS_KEY, findings), db.set(QUALITY_KEY, quality)]);
});
afterAll(() => closeInstalledStage(browser, stage));

it('shows the sync, gaps and quality from the three records, at 3 platform operations, with hostile text inert', async () => {
  const { page, incidents } = await watchedPage(browser);
  await page.setViewportSize({ width: 1200, height: 900 });
  stage.stack.clock.advance(61_000);
  const before = platformOps(stage.stack);
  await page.goto(stage.web.fullPageUrl()!);
  for (const name of ['sync', 'gaps', 'quality']) await page.locator(`[data-section="${name}"] :is(table, dl)`).first().waitFor({ timeout: 15_000 });
  await page.locator('a[data-link="new-article"]').first().waitFor();
  await page.locator('main[data-state="ready"]').waitFor();
  expect(platformOps(stage.stack) - before).toBe(3);
  expect(await page.evaluate(() => performance.getEntriesByName('simpli:fullpage-first-render').length)).toBe(1);

  const sync = page.locator('[data-section="sync"]');
  expect(await sync.locator('fw-label').getAttribute('value')).toBe('Failing');
  expect(await sync.locator('[data-field="error"]').innerText()).toBe('Freshdesk answered 429 while listing folder 12');
  expect(await sync.locator('[data-counts="this-pass"] [data-count="changed"]').innerText()).toBe('7');
  expect(await page.locator('a[data-link="new-article"]').first().getAttribute('href')).toBe('https://acme.freshdesk.com/a/solutions/articles/new');
  expect(await page.locator('[data-stale="0"] a').getAttribute('href')).toBe('https://acme.freshdesk.com/a/solutions/articles/9001');
  expect(await page.locator('[data-escalation="1003"] a').getAttribute('href')).toBe('https://acme.freshdesk.com/a/tickets/1003');
  expect(await page.locator('[data-average="overall"]').innerText()).toBe('77%');
  expect(await page.locator('main img').count()).toBe(0);
  expect(await page.locator('main').innerText()).toContain(XSS);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  await page.screenshot({ path: join(APP_DIR, 'docs/images/fullpage.png'), fullPage: true });

  // Sync now goes through the platform's SMI and the page shows how it ended (an answer or the platform's error).
  await page.locator('fw-button[data-action="sync-now"]').click();
  const outcome = page.locator('[data-sync]');
  await outcome.waitFor({ timeout: 15_000 });
  expect((await outcome.innerText()).trim()).not.toBe('');
  expect(await page.locator('fw-button[data-action="sync-now"]').evaluate((b) => (b as HTMLButtonElement).disabled)).toBe(false);
  expect(incidents).toEqual([]);
  await page.close();
});
