/** The full-page app's bench figures: KB of what app/fullpage.html loads, median first render, worst ops per open. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { overBudget } from '../../devkit/bench/budgets';
import { fullPageRecords } from '../../devkit/bench/fullpage-records';
import { fullPageFigures, pageAssets, pageFiles } from '../../devkit/bench/measure-fullpage';
import { readQuality } from '../../app/src/fullpage/contracts/kb-records';
import { KB_FINDINGS_KEY, KB_STATUS_KEY, kbFindingsSchema, kbStatusSchema } from '../../server/contracts/kb-records';
import { ESCALATIONS_KEPT, QUALITY_COMPACT_BYTES, QUALITY_KEY, QUALITY_RESULTS_KEPT } from '../../server/contracts/quality-record';
import { compactQuality } from '../../server/domain/quality/compact';

describe('full-page figures', () => {
  it("names the page's own scripts and stylesheets, not the platform's client or data URLs", () => {
    const html = `<link rel="icon" href="data:," /><link rel="stylesheet" href="styles/fullpage.css" />
      <script src="{{{appclient}}}"></script><script src="https://cdn.example/x.js"></script><script src="scripts/fullpage.js"></script>`;
    expect(pageAssets(html)).toEqual(['styles/fullpage.css', 'scripts/fullpage.js']);
  });

  it('weighs those files, takes the median render and the worst open, and flags what is over budget', () => {
    const app = join(mkdtempSync(join(tmpdir(), 'simpli-fullpage-')), 'app');
    mkdirSync(join(app, 'scripts'), { recursive: true });
    mkdirSync(join(app, 'styles'), { recursive: true });
    writeFileSync(join(app, 'fullpage.html'), '<link rel="stylesheet" href="styles/fullpage.css"><script src="scripts/fullpage.js"></script>');
    writeFileSync(join(app, 'scripts/fullpage.js'), Buffer.alloc(250 * 1024));
    writeFileSync(join(app, 'styles/fullpage.css'), Buffer.alloc(2 * 1024));
    const files = pageFiles(app);
    expect(files).toEqual({ 'styles/fullpage.css': 2048, 'scripts/fullpage.js': 250 * 1024 });
    const figures = fullPageFigures({ files, firstRenderMs: [300, 900, 310, 320, 305], opsPerOpen: [3, 3, 4, 3, 3] });
    expect(Object.fromEntries(figures.map((f) => [f.name, f.value]))).toEqual({ fullpage_bundle_kb: 252, fullpage_first_render_ms: 310, fullpage_ops_per_open: 4 });
    expect(overBudget(figures).map((f) => f.name)).toEqual(['fullpage_bundle_kb', 'fullpage_ops_per_open']);
  });

  it('the built page is within its bundle budget', () => {
    const [figure] = fullPageFigures({ files: pageFiles(), firstRenderMs: [0], opsPerOpen: [0] });
    expect(figure!.value).toBeGreaterThan(100);
    expect(figure!.value).toBeLessThanOrEqual(250);
  });

  it('opens on records the server could write, at their largest', () => {
    const r = fullPageRecords(Date.UTC(2026, 10, 25));
    expect(kbStatusSchema.safeParse(r.status).success).toBe(true);
    expect(kbFindingsSchema.safeParse(r.findings).success).toBe(true);
    const quality = readQuality(r.quality)!;
    expect([quality.results.length, quality.escalations.length]).toEqual([QUALITY_RESULTS_KEPT, ESCALATIONS_KEPT]);
    // As much as a compaction keeps: compacting it again drops nothing.
    expect(compactQuality(r.quality)).toEqual(r.quality);
    expect(JSON.stringify(r.quality).length).toBeLessThanOrEqual(QUALITY_COMPACT_BYTES);
    // The store refuses a key and value over 40 KB together (docs/platform.md "Key-value store").
    for (const [key, value] of [[QUALITY_KEY, r.quality], [KB_FINDINGS_KEY, r.findings], [KB_STATUS_KEY, r.status]] as const) {
      expect(Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(value))).toBeLessThan(40 * 1024);
    }
  });
});
