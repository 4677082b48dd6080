/**
 * The fake Triage classifier (POST /classify, docs/simpli.md "Triage"): keyword evidence per category (a subject
 * hit counts twice), urgency from alarm words, sentiment from Sentiment's own keyword analyzer, and a
 * confidence that grows with the evidence and its margin over the runner-up. Deterministic.
 */
import { pyRound } from '../python/round';
import { analyzeSentiment, type SentimentLabel } from '../sentiment/analyze-text';
import { matchedPhrases, words } from '../shared/text';
import { CATEGORIES, CATEGORY_TERMS, CRITICAL_TERMS, HIGH_TERMS, URGENCIES, type Category, type Urgency } from './taxonomy';

export interface Classification {
  category: Category;
  urgency: Urgency;
  sentiment: SentimentLabel;
  confidence: number;
}

export function classify(subject: string, body: string): Classification {
  const subjectWords = words(subject);
  const bodyWords = words(body);
  const ranked = CATEGORIES.map((category, order) => ({
    category,
    order,
    score:
      2 * matchedPhrases(subjectWords, CATEGORY_TERMS[category]).length +
      matchedPhrases(bodyWords, CATEGORY_TERMS[category]).length,
  })).sort((a, b) => b.score - a.score || a.order - b.order);

  const top = ranked[0]?.score ?? 0;
  const second = ranked[1]?.score ?? 0;
  const category: Category = top > 0 ? (ranked[0]?.category ?? 'general') : 'general';
  const sentiment = analyzeSentiment(`${subject}\n${body}`, '3.12').label;
  return {
    category,
    urgency: urgencyOf([...subjectWords, ...bodyWords], `${subject} ${body}`, category, sentiment),
    sentiment,
    confidence: confidenceOf(top, second),
  };
}

/** No evidence: 0.4. Otherwise 0.45 + up to 0.35 for the margin over the runner-up + 0.05 per hit (≤ 4). */
function confidenceOf(top: number, second: number): number {
  if (top === 0) return 0.4;
  return pyRound(Math.min(0.97, 0.45 + (0.35 * (top - second)) / top + 0.05 * Math.min(top, 4)), 2);
}

function urgencyOf(tokens: string[], raw: string, category: Category, sentiment: SentimentLabel): Urgency {
  if (matchedPhrases(tokens, CRITICAL_TERMS).length > 0) return 'critical';
  let level = matchedPhrases(tokens, HIGH_TERMS).length > 0 ? 2 : 0;
  if (level === 0 && (sentiment === 'negative' || category === 'billing' || category === 'technical')) level = 1;
  if (level === 0 && (category === 'account' || category === 'shipping')) level = 1;
  // Shouting ("!!") raises one level, never to critical.
  if (/!{2,}/.test(raw)) level = Math.min(level + 1, 2);
  return URGENCIES[level] ?? 'medium';
}
