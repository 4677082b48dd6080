/**
 * Sentiment's in-memory state (docs/simpli.md "Sentiment: POST /analyze"): per-customer timelines and the alert list,
 * filled by every successful POST /analyze. Per process and lost on restart, like the real service's module dicts.
 */
import { randomUUID } from 'node:crypto';
import { pythonFloatRepr } from '../python/float-repr';
import { pythonIsoUtc } from '../python/iso-time';
import type { SentimentResult } from './analyze-text';

export interface TimelineEntry {
  timestamp: string;
  /** round(score, 2) */
  score: number;
  label: string;
  /** The channel, or "api" when none was given. */
  source: string;
}

export interface Alert {
  id: string;
  customer_id: string;
  severity: 'medium' | 'high';
  reason: string;
  created_at: string;
}

export interface SentimentState {
  timelines: Record<string, TimelineEntry[]>;
  alerts: Alert[];
}

export class SentimentStore {
  private timelines = new Map<string, TimelineEntry[]>();
  private alerts: Alert[] = [];

  constructor(private readonly now: () => number) {}

  record(customerId: string, channel: string | null, result: SentimentResult): void {
    const timestamp = pythonIsoUtc(this.now());
    const history = this.timelines.get(customerId) ?? [];
    history.push({ timestamp, score: result.score, label: result.label, source: channel || 'api' });
    this.timelines.set(customerId, history);

    const risk = result.escalation_risk;
    if (risk >= 0.5) {
      this.alerts.push({
        id: randomUUID(),
        customer_id: customerId,
        severity: risk >= 0.75 ? 'high' : 'medium',
        // f"Escalation risk {risk} — …": Python str(float) ("0.5", "1.0"), an em dash (U+2014).
        reason: `Escalation risk ${pythonFloatRepr(risk)} \u2014 triggers: ${result.triggers.join(', ') || 'negative sentiment'}`,
        created_at: timestamp,
      });
    }
  }

  history(customerId: string): readonly TimelineEntry[] {
    return this.timelines.get(customerId) ?? [];
  }

  allAlerts(): readonly Alert[] {
    return this.alerts;
  }

  snapshot(): SentimentState {
    return {
      timelines: Object.fromEntries([...this.timelines].map(([id, h]) => [id, h.map((e) => ({ ...e }))])),
      alerts: this.alerts.map((a) => ({ ...a })),
    };
  }

  clear(): void {
    this.timelines = new Map();
    this.alerts = [];
  }
}
