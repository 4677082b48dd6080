/**
 * The fault rules a running fake holds: which rule (if any) a request meets, and the `times` countdown.
 * The first rule in order that matches and still has uses left wins; rules do not stack (a test wanting
 * "slow, then 500" sets two rules with `times`).
 */
import type { Fault, FaultRule } from './types';

export class FaultRules {
  private rules: FaultRule[] = [];

  set(rules: FaultRule[]): void {
    for (const r of rules) validateRule(r);
    // Copies, so the countdown never writes into the caller's objects.
    this.rules = rules.map((r) => ({ ...r, fault: { ...r.fault } }));
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultRule[] {
    return this.rules.map((r) => ({ ...r, fault: { ...r.fault } }));
  }

  /** The fault for a request to `endpoint` ("PUT /api/v2/tickets/:id"), consuming one use of its rule. */
  take(endpoint: string): Fault | undefined {
    const i = this.rules.findIndex((r) => matches(r.endpoint, endpoint) && (r.times === undefined || r.times > 0));
    const rule = this.rules[i];
    if (!rule) return undefined;
    if (rule.times !== undefined) {
      rule.times -= 1;
      if (rule.times <= 0) this.rules.splice(i, 1);
    }
    return rule.fault;
  }
}

function matches(pattern: string, endpoint: string): boolean {
  if (pattern === '*' || pattern === endpoint) return true;
  // A bare route ("/api/v2/tickets/:id") matches it under every method.
  return !pattern.includes(' ') && endpoint.slice(endpoint.indexOf(' ') + 1) === pattern;
}

const KINDS: ReadonlySet<string> = new Set([
  'latency',
  'lost_answer',
  'status',
  'malformed',
  'truncated',
  'wrong_types',
  'rate_limit',
  'drop',
  'reject_key',
]);

/** Rules arrive as JSON over PUT /__control/faults, so a typo must fail loudly rather than never match. */
export function validateRule(r: unknown): asserts r is FaultRule {
  const rule = r as Partial<FaultRule> | null;
  if (!rule || typeof rule.endpoint !== 'string' || !rule.fault || !KINDS.has(String(rule.fault.kind))) {
    throw new Error(`Invalid fault rule: ${JSON.stringify(r)}`);
  }
  if (rule.times !== undefined && (!Number.isInteger(rule.times) || rule.times < 1)) {
    throw new Error(`Fault rule "times" must be a positive integer: ${JSON.stringify(r)}`);
  }
  const f = rule.fault;
  if ((f.kind === 'latency' || f.kind === 'lost_answer') && !(typeof f.ms === 'number' && f.ms >= 0)) throw new Error(`${f.kind} needs ms >= 0`);
  if (f.kind === 'status' && !(Number.isInteger(f.status) && f.status >= 100 && f.status <= 599)) {
    throw new Error('status needs an HTTP status 100..599');
  }
}
