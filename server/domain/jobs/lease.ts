/**
 * Claims with a lease. Each attempt of a job has a claim key of its own, created only if free (`$db` setIf
 * not_exist, https://developers.freshworks.com/docs/app-sdk/v3.0/support_ticket/serverless-apps/data-storage/):
 * exactly one delivery, retry or sweep gets attempt N. A claim older than the longest possible run (the 20 s
 * handler limit plus margin) belongs to a run that was killed; the next taker claims attempt N+1, which again only
 * one can create. Attempts only go up.
 */

/** 20 s handler limit (fdk-platform's serverless limits) with a wide margin for a slow platform. */
export const LEASE_MS = 60_000;
/** Claim keys outlive every retry (work is given up after 24 h) and any late duplicate delivery, then expire. */
export const LEASE_TTL_SECONDS = 2 * 24 * 60 * 60;

/** ≤ 60 characters, the key-value store's key limit: kind ≤ 9, subject ≤ 40. */
export const leaseKey = (kind: string, subject: string, attempt: number): string => `lease:${kind}:${subject}:${attempt}`;

export interface LeaseValue {
  claimedAt: number;
}

export const leaseValue = (now: number): LeaseValue => ({ claimedAt: now });

/** When a claim key is already taken: whose it is. */
export type TakenLease = 'live' | 'expired';

export function judgeLease(stored: unknown, now: number): TakenLease {
  const claimedAt = (stored as Partial<LeaseValue> | undefined)?.claimedAt;
  // A lease that cannot be read (gone with its TTL, or odd) is no live run's.
  if (typeof claimedAt !== 'number') return 'expired';
  return now - claimedAt < LEASE_MS ? 'live' : 'expired';
}
