/**
 * The demo knowledge base: 3 categories (3001…), 9 folders (3101…) one of which is a subfolder (3102, under
 * 3101), 40 published articles and 2 drafts (4001…4042), one published article (4029) with a newer unsaved
 * draft, and one agents-only folder (3109).
 */
import type { SeedCategory } from '../fakes/freshdesk/account';
import { billingAndAccount } from './kb-billing-account';
import { gettingStarted } from './kb-getting-started';
import { troubleshootingAndOrders } from './kb-troubleshooting';

export const SUBFOLDER_ID = 3102;
export const ARTICLE_WITH_DRAFT_ID = 4029;

export function demoSolutions(): SeedCategory[] {
  return [gettingStarted, billingAndAccount, troubleshootingAndOrders];
}
