/**
 * The fake QA evaluation (POST /evaluate, docs/simpli.md "QA"): each dimension is scored 0–1 from what the
 * agent wrote and how the customer reacted; overall = 0.25·empathy + 0.35·resolution + 0.25·communication +
 * 0.15·efficiency; a coaching note for every dimension under 0.6. Deterministic.
 */
import { pyRound } from '../python/round';
import { analyzeSentiment } from '../sentiment/analyze-text';
import { matchedPhrases, words } from '../shared/text';
import {
  CLOSINGS, COACHING, DIMENSIONS, EMPATHY_PHRASES, GREETINGS, NO_AGENT_NOTE, PRAISE_NOTE, RESOLUTION_PHRASES, WEIGHTS,
  type Dimension,
} from './rubric';

export interface QaMessage {
  role: 'customer' | 'agent' | 'system';
  content: string;
}

export interface Evaluation {
  overall_score: number;
  dimensions: Record<Dimension, number>;
  coaching_notes: string[];
}

const clamp = (x: number): number => Math.max(0, Math.min(1, x));
const sentimentOf = (text: string): number => analyzeSentiment(text, '3.12').score;

export function evaluate(messages: readonly QaMessage[]): Evaluation {
  const agent = messages.filter((m) => m.role === 'agent');
  if (agent.length === 0) {
    const zero = { empathy: 0, resolution: 0, communication: 0, efficiency: 0 };
    return { overall_score: 0, dimensions: zero, coaching_notes: [NO_AGENT_NOTE] };
  }
  const agentTokens = words(agent.map((m) => m.content).join('\n'));
  const raw: Record<Dimension, number> = {
    empathy: empathy(messages, agentTokens),
    resolution: resolution(messages, agentTokens),
    communication: communication(agent),
    efficiency: efficiency(messages, agent.length),
  };
  const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, pyRound(raw[d], 2)])) as Record<Dimension, number>;
  const overall = DIMENSIONS.reduce((sum, d) => sum + WEIGHTS[d] * raw[d], 0);
  const weak = DIMENSIONS.filter((d) => dimensions[d] < 0.6);
  return {
    overall_score: pyRound(overall, 2),
    dimensions,
    coaching_notes: weak.length > 0 ? weak.map((d) => COACHING[d]) : [PRAISE_NOTE],
  };
}

/** 0.3 + 0.2 per distinct empathy phrase; an upset customer met with none of them scores 0.2. */
function empathy(messages: readonly QaMessage[], agentTokens: string[]): number {
  const hits = matchedPhrases(agentTokens, EMPATHY_PHRASES).length;
  const customerUpset = messages.some((m) => m.role === 'customer' && sentimentOf(m.content) <= -0.3);
  if (hits === 0 && customerUpset) return 0.2;
  return clamp(0.3 + 0.2 * hits);
}

/** 0.4 base, +0.3 when the agent states a resolution, ±0.3 by the tone of the customer's last word. */
function resolution(messages: readonly QaMessage[], agentTokens: string[]): number {
  let score = 0.4;
  if (matchedPhrases(agentTokens, RESOLUTION_PHRASES).length > 0) score += 0.3;
  const lastCustomer = [...messages].reverse().find((m) => m.role === 'customer');
  const lastIsCustomer = messages[messages.length - 1]?.role === 'customer';
  if (lastCustomer) {
    const tone = sentimentOf(lastCustomer.content);
    if (tone >= 0.3) score += 0.3;
    else if (lastIsCustomer && tone <= -0.3) score -= 0.3;
  }
  return clamp(score);
}

/** Replies of 15–150 words read best; a greeting and a closing add 0.05 each. */
function communication(agent: readonly QaMessage[]): number {
  const lengths = agent.map((m) => words(m.content).length);
  const avg = lengths.reduce((a, b) => a + b, 0) / lengths.length;
  let score = avg < 15 ? 0.5 + avg / 30 : avg <= 150 ? 0.85 : 0.7;
  const all = words(agent.map((m) => m.content).join('\n'));
  if (matchedPhrases(all, GREETINGS).length > 0) score += 0.05;
  if (matchedPhrases(all, CLOSINGS).length > 0) score += 0.05;
  return clamp(score);
}

/** Fewer agent turns is better; every customer follow-up left unanswered in between costs 0.1. */
function efficiency(messages: readonly QaMessage[], agentTurns: number): number {
  const byTurns = [0.95, 0.95, 0.85, 0.7, 0.6][agentTurns] ?? 0.5;
  let chased = 0;
  for (let i = 1; i < messages.length; i++) {
    if (messages[i]?.role === 'customer' && messages[i - 1]?.role === 'customer') chased++;
  }
  return clamp(byTurns - 0.1 * chased);
}
