/**
 * The full-page app's one seam to the platform: components and hooks use a FullPagePort, never `client`.
 * fdk/fullpage-port.ts implements it over the FDK client; tests pass a fake.
 *
 * Cost per call, in platform operations (docs/platform.md "Budgets per installation") — opening the page spends at
 * most 3, the three records read in parallel:
 *   status, findings, quality          1 `$db` each
 *   helpdeskUrl                        0 (`client.data.get('currentHost')`)
 *   syncNow                            1 SMI (plus what the server spends)
 */
import type { KbFindings, KbStatus, Quality } from './contracts/kb-records';
import type { FailureKind } from '../port';

export type { FailureKind, KbFindings, KbStatus, Quality };
export { SidebarError as PageError } from '../port';

/** What Sync now answered, in one sentence for the admin. */
export interface SyncAnswer {
  message: string;
}

export interface FullPagePort {
  /** undefined: no such record yet (nothing has run). Rejects with a PageError when it cannot be read. */
  status(): Promise<KbStatus | undefined>;
  findings(): Promise<KbFindings | undefined>;
  quality(): Promise<Quality | undefined>;
  /** The agent portal's origin, e.g. "https://acme.freshdesk.com"; undefined when the platform does not say. */
  helpdeskUrl(): Promise<string | undefined>;
  /** Runs the SMI `syncKnowledgeBase` now. */
  syncNow(): Promise<SyncAnswer>;
}
