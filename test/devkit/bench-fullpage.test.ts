/** The full-page app's bundle figure: what app/fullpage.html loads, in KB of 1024 bytes, against 250. */
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { overBudget } from '../../devkit/bench/budgets';
import { fullPageFigures, measureFullPage, pageAssets } from '../../devkit/bench/measure-fullpage';

describe('full-page bundle figure', () => {
  it("names the page's own scripts and stylesheets, not the platform's client or data URLs", () => {
    const html = `<link rel="icon" href="data:," /><link rel="stylesheet" href="styles/fullpage.css" />
      <script src="{{{appclient}}}"></script><script src="https://cdn.example/x.js"></script><script src="scripts/fullpage.js"></script>`;
    expect(pageAssets(html)).toEqual(['styles/fullpage.css', 'scripts/fullpage.js']);
  });

  it('weighs those files and flags a page over 250 KB', () => {
    const app = join(mkdtempSync(join(tmpdir(), 'simpli-fullpage-')), 'app');
    mkdirSync(join(app, 'scripts'), { recursive: true });
    mkdirSync(join(app, 'styles'), { recursive: true });
    writeFileSync(join(app, 'fullpage.html'), '<link rel="stylesheet" href="styles/fullpage.css"><script src="scripts/fullpage.js"></script>');
    writeFileSync(join(app, 'scripts/fullpage.js'), Buffer.alloc(250 * 1024));
    writeFileSync(join(app, 'styles/fullpage.css'), Buffer.alloc(2 * 1024));
    const m = measureFullPage(app);
    expect(m.files).toEqual({ 'styles/fullpage.css': 2048, 'scripts/fullpage.js': 250 * 1024 });
    const figures = fullPageFigures(m);
    expect(figures).toEqual([expect.objectContaining({ name: 'fullpage_bundle_kb', value: 252, budget: 250 })]);
    expect(overBudget(figures).map((f) => f.name)).toEqual(['fullpage_bundle_kb']);
  });

  it('the built page is within budget', () => {
    const [figure] = fullPageFigures(measureFullPage());
    expect(figure!.value).toBeGreaterThan(100);
    expect(figure!.value).toBeLessThanOrEqual(250);
  });
});
