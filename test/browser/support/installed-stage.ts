/** Chromium and the sidebar stage with the app installed, as every browser suite starts; and a watched page. */
import { installApp } from '../../../devkit/harness/start-harness';
import type { Page } from 'playwright-core';
import { launchChromium, startSidebarStage, type Chromium, type SidebarStage } from '../../../devkit/bench/sidebar-stage';

export async function startInstalledStage(): Promise<{ browser: Chromium; stage: SidebarStage }> {
  const browser = await launchChromium();
  const stage = await startSidebarStage();
  await installApp(stage.stack);
  return { browser, stage };
}

export async function closeInstalledStage(browser: Chromium | undefined, stage: SidebarStage | undefined): Promise<void> {
  await browser?.close();
  await stage?.close();
}

/** A new page whose errors and dialogs are kept: a hostile string that ran as markup would show up there. */
export async function watchedPage(browser: Chromium): Promise<{ page: Page; incidents: string[] }> {
  const page = await browser.context.newPage();
  const incidents: string[] = [];
  page.on('pageerror', (e) => incidents.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    incidents.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return { page, incidents };
}
