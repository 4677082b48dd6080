/** Opening the local platform's settings screen (/custom_configs) with the installation page in its frame. */
import type { FrameLocator, Locator, Page } from 'playwright-core';
import type { Chromium, SidebarStage } from '../../../devkit/bench/sidebar-stage';
import { watchedPage } from './installed-stage';

export interface OpenSettings {
  page: Page;
  /** The installation page (config/iparams.html) inside the settings screen. */
  settings: FrameLocator;
  /** Page errors and dialogs: a value that ran as markup would show up here. */
  incidents: string[];
}

export async function openSettings(browser: Chromium, stage: SidebarStage): Promise<OpenSettings> {
  const { page, incidents } = await watchedPage(browser);
  await page.goto(stage.web.settingsUrl());
  // The screen calls getConfigs(saved) once the page has loaded, then enables Save.
  await page.locator('body[data-ready="true"]').waitFor({ timeout: 15_000 });
  const settings = page.frameLocator('#config-frame');
  await settings.locator('main[data-state="ready"]').waitFor();
  return { page, settings, incidents };
}

export const input = (settings: FrameLocator, key: string): Locator => settings.locator(`#setting-${key}`);
export const problemOf = (settings: FrameLocator, key: string): Locator => settings.locator(`[data-problem-for="${key}"]`);
export const questionOf = (settings: FrameLocator, key: string): Locator => settings.locator(`[data-question-for="${key}"]`);

/** Types into a field and leaves it, as an admin does (its message shows once the field was left). */
export async function typeInto(settings: FrameLocator, key: string, value: string): Promise<void> {
  const field = input(settings, key);
  await field.fill(value);
  await field.blur();
}

/** The team → group mapping's check against the account's groups (it runs ahead of Save) is not running. */
export async function groupsChecked(settings: FrameLocator): Promise<void> {
  await settings.locator('[data-setting="triage_team_groups"]:not([data-group-check="checking"])').waitFor({ timeout: 15_000 });
}

/** Install/Save on the settings screen; answers how it ended (stored, invalid, blocked, error) and the message. */
export async function save(page: Page): Promise<{ outcome: string | null; message: string }> {
  await groupsChecked(page.frameLocator('#config-frame'));
  await page.locator('#install:not([disabled])').click();
  const done = page.locator('#outcome[data-outcome]:not([data-outcome="working"])');
  await done.waitFor({ timeout: 15_000 });
  return { outcome: await done.getAttribute('data-outcome'), message: await done.innerText() };
}

/** Test connection, then each check's status and message by its label. */
export async function testConnection(settings: FrameLocator): Promise<Record<string, string>> {
  const panel = settings.locator('[data-section="connection"]');
  const runs = Number(await panel.getAttribute('data-runs'));
  await settings.locator('fw-button[data-action="test-connection"]').click();
  await settings.locator(`[data-section="connection"][data-runs="${runs + 1}"]`).waitFor({ timeout: 20_000 });
  const rows = settings.locator('.st-checks li');
  const out: Record<string, string> = {};
  for (let i = 0; i < (await rows.count()); i += 1) {
    const row = rows.nth(i);
    out[await row.locator('.st-check-label').innerText()] = `${await row.getAttribute('data-status')}: ${await row.locator('.st-check-message').innerText()}`;
  }
  return out;
}
