/**
 * Takes an attempt of a job (domain/jobs/lease.ts): attempt `from` if its claim key is free; otherwise nothing when
 * the job is finished or a live run holds the lease, and the next attempt when that lease expired (a killed run).
 * Normal path: 1 `$db` op. A duplicate: 3 (claim, record, lease).
 */
import { judgeLease, leaseKey, leaseValue, LEASE_TTL_SECONDS } from '../../domain/jobs/lease';
import type { Clock, KeyValueStore } from '../../ports';

export type ClaimOutcome = { claimed: true; attempt: number } | { claimed: false; reason: string };

/** Takeovers in one call: more expired leases in a row than this means something else is wrong. */
const MAX_TAKEOVERS = 5;

export interface ClaimTarget {
  kind: string;
  subject: string;
  /** The attempt to claim first (attempts only go up). */
  from: number;
  /** Why the job needs no run (done, failed for good), or undefined; read at most once, only when a claim is taken. */
  finished(): Promise<string | undefined>;
}

export async function claimAttempt(deps: { store: KeyValueStore; clock: Clock }, target: ClaimTarget): Promise<ClaimOutcome> {
  const now = deps.clock.now();
  let checked = false;
  for (let attempt = Math.max(1, target.from), n = 0; n <= MAX_TAKEOVERS; attempt += 1, n += 1) {
    const key = leaseKey(target.kind, target.subject, attempt);
    if (await deps.store.claim(key, leaseValue(now), LEASE_TTL_SECONDS)) return { claimed: true, attempt };
    if (!checked) {
      checked = true;
      const finished = await target.finished();
      if (finished) return { claimed: false, reason: finished };
    }
    if (judgeLease(await deps.store.get(key), now) === 'live') return { claimed: false, reason: `attempt ${attempt} is running right now` };
  }
  return { claimed: false, reason: `${MAX_TAKEOVERS} expired attempts in a row` };
}
