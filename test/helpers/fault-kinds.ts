/**
 * Every kind of failure a step meets, for the fault matrices: retryable ones must defer and recover by
 * themselves; a rejected key fails with its reason until an agent's Retry.
 */
import type { Fault } from '../../devkit/fakes/kit';

/** The platform's request timeout in the fault tests, lowered so a "latency" fault can exceed it quickly. */
export const FAULT_TEST_TIMEOUT_MS = 400;

export const FAULT_KINDS: ReadonlyArray<{ name: string; fault: Fault; retryable: boolean }> = [
  { name: '503', fault: { kind: 'status', status: 503 }, retryable: true },
  { name: 'timeout', fault: { kind: 'latency', ms: FAULT_TEST_TIMEOUT_MS * 2 }, retryable: true },
  { name: '429 with Retry-After', fault: { kind: 'rate_limit', retryAfterSeconds: 900 }, retryable: true },
  { name: '429 without Retry-After', fault: { kind: 'rate_limit' }, retryable: true },
  { name: 'malformed JSON', fault: { kind: 'malformed' }, retryable: true },
  { name: 'truncated JSON', fault: { kind: 'truncated' }, retryable: true },
  { name: 'wrong types', fault: { kind: 'wrong_types' }, retryable: true },
  { name: 'dropped connection', fault: { kind: 'drop' }, retryable: true },
  { name: 'rejected key', fault: { kind: 'reject_key' }, retryable: false },
];
