/**
 * The full-page app's figures (issue 13):
 * - the scripts and stylesheets app/fullpage.html loads from app/, weighed on disk after the build;
 * - in Debian's headless chromium on the local platform with the three records at their largest
 *   (fullpage-records.ts): page load → every section shown (the app's `simpli:fullpage-first-render` mark, ms from
 *   navigation start) over several cold opens, and the platform operations each open spends.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { KB_FINDINGS_KEY, KB_STATUS_KEY } from '../../server/contracts/kb-records';
import { QUALITY_KEY } from '../../server/contracts/quality-record';
import { installApp } from '../harness/start-harness';
import { round2, type Figure } from './budgets';
import { fullPageRecords } from './fullpage-records';
import { median } from './sidebar-figures';
import { launchChromium, platformOps, startSidebarStage, type SidebarStage } from './sidebar-stage';

export interface FullPageMeasure {
  /** Path under app/ → bytes. */
  files: Record<string, number>;
  firstRenderMs: number[];
  opsPerOpen: number[];
}

const OPENS = 5;
const FIRST_RENDER_MARK = 'simpli:fullpage-first-render';

/** The relative `src`/`href` of every script and stylesheet the page names ({{{appclient}}} is the platform's). */
export function pageAssets(html: string): string[] {
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g)].map((m) => m[1] ?? '');
  return refs.filter((r) => r !== '' && !r.startsWith('{{') && !r.startsWith('data:') && !/^[a-z]+:/i.test(r) && /\.(js|css)$/.test(r));
}

export function pageFiles(appDir = path.resolve(__dirname, '..', '..', 'app')): Record<string, number> {
  const files: Record<string, number> = {};
  for (const rel of pageAssets(readFileSync(path.join(appDir, 'fullpage.html'), 'utf8'))) files[rel] = statSync(path.join(appDir, rel)).size;
  if (Object.keys(files).length === 0) throw new Error('app/fullpage.html loads no JS or CSS from app/');
  return files;
}

async function openOnce(stage: SidebarStage, url: string): Promise<{ ms: number; ops: number }> {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    // Each open starts a fresh minute of the platform's per-minute budgets, so its count is its own.
    stage.stack.clock.advance(61_000);
    const before = platformOps(stage.stack);
    await page.goto(url);
    await page.locator('main[data-state="ready"]').waitFor({ timeout: 15_000 });
    const ops = platformOps(stage.stack) - before;
    const ms = await page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? -1, FIRST_RENDER_MARK);
    if (ms < 0) throw new Error(`the full-page app rendered without its ${FIRST_RENDER_MARK} mark`);
    return { ms, ops };
  } finally {
    await browser.close();
  }
}

export async function measureFullPage(): Promise<FullPageMeasure> {
  const files = pageFiles();
  const stage = await startSidebarStage();
  try {
    await installApp(stage.stack);
    const records = fullPageRecords(stage.stack.clock.now());
    const db = stage.stack.platform.db;
    await Promise.all([db.set(KB_STATUS_KEY, records.status), db.set(KB_FINDINGS_KEY, records.findings), db.set(QUALITY_KEY, records.quality)]);
    const url = stage.web.fullPageUrl();
    if (url === undefined) throw new Error('manifest.json declares no full_page_app');
    // The local platform builds its client script on the first request; Freshworks serves theirs ready-made.
    await fetch(`${stage.web.url}/fdk/fresh_client.js`).then((r) => r.text());
    const firstRenderMs: number[] = [];
    const opsPerOpen: number[] = [];
    for (let i = 0; i < OPENS; i += 1) {
      const { ms, ops } = await openOnce(stage, url);
      firstRenderMs.push(ms);
      opsPerOpen.push(ops);
    }
    return { files, firstRenderMs, opsPerOpen };
  } finally {
    await stage.close();
  }
}

const ISSUE = 'issue 13 (full-page app)';

/** KB = 1024 bytes, as for the sidebar. */
export function fullPageFigures(m: FullPageMeasure): Figure[] {
  const bytes = Object.values(m.files).reduce((a, b) => a + b, 0);
  return [
    { name: 'fullpage_bundle_kb', value: round2(bytes / 1024), budget: 250, source: `${ISSUE}: minified JS + CSS the page loads` },
    { name: 'fullpage_first_render_ms', value: round2(median(m.firstRenderMs)), budget: 500, source: `${ISSUE}: median of ${m.firstRenderMs.length} cold opens, records at their largest` },
    { name: 'fullpage_ops_per_open', value: Math.max(...m.opsPerOpen), budget: 3, source: `${ISSUE}: worst of ${m.opsPerOpen.length} opens` },
  ];
}
