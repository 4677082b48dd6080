/**
 * The marks the bench and the browser tests read (devkit/bench/measure-sidebar.ts): page load → the first render
 * with data (whichever shows it first: the first view of boot.js, or React), and → React's first render with data
 * (the cards and their buttons).
 */
export const FIRST_RENDER_MARK = 'simpli:first-render';
export const INTERACTIVE_MARK = 'simpli:interactive';

const canMark = (): boolean =>
  typeof performance !== 'undefined' && typeof performance.mark === 'function' && typeof performance.getEntriesByName === 'function';

/** Marks `name` once per page. */
export function markOnce(name: string): void {
  if (canMark() && performance.getEntriesByName(name).length === 0) performance.mark(name);
}
