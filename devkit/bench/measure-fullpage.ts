/**
 * The full-page app's bundle (issue 13): the scripts and stylesheets app/fullpage.html loads from app/, weighed on
 * disk after the build. The page's other figures (first render, ops per open) are left to a browser measurement;
 * the jsdom tests hold the ops at 3 (test/sidebar/fullpage/).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { round2, type Figure } from './budgets';

export interface FullPageMeasure {
  /** Path under app/ → bytes. */
  files: Record<string, number>;
}

/** The relative `src`/`href` of every script and stylesheet the page names ({{{appclient}}} is the platform's). */
export function pageAssets(html: string): string[] {
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g)].map((m) => m[1] ?? '');
  return refs.filter((r) => r !== '' && !r.startsWith('{{') && !r.startsWith('data:') && !/^[a-z]+:/i.test(r) && /\.(js|css)$/.test(r));
}

export function measureFullPage(appDir = path.resolve(__dirname, '..', '..', 'app')): FullPageMeasure {
  const files: Record<string, number> = {};
  for (const rel of pageAssets(readFileSync(path.join(appDir, 'fullpage.html'), 'utf8'))) files[rel] = statSync(path.join(appDir, rel)).size;
  if (Object.keys(files).length === 0) throw new Error('app/fullpage.html loads no JS or CSS from app/');
  return { files };
}

/** KB = 1024 bytes, as for the sidebar. */
export function fullPageFigures(m: FullPageMeasure): Figure[] {
  const bytes = Object.values(m.files).reduce((a, b) => a + b, 0);
  return [{ name: 'fullpage_bundle_kb', value: round2(bytes / 1024), budget: 250, source: 'issue 13 (full-page app): minified JS + CSS the page loads' }];
}
