/**
 * The sidebar on the local platform, for the browser tests and the bench: the harness stack (fakes + platform
 * on a ManualClock, demo data) plus the platform's web server (which also serves the settings page), whose `client` answers from that platform —
 * templates, `$db` and SMI on the same budgets as the server — and whose `client.data.get` answers from the fake
 * Freshdesk's current state. Plus Debian's chromium, driven by playwright-core (never a downloaded browser).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { startStack, type Stack, type StackOptions } from '../harness/start-harness';
import { currentHostFor } from '../platform/payloads';
import type { FrontendBackend } from '../platform/types';
import { createInstallPage } from '../platform/install-page';
import { productData } from '../simulator/product-data';
import { createPlatformWebServer, firePageEvents, type PlatformWebServer } from '../platform/web';
import type { PlatformRun } from '../platform/local-platform';

/** The repository root (this file is devkit/bench/…, its bundle devkit/dist/…): the app the page serves. */
export const APP_DIR = resolve(__dirname, '..', '..');

export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface SidebarStage {
  stack: Stack;
  web: PlatformWebServer;
  /**
   * Delivers a product event, then fires into the ticket's open sidebars what the agent's page would once the
   * handler ran (devkit/platform/web/page-events.ts): the browser tests' "it happened while the sidebar was open".
   */
  fire(event: string, data: Record<string, unknown>): Promise<PlatformRun>;
  close(): Promise<void>;
}

/**
 * `client.data.get(name)` (docs/platform.md "Front end: the data method") from the fake Freshdesk's live records, as
 * the simulator answers it (wrapped under the name): read in place, like the page that holds them, not rendered from
 * a whole-account snapshot on every call.
 */
export function freshdeskProductData(stack: Stack): FrontendBackend['productData'] {
  return productData(stack.freshdesk, () => currentHostFor(stack.platform.account, stack.platform.config.productModules));
}

export async function startSidebarStage(options: StackOptions = {}): Promise<SidebarStage> {
  const stack = await startStack(options);
  try {
    const backend = stack.platform.frontendBackend(freshdeskProductData(stack));
    // The settings page too (/custom_configs): its Save stores the settings on this installation.
    const installPage = createInstallPage(() => stack.platform);
    const web = await createPlatformWebServer({ appDir: APP_DIR, backend, clock: stack.clock, installPage });
    return {
      stack,
      web,
      fire: async (event, data) => {
        const run = await stack.platform.fireEvent(event, data);
        firePageEvents(web, event, data);
        return run;
      },
      close: async () => {
        await web.close();
        await stack.close();
      },
    };
  } catch (error) {
    await stack.close();
    throw error;
  }
}

/** Platform operations spent so far in the current minute: template requests, `$db` and SMI together. */
export function platformOps(stack: Stack): number {
  const used = stack.platform.budgetUsage();
  return used.templates + used.db + used.smi;
}

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Debian's chromium with a fresh profile (so nothing is cached from an earlier run). Missing chromium is an
 * error, not a skip: the browser tests and the bench prove the sidebar in a real browser or fail.
 */
export async function launchChromium(): Promise<Chromium> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium with \`apt-get install -y chromium\` (.ci/run does this)`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'simpli-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 900, height: 800 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
