/**
 * The sidebar's figures, measured in Debian's headless chromium on the local platform page with the demo data:
 * - the bytes of JS and CSS the page loads from app/ (the platform's own client script is not the app's);
 * - page load → first render with data (the app's `simpli:first-render` mark, ms from navigation start), over
 *   several cold opens, each in a fresh browser profile so nothing comes from a cache;
 * - platform operations (template requests, `$db`, SMI) per open and per Regenerate, from the platform's budgets.
 */
import { installApp } from '../harness/start-harness';
import type { Page } from 'playwright-core';
import { launchChromium, platformOps, startSidebarStage, type SidebarStage } from './sidebar-stage';

export interface SidebarMeasure {
  /** What the page loaded from app/: url → bytes. */
  files: Record<string, number>;
  firstRenderMs: number[];
  opsPerOpen: number[];
  regenerateOps: number;
}

const TICKET = 1001;
const OPENS = 7;
const FIRST_RENDER_MARK = 'simpli:first-render';

async function settled(page: Page): Promise<void> {
  await page.locator('main[data-state="ready"]').waitFor({ timeout: 15_000 });
  await page.locator('.sb-trend[data-loading="true"]').waitFor({ state: 'detached', timeout: 15_000 });
}

/** Each measured action starts a fresh minute of the platform's per-minute budgets, so its count is its own. */
function freshMinute(stage: SidebarStage): number {
  stage.stack.clock.advance(61_000);
  return platformOps(stage.stack);
}

async function openOnce(stage: SidebarStage, files: Record<string, number> | undefined): Promise<{ ms: number; ops: number }> {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    const appPrefix = `${stage.web.url}/app/`;
    const sizes: Array<Promise<void>> = [];
    if (files) {
      page.on('response', (r) => {
        const type = r.request().resourceType();
        if (!r.url().startsWith(appPrefix) || (type !== 'script' && type !== 'stylesheet')) return;
        sizes.push(r.body().then((b) => void (files[r.url().slice(appPrefix.length).split('?')[0] ?? r.url()] = b.length)));
      });
    }
    const before = freshMinute(stage);
    await page.goto(stage.web.pageUrl(TICKET));
    await settled(page);
    const ops = platformOps(stage.stack) - before;
    const ms = await page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? -1, FIRST_RENDER_MARK);
    if (ms < 0) throw new Error(`the sidebar rendered without its ${FIRST_RENDER_MARK} mark`);
    await Promise.all(sizes);
    return { ms, ops };
  } finally {
    await browser.close();
  }
}

async function regenerateOnce(stage: SidebarStage): Promise<number> {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(stage.web.pageUrl(TICKET));
    await settled(page);
    await page.locator('select[name="style"]').selectOption('formal');
    const before = freshMinute(stage);
    await page.locator('fw-button[data-action="regenerate"]').click();
    await page.locator('[data-section="draft"] fw-label[value="Regenerated"]').waitFor({ timeout: 15_000 });
    return platformOps(stage.stack) - before;
  } finally {
    await browser.close();
  }
}

export async function measureSidebar(): Promise<SidebarMeasure> {
  const stage = await startSidebarStage();
  try {
    await installApp(stage.stack);
    const created = await stage.stack.createTicket(TICKET);
    if (!created.ok) throw new Error(`onTicketCreate failed for ${TICKET}: ${created.failure}`);
    // The local platform builds its client script on the first request; Freshworks serves theirs ready-made.
    await fetch(`${stage.web.url}/fdk/fresh_client.js`).then((r) => r.text());
    const files: Record<string, number> = {};
    const firstRenderMs: number[] = [];
    const opsPerOpen: number[] = [];
    for (let i = 0; i < OPENS; i += 1) {
      const { ms, ops } = await openOnce(stage, i === 0 ? files : undefined);
      firstRenderMs.push(ms);
      opsPerOpen.push(ops);
    }
    if (Object.keys(files).length === 0) throw new Error('the sidebar page loaded no JS or CSS from app/');
    return { files, firstRenderMs, opsPerOpen, regenerateOps: await regenerateOnce(stage) };
  } finally {
    await stage.close();
  }
}
