/**
 * Python's built-in sum() over floats. The result depends on the interpreter (docs/simpli.md
 * "Sentiment: the keyword algorithm", trap 7): up to 3.11 it adds left to right with plain IEEE doubles; from 3.12
 * on (the python:3.12-slim image the Sentiment Dockerfile builds) it uses Neumaier's compensated summation (CPython
 * gh-100425). The difference is visible: disappointed, frustrated, easy → mean −0.29999999999999993 (3.11, "neutral")
 * or −0.3 (3.12, "negative"); sum([0.1] * 10) → 0.9999999999999999 (3.11) or 1.0 (3.12).
 */
export type PythonVersion = '3.11' | '3.12';

export function pySum(values: readonly number[], python: PythonVersion): number {
  return python === '3.11' ? naiveSum(values) : neumaierSum(values);
}

function naiveSum(values: readonly number[]): number {
  let total = 0; // sum()'s start is the int 0; 0 + x is x for any non-zero x
  for (const v of values) total += v;
  return total;
}

/** CPython 3.12 builtin_sum_impl, float path: the first item goes in exactly, the rest are compensated. */
function neumaierSum(values: readonly number[]): number {
  if (values.length === 0) return 0;
  let result = 0 + (values[0] as number);
  let c = 0;
  for (let i = 1; i < values.length; i++) {
    const x = values[i] as number;
    const t = result + x;
    c += Math.abs(result) >= Math.abs(x) ? result - t + x : x - t + result;
    result = t;
  }
  // CPython adds the compensation only when it is non-zero and finite (keeps -0.0 and infinities intact).
  if (c !== 0 && Number.isFinite(c)) result += c;
  return result;
}
