/**
 * The customer's mood: the latest analyzed message of this ticket (the `sentiment` attribute the server writes,
 * with its trigger words and escalation), and the trend across all their tickets (Simpli Sentiment's history).
 */
import { TIMELINE_LIMIT, type CustomerSentiment } from '../contracts/customer-sentiment';
import type { SentimentState } from '../contracts/record';
import { percent, possessive, signed } from './format';
import { jobView, type JobView, type Tone } from './processing';
import { customerDirection, type Direction } from './trend';

export type Remote<T> = { state: 'off' } | { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

export interface LatestMood {
  label: string;
  tone: Tone;
  score: string;
  /** Where the latest mood comes from. */
  from: string;
  risk?: string;
  /** Simpli's trigger words: customer-derived text, rendered as text. */
  triggers: string[];
  escalation?: string;
}

export interface TrendPoint {
  score: string;
  label: string;
  tone: Tone;
  /** 10–100: the bar's height, −1 → 10 (still visible), +1 → 100. */
  height: number;
}

export interface SentimentView {
  latest?: LatestMood;
  /** The sentiment job of this ticket when it has not finished. */
  job?: JobView;
  direction?: Direction;
  trendWords: string;
  points: TrendPoint[];
}

const TONES: Readonly<Record<string, Tone>> = { positive: 'success', negative: 'danger', neutral: 'neutral' };
const toneOf = (label: string): Tone => TONES[label] ?? 'neutral';
const PRIORITIES: Readonly<Record<number, string>> = { 1: 'Low', 2: 'Medium', 3: 'High', 4: 'Urgent' };
const SHOWN_POINTS = 10;

function escalationWords(s: SentimentState): string | undefined {
  const e = s.escalation;
  if (!e?.escalated) return undefined;
  const raised = e.priority ? ` Priority raised from ${PRIORITIES[e.priority.from] ?? e.priority.from} to ${PRIORITIES[e.priority.to] ?? e.priority.to}.` : '';
  return `Flagged as an escalation risk${e.tagAdded ? ' and tagged on the ticket' : ''}.${raised}`;
}

function fromTicket(s: SentimentState): LatestMood | undefined {
  if (!s.result) return undefined;
  const escalation = escalationWords(s);
  return {
    label: s.result.label,
    tone: toneOf(s.result.label),
    score: signed(s.result.score),
    from: 'Latest customer message on this ticket',
    risk: percent(s.result.escalationRisk),
    triggers: s.result.triggers,
    ...(escalation ? { escalation } : {}),
  };
}

function fromHistory(c: CustomerSentiment, name: string | undefined): LatestMood | undefined {
  const last = c.timeline[c.timeline.length - 1];
  if (!last) return undefined;
  return { label: last.label, tone: toneOf(last.label), score: signed(last.score), from: `Latest message across ${possessive(name)} tickets`, triggers: [] };
}

const DIRECTION_WORDS: Readonly<Record<Direction, string>> = {
  improving: 'Improving',
  declining: 'Getting worse',
  stable: 'Steady',
  unknown: 'Not enough history yet',
};

function trendWords(customer: Remote<CustomerSentiment>, direction: Direction | undefined, name: string | undefined): string {
  switch (customer.state) {
    case 'off':
      return 'Sentiment analysis is switched off for this helpdesk.';
    case 'loading':
      return `Loading ${possessive(name)} history…`;
    case 'error':
      return `Could not load ${possessive(name)} history across tickets.`;
    case 'ready':
      if (customer.value.timeline.length === 0) return `No analyzed messages from ${name ?? 'this customer'} yet.`;
      return `${DIRECTION_WORDS[direction ?? 'unknown']} across ${possessive(name)} tickets.`;
  }
}

export function sentimentView(ticket: SentimentState | undefined, customer: Remote<CustomerSentiment>, name: string | undefined, now: number): SentimentView {
  const history = customer.state === 'ready' ? customer.value : undefined;
  const direction = history && history.timeline.length > 0 ? customerDirection(history, TIMELINE_LIMIT) : undefined;
  const latest = (ticket && fromTicket(ticket)) ?? (history && fromHistory(history, name));
  const points = (history?.timeline ?? []).slice(-SHOWN_POINTS).map((p) => ({
    score: signed(p.score),
    label: p.label,
    tone: toneOf(p.label),
    height: Math.round(10 + ((Math.max(-1, Math.min(1, p.score)) + 1) / 2) * 90),
  }));
  return {
    ...(latest ? { latest } : {}),
    ...(ticket && ticket.status !== 'done' ? { job: jobView('sentiment', ticket, now) } : {}),
    ...(direction ? { direction } : {}),
    trendWords: trendWords(customer, direction, name),
    points,
  };
}
