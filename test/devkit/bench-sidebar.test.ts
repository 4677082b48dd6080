/** The sidebar's bench figures from a measurement: KB of what the page loads, median render, worst-case ops. */
import { overBudget } from '../../devkit/bench/budgets';
import { median, sidebarFigures } from '../../devkit/bench/sidebar-figures';

describe('sidebar figures', () => {
  it('takes the median of the renders (odd and even counts)', () => {
    expect(median([300, 100, 200])).toBe(200);
    expect(median([400, 100, 300, 200])).toBe(250);
  });

  it('adds up the files in KB of 1024 bytes, takes the worst open, and flags what is over budget', () => {
    const figures = sidebarFigures({
      files: { 'scripts/sidebar.js': 300 * 1024, 'styles/sidebar.css': 4 * 1024 },
      firstRenderMs: [320, 610, 300, 330, 310],
      opsPerOpen: [2, 2, 3, 2, 2],
      regenerateOps: 2,
    });
    expect(Object.fromEntries(figures.map((f) => [f.name, f.value]))).toEqual({
      sidebar_bundle_kb: 304,
      sidebar_first_render_ms: 320,
      sidebar_platform_ops_per_open: 3,
      sidebar_regenerate_ops: 2,
    });
    expect(overBudget(figures).map((f) => f.name)).toEqual(['sidebar_bundle_kb', 'sidebar_platform_ops_per_open']);
  });
});
