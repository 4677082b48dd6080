import { overBudget, type Figure } from './budgets';

export function toJson(figures: readonly Figure[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    ...Object.fromEntries(figures.map((f) => [f.name, f.value])),
    over_budget: overBudget(figures).map((f) => f.name),
    ...extra,
  });
}

export function toTable(figures: readonly Figure[]): string {
  const bar = (f: Figure) => {
    if (f.budget === Number.POSITIVE_INFINITY) return f.atLeast === undefined ? '—' : `≥ ${f.atLeast}`;
    return f.atLeast === undefined ? `≤ ${f.budget}` : f.atLeast === f.budget ? `= ${f.budget}` : `${f.atLeast}–${f.budget}`;
  };
  const verdict = (f: Figure) => (f.value > f.budget ? 'OVER' : f.atLeast !== undefined && f.value < f.atLeast ? 'UNDER' : 'ok');
  const rows = figures.map((f) => [f.name, String(f.value), bar(f), verdict(f), f.source]);
  const header = ['figure', 'value', 'budget', '', 'from'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
