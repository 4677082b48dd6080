/** The figures each issue sets a bar for (per-ticket averages unless said otherwise), and the bars. */
export interface Figure {
  name: string;
  value: number;
  /** The most the figure may be. */
  budget: number;
  /** The least it may be, for a figure that must reach a count (e.g. the fields a fresh install creates). */
  atLeast?: number;
  /** Where the bar comes from. */
  source: string;
}

/** Figures outside their bar: above the budget, or below the floor of those that have one. */
export const overBudget = (figures: readonly Figure[]): Figure[] =>
  figures.filter((f) => f.value > f.budget || (f.atLeast !== undefined && f.value < f.atLeast));

export const average = (values: readonly number[]): number => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

/** Two decimals are enough to compare with a bar and stable enough to diff between runs. */
export const round2 = (n: number): number => Math.round(n * 100) / 100;
