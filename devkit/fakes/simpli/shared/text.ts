/**
 * Word-level text helpers for the seed-only fakes (Triage, Reply, QA, KB), whose real logic is an LLM we
 * cannot copy (docs/simpli.md "Triage", "Reply", "QA", "KB"): plain, deterministic keyword matching is enough to
 * give answers that depend on the input.
 */

/** Lower-case words: letters, digits and apostrophes (Unicode-aware), e.g. "Can't log-in!" → can't, log, in. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
}

/** Whether `phrase` (one or more words) occurs in `tokens` as consecutive whole words. */
export function hasPhrase(tokens: readonly string[], phrase: string): boolean {
  const parts = words(phrase);
  if (parts.length === 0) return false;
  for (let i = 0; i + parts.length <= tokens.length; i++) {
    if (parts.every((p, j) => tokens[i + j] === p)) return true;
  }
  return false;
}

/** The phrases of `phrases` that occur in `tokens`, in the order of `phrases`. */
export function matchedPhrases(tokens: readonly string[], phrases: readonly string[]): string[] {
  return phrases.filter((p) => hasPhrase(tokens, p));
}

/** The first sentence of a message, at most `max` code points (with an ellipsis when cut). */
export function firstSentence(text: string, max: number): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const sentence = (/^.*?[.!?](?=\s|$)/.exec(trimmed)?.[0] ?? trimmed).trim();
  const points = Array.from(sentence);
  return points.length <= max ? sentence : `${points.slice(0, max - 1).join('').trimEnd()}…`;
}

export const STOPWORDS: ReadonlySet<string> = new Set(
  ('a an and are as at be but by can could do does for from had has have how i i\'m in is it it\'s its me my no not ' +
    'of on or our please so that the their them there this to was we what when where which who why will with ' +
    'would you your')
    .split(' '),
);
