/**
 * The tickets-list sub-limit (https://support.freshdesk.com/support/solutions/articles/225439-what-are-the-rate-limits-for-the-api-calls-to-freshdesk):
 * list calls have their own per-minute budget, a slice of the account's total (Growth 20 of 200, Pro 100 of 400,
 * Enterprise 200 of 700). A list call spends both buckets; the slice adds no capacity.
 * An account may set its own figure; otherwise a plan total from that table gets its slice, and any other total
 * gets 10 % (the smallest slice in the table: the strictest reading for trial and custom plans).
 */
import type { FreshdeskAccount } from './account';

const SLICE_BY_PLAN_TOTAL: Readonly<Record<number, number>> = { 200: 20, 400: 100, 700: 200 };

export function ticketListLimitOf(account: FreshdeskAccount): number {
  return account.ticketListRateLimitPerMinute ?? SLICE_BY_PLAN_TOTAL[account.rateLimitPerMinute] ?? Math.max(1, Math.ceil(account.rateLimitPerMinute / 10));
}

export const isTicketList = (method: string, path: string): boolean => method === 'GET' && /^\/api\/v2\/tickets\/?$/.test(path);
