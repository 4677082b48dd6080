/**
 * The sidebar's figures, measured in Debian's headless chromium on the local platform page with the demo data:
 * - the bytes of JS and CSS the page loads from app/ (the platform's own client script is not the app's);
 * - page load → first render with data (the app's `simpli:first-render` mark, ms from navigation start), over
 *   several cold opens, each in a fresh browser profile so nothing comes from a cache — and, alternating with them
 *   in the same run, the same number of cold opens of a minimal app (minimal-app/: the platform's client,
 *   `app.initialized()`, one line) on a second web server of the same platform: their medians' ratio is the figure
 *   that holds across machines, the milliseconds are information;
 * - platform operations (template requests, `$db`, SMI) per open and per Regenerate, from the platform's budgets;
 * - the platform operations the open sidebar spends by itself over ten of its minutes (Playwright's page clock):
 *   with a job pending whose retry is due (the backoff with nothing to wait for: its busiest case), and with
 *   nothing pending.
 */
import { join } from 'node:path';
import { installApp } from '../harness/start-harness';
import type { Page } from 'playwright-core';
import { createPlatformWebServer, type PlatformWebServer } from '../platform/web';
import { freeze, instrumentPage, pageOps, runPage } from './sidebar-clock';
import { APP_DIR, launchChromium, platformOps, startSidebarStage, type SidebarStage } from './sidebar-stage';

export interface SidebarMeasure {
  /** What the page loaded from app/: url → bytes. */
  files: Record<string, number>;
  firstRenderMs: number[];
  /** Page load → React's first render with data (the cards and their buttons), the same opens. */
  interactiveMs: number[];
  /** The minimal app's first render, as many cold opens as the sidebar's, alternating with them. */
  minimalRenderMs: number[];
  opsPerOpen: number[];
  regenerateOps: number;
  /** When (ms into the watch) the open sidebar spent an operation by itself while a job was pending. */
  pendingOpsMs: number[];
  /** The same with nothing pending. */
  idleOpsMs: number[];
  /** How long each was watched, in the page's time. */
  watchMs: number;
}

const TICKET = 1001;
const PENDING_TICKET = 1003;
const OPENS = 7;
const WATCH_MS = 10 * 60_000;
/** app/src/render-marks.ts (not imported: the bench runs outside the page). */
const FIRST_RENDER_MARK = 'simpli:first-render';
const INTERACTIVE_MARK = 'simpli:interactive';
/** The yardstick app: devkit/bench/minimal-app/ (never under app/: it must not ship). */
export const MINIMAL_APP_DIR = join(APP_DIR, 'devkit', 'bench', 'minimal-app');

async function settled(page: Page): Promise<void> {
  await page.locator('main[data-state="ready"]').waitFor({ timeout: 15_000 });
  await page.locator('.sb-trend[data-loading="true"]').waitFor({ state: 'detached', timeout: 15_000 });
}

/** Each measured action starts a fresh minute of the platform's per-minute budgets, so its count is its own. */
function freshMinute(stage: SidebarStage): number {
  stage.stack.clock.advance(61_000);
  return platformOps(stage.stack);
}

async function firstRender(page: Page, mark = FIRST_RENDER_MARK): Promise<number> {
  const ms = await page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime ?? -1, mark);
  if (ms < 0) throw new Error(`${page.url()} rendered without its ${mark} mark`);
  return ms;
}

async function openOnce(stage: SidebarStage, files: Record<string, number> | undefined): Promise<{ ms: number; interactiveMs: number; ops: number }> {
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
    const ms = await firstRender(page);
    const interactiveMs = await firstRender(page, INTERACTIVE_MARK);
    await Promise.all(sizes);
    return { ms, interactiveMs, ops };
  } finally {
    await browser.close();
  }
}

async function openMinimal(minimal: PlatformWebServer): Promise<number> {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(minimal.pageUrl(TICKET));
    await page.getByText('The minimal app is ready.').waitFor({ timeout: 15_000 });
    return await firstRender(page);
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

/** The operations the sidebar of `ticketId` spends by itself over WATCH_MS of its time, opened at `pageTime`. */
async function watchOpen(stage: SidebarStage, ticketId: number, pageTime: number, stepMs: number): Promise<number[]> {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await instrumentPage(page, pageTime);
    await page.goto(stage.web.pageUrl(ticketId));
    await settled(page);
    const from = await freeze(page);
    await runPage(page, WATCH_MS, stepMs);
    return (await pageOps(page)).filter((o) => o.at > from).map((o) => o.at - from);
  } finally {
    await browser.close();
  }
}

/** A triage deferred by a Simpli outage; the page opened a minute after its retry time, before the platform ran it. */
async function pendingTicket(stage: SidebarStage): Promise<number> {
  stage.stack.setFaults('triage', [{ endpoint: '*', fault: { kind: 'status', status: 503 } }]);
  await stage.stack.createTicket(PENDING_TICKET);
  stage.stack.setFaults('triage', []);
  const triage = (stage.stack.platform.db.peek(`ticket:${PENDING_TICKET}`) as { triage?: { status?: string; retryAt?: number } } | undefined)?.triage;
  if (triage?.status !== 'deferred' || triage.retryAt === undefined) throw new Error(`ticket ${PENDING_TICKET} is not deferred: ${JSON.stringify(triage)}`);
  return triage.retryAt + 60_000;
}

export async function measureSidebar(): Promise<SidebarMeasure> {
  const stage = await startSidebarStage();
  let minimal: PlatformWebServer | undefined;
  try {
    await installApp(stage.stack);
    const created = await stage.stack.createTicket(TICKET);
    if (!created.ok) throw new Error(`onTicketCreate failed for ${TICKET}: ${created.failure}`);
    // The same platform and client script behind the yardstick app.
    minimal = await createPlatformWebServer({ appDir: MINIMAL_APP_DIR, backend: stage.stack.platform.frontendBackend(async () => ({})), clock: stage.stack.clock });
    // The local platform builds its client script on the first request; Freshworks serves theirs ready-made.
    await fetch(`${stage.web.url}/fdk/fresh_client.js`).then((r) => r.text());
    const files: Record<string, number> = {};
    const firstRenderMs: number[] = [];
    const interactiveMs: number[] = [];
    const minimalRenderMs: number[] = [];
    const opsPerOpen: number[] = [];
    for (let i = 0; i < OPENS; i += 1) {
      const { ms, interactiveMs: interactive, ops } = await openOnce(stage, i === 0 ? files : undefined);
      firstRenderMs.push(ms);
      interactiveMs.push(interactive);
      opsPerOpen.push(ops);
      minimalRenderMs.push(await openMinimal(minimal));
    }
    if (Object.keys(files).length === 0) throw new Error('the sidebar page loaded no JS or CSS from app/');
    const regenerateOps = await regenerateOnce(stage);
    const idleOpsMs = await watchOpen(stage, TICKET, stage.stack.clock.now(), 5_000);
    const pendingOpsMs = await watchOpen(stage, PENDING_TICKET, await pendingTicket(stage), 1_000);
    return { files, firstRenderMs, interactiveMs, minimalRenderMs, opsPerOpen, regenerateOps, pendingOpsMs, idleOpsMs, watchMs: WATCH_MS };
  } finally {
    await minimal?.close();
    await stage.close();
  }
}
