import { round2, type Figure } from './budgets';
import type { SidebarMeasure } from './measure-sidebar';
import { mostInAMinute } from './sidebar-clock';

const ISSUE = 'issue (ticket sidebar)';
const LIVE = 'issue 14 (live sidebar)';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** KB = 1024 bytes, as esbuild reports bundle sizes. measureSidebar throws rather than answer a figure it could not measure. */
export function sidebarFigures(m: SidebarMeasure): Figure[] {
  const bytes = Object.values(m.files).reduce((a, b) => a + b, 0);
  const minutes = `${m.watchMs / 60_000} minutes of its time`;
  return [
    { name: 'sidebar_bundle_kb', value: round2(bytes / 1024), budget: 250, source: `${ISSUE}: minified JS + CSS the page loads` },
    {
      name: 'sidebar_render_ratio',
      value: round2(median(m.firstRenderMs) / median(m.minimalRenderMs)),
      budget: 2,
      source: `${LIVE}: median first render with data ÷ a minimal app's, ${m.firstRenderMs.length} + ${m.minimalRenderMs.length} cold opens, alternating`,
    },
    {
      name: 'sidebar_first_render_ms',
      value: round2(median(m.firstRenderMs)),
      budget: Number.POSITIVE_INFINITY,
      source: `${ISSUE}: information (machine-bound; the ratio is held): median of ${m.firstRenderMs.length} cold opens, minimal app ${round2(median(m.minimalRenderMs))} ms`,
    },
    {
      name: 'sidebar_interactive_ms',
      value: round2(median(m.interactiveMs)),
      budget: Number.POSITIVE_INFINITY,
      source: `${ISSUE}: information: median page load → React's first render with data (the cards and their buttons); the first render is boot.js's first view`,
    },
    { name: 'sidebar_platform_ops_per_open', value: Math.max(...m.opsPerOpen), budget: 2, source: `${ISSUE}: worst of ${m.opsPerOpen.length} opens` },
    { name: 'sidebar_regenerate_ops', value: m.regenerateOps, budget: 2, source: ISSUE },
    { name: 'sidebar_ops_per_minute_pending', value: mostInAMinute(m.pendingOpsMs), budget: 2, source: `${LIVE}: most in any minute, open ${minutes}, a job pending` },
    { name: 'sidebar_ops_per_minute_idle', value: mostInAMinute(m.idleOpsMs), budget: 0, source: `${LIVE}: most in any minute, open ${minutes}, nothing pending` },
  ];
}
