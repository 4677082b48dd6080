/** Opening the local platform's ticket page (sidebar frame + reply editor) in chromium, and waiting for data. */
import type { Locator, Page } from 'playwright-core';
import type { Chromium, SidebarStage } from '../../../devkit/bench/sidebar-stage';
import { watchedPage } from './installed-stage';

/** The sidebar's document: the frame in the ticket page, or the page itself when opened alone. */
export interface Scope {
  locator(selector: string): Locator;
}

export interface OpenSidebar {
  page: Page;
  sidebar: Scope;
  /** Page errors and dialogs (alert/confirm/prompt): a hostile string that ran would show up here. */
  incidents: string[];
}

export interface OpenOptions {
  /** Set the page's clock to the platform's ManualClock, so "retries in 5 min" reads as the platform means it. */
  platformTime?: number;
  /** The sidebar page alone at sidebar width (for full-length screenshots), not the ticket page around it. */
  alone?: boolean;
}

/** The sidebar frame is ~350 px wide in Freshdesk (docs/platform.md "Front end: bootstrapping and the frame"). */
export const SIDEBAR_WIDTH = 350;

export async function openSidebar(browser: Chromium, stage: SidebarStage, ticketId: number, options: OpenOptions = {}): Promise<OpenSidebar> {
  const { page, incidents } = await watchedPage(browser);
  if (options.alone) await page.setViewportSize({ width: SIDEBAR_WIDTH, height: 800 });
  if (options.platformTime !== undefined) await page.clock.setFixedTime(options.platformTime);
  await page.goto(options.alone ? stage.web.pageUrl(ticketId) : stage.web.hostUrl(ticketId));
  const sidebar: Scope = options.alone ? page : page.frameLocator('#app-frame');
  await settled(sidebar);
  return { page, sidebar, incidents };
}

/** Data rendered, and the customer's history either loaded or not asked for. */
export async function settled(sidebar: Scope): Promise<void> {
  await sidebar.locator('main[data-state="ready"]').waitFor({ timeout: 15_000 });
  await sidebar.locator('.sb-trend[data-loading="true"]').waitFor({ state: 'detached', timeout: 15_000 });
}

/** Polls until `read()` passes `check`, or fails with the last value (the editor fills after a round trip). */
export async function eventually<T>(read: () => T, check: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (check(value)) return value;
    if (Date.now() > until) throw new Error(`still not there after ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
