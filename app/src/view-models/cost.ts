/**
 * What the ticket has cost: the template requests each server job recorded (job-record.ts `requests`). The
 * `sentiment` attribute is rewritten for each customer reply, so it counts the latest reply's analysis only.
 */
import type { SidebarRecord } from '../contracts/record';

export interface CostView {
  total: number;
  /** "7 requests to Simpli and Freshdesk so far (triage 5, latest reply 2)." */
  words: string;
}

export function costView(record: SidebarRecord): CostView | undefined {
  const parts: Array<[string, number]> = [];
  if (record.triage) parts.push(['triage', record.triage.requests]);
  if (record.sentiment) parts.push(['latest reply', record.sentiment.requests]);
  if (record.qa?.sampled) parts.push(['QA', record.qa.requests]);
  if (parts.length === 0) return undefined;
  const total = parts.reduce((sum, [, n]) => sum + n, 0);
  const split = parts.length > 1 ? ` (${parts.map(([name, n]) => `${name} ${n}`).join(', ')})` : '';
  return { total, words: `${total} request${total === 1 ? '' : 's'} to Simpli and Freshdesk so far${split}.` };
}
