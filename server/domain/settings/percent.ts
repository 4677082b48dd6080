/**
 * Percentages the admin types (confidence thresholds, the escalation threshold, the QA sample rate). They run from
 * 0 to 100; a value above 0 and at most 1 (e.g. 0.7) is most likely a share typed where a percentage was asked,
 * so it is never used silently: the page asks "Did you mean 70 %?" until the admin corrects or confirms it.
 */

export interface PercentQuestion {
  /** "Did you mean 70 %?" */
  text: string;
  /** The percentage the admin probably meant (70 for 0.7). */
  suggestion: number;
  /** The value as typed (0.7), kept when the admin confirms it. */
  value: number;
}

export type PercentReading =
  | { kind: 'ok'; value: number }
  | { kind: 'problem'; message: string }
  | { kind: 'question'; question: PercentQuestion };

/** "70", "70 %", "70%", "12,5" → a number; anything else → undefined. */
export function parsePercent(text: string): number | undefined {
  const t = text.trim().replace(/\s*%$/, '').replace(',', '.');
  if (!/^[+]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return undefined;
  return Number(t);
}

/** Two decimals at most, without floating-point noise (0.07 × 100 is 7.000000000000001). */
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Reads one percentage. `confirmed` is the value the admin said they meant as typed (they answered "keep"), if
 * any: a question about that same value is not asked again.
 */
export function readPercent(text: string, confirmed?: number): PercentReading {
  if (text.trim() === '') return { kind: 'problem', message: 'Enter a percentage from 0 to 100' };
  const value = parsePercent(text);
  if (value === undefined) return { kind: 'problem', message: 'Enter a number from 0 to 100, e.g. 70' };
  if (value > 100) return { kind: 'problem', message: 'A percentage runs from 0 to 100' };
  if (value > 0 && value <= 1 && value !== confirmed) {
    const suggestion = round2(value * 100);
    return { kind: 'question', question: { text: `Did you mean ${suggestion} %?`, suggestion, value } };
  }
  return { kind: 'ok', value };
}
