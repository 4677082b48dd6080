/**
 * Which customer messages are analyzed, and the text that is sent. Only public replies from the customer carry
 * the customer's mood: private notes and agent replies are the team talking, the quoted history below a reply is
 * earlier messages (quoted-history.ts), and an empty body says nothing (Sentiment refuses an empty text,
 * docs/simpli.md "Sentiment: POST /analyze").
 */
import { cutToCodePoints } from '../text';
import { ownWords } from './quoted-history';
import type { SentimentLabel } from './types';

/**
 * Sentiment's `text` limit, in Unicode code points (docs/simpli.md "Sentiment: POST /analyze"): an emoji counts
 * 1, not 2.
 */
export const MAX_TEXT_CODE_POINTS = 10_000;

/** The conversation fields the rule reads (docs/platform.md "Event payloads: onConversationCreate"). */
export interface ReplyFacts {
  private: boolean;
  incoming: boolean;
  /** HTML, with any quoted history in its markup. */
  body?: string | null;
  body_text?: string | null;
  user_id?: number | null;
}

/** The skip worth keeping on the ticket: the customer wrote, but nothing of their own. */
export const QUOTE_ONLY = 'a reply that only quotes earlier messages';

/** The text to analyze, or why the conversation is skipped (the first reason that applies). */
export type ReplyReading = { text: string } | { skip: string };

export function readReply(reply: ReplyFacts): ReplyReading {
  if (reply.private) return { skip: 'a private note' };
  if (!reply.incoming) return { skip: 'an agent reply' };
  const words = ownWords(reply.body, reply.body_text);
  const text = sentimentText(words.text);
  if (text === '') return { skip: words.quoted ? QUOTE_ONLY : 'an empty body' };
  if (reply.user_id == null) return { skip: 'no contact to score' };
  return { text };
}

/** The customer's own words of any message (a reply, a first message), trimmed and cut; '' when there are none. */
export const ownText = (body: string | null | undefined, bodyText: string | null | undefined): string => sentimentText(ownWords(body, bodyText).text);

/** The plain text, trimmed, cut to 10,000 code points (not UTF-16 units: an emoji is one, not two). */
export const sentimentText = (bodyText: string | null | undefined): string => cutToCodePoints((bodyText ?? '').trim(), MAX_TEXT_CODE_POINTS);

/** Sentiment's keyword thresholds (docs/simpli.md "Enumerations"): ≥ 0.3 positive, ≤ −0.3 negative. */
const POSITIVE_FROM = 0.3;
const NEGATIVE_FROM = -0.3;

/**
 * In LLM mode the label is any string (docs/simpli.md "What the app and the fakes do", app item 4): one of ours in any
 * case is kept, anything else is read from the score with the keyword thresholds.
 */
export function normaliseLabel(label: string, score: number): SentimentLabel {
  const lower = label.trim().toLowerCase();
  if (lower === 'positive' || lower === 'neutral' || lower === 'negative') return lower;
  if (score >= POSITIVE_FROM) return 'positive';
  if (score <= NEGATIVE_FROM) return 'negative';
  return 'neutral';
}
