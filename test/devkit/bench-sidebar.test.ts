/** The sidebar's bench figures from a measurement: KB of what the page loads, the render ratio, worst-case ops. */
import { overBudget } from '../../devkit/bench/budgets';
import { mostInAMinute } from '../../devkit/bench/sidebar-clock';
import { median, sidebarFigures } from '../../devkit/bench/sidebar-figures';
import type { SidebarMeasure } from '../../devkit/bench/measure-sidebar';

const measure = (over: Partial<SidebarMeasure> = {}): SidebarMeasure => ({
  files: { 'scripts/sidebar.js': 240 * 1024, 'styles/sidebar.css': 4 * 1024 },
  firstRenderMs: [320, 610, 300, 330, 310],
  interactiveMs: [400, 700, 380, 410, 390],
  minimalRenderMs: [200, 150, 160, 170, 900],
  opsPerOpen: [2, 2, 2, 2, 2],
  regenerateOps: 2,
  pendingOpsMs: [15_000, 45_000, 105_000, 225_000, 525_000],
  idleOpsMs: [],
  watchMs: 600_000,
  ...over,
});
const values = (m: SidebarMeasure) => Object.fromEntries(sidebarFigures(m).map((f) => [f.name, f.value]));

describe('sidebar figures', () => {
  it('takes the median of the renders (odd and even counts)', () => {
    expect(median([300, 100, 200])).toBe(200);
    expect(median([400, 100, 300, 200])).toBe(250);
  });

  it('counts the most operations in any minute', () => {
    expect(mostInAMinute([])).toBe(0);
    expect(mostInAMinute([15_000, 45_000, 105_000])).toBe(2);
    expect(mostInAMinute([0, 59_999, 60_000])).toBe(2);
    expect(mostInAMinute([0, 15_000, 30_000, 45_000])).toBe(4);
  });

  it('adds up the files in KB of 1024 bytes, divides the medians, takes the worst open and the busiest minutes', () => {
    expect(values(measure())).toEqual({
      sidebar_bundle_kb: 244,
      sidebar_render_ratio: 1.88,
      sidebar_first_render_ms: 320,
      sidebar_interactive_ms: 400,
      sidebar_platform_ops_per_open: 2,
      sidebar_regenerate_ops: 2,
      sidebar_ops_per_minute_pending: 2,
      sidebar_ops_per_minute_idle: 0,
    });
    expect(overBudget(sidebarFigures(measure()))).toEqual([]);
  });

  it('flags what is over budget; the milliseconds are information only', () => {
    const over = measure({
      files: { 'scripts/sidebar.js': 300 * 1024 },
      firstRenderMs: [5_000, 5_000, 5_000],
      minimalRenderMs: [1_000, 1_000, 1_000],
      opsPerOpen: [2, 3],
      pendingOpsMs: [0, 15_000, 30_000],
      idleOpsMs: [300_000],
    });
    expect(overBudget(sidebarFigures(over)).map((f) => f.name)).toEqual([
      'sidebar_bundle_kb',
      'sidebar_render_ratio',
      'sidebar_platform_ops_per_open',
      'sidebar_ops_per_minute_pending',
      'sidebar_ops_per_minute_idle',
    ]);
  });
});
