/** How a ticket's triage is named, scheduled and saved (the shared job mechanism does the rest). */
import { ticketRecordKey } from '../../contracts/store-records';
import type { JobIdentity } from '../jobs/finish-job';

/** What a scheduled triage retry carries. */
export interface TriageJob {
  kind: 'triage';
  ticketId: number;
  attempt: number;
  firstSeenAt: number;
}

/** Schedule names are unique per installation and ≤ 30 characters (fdk-platform.md §4.11). */
export const triageJobName = (ticketId: number, attempt: number): string => `triage-${ticketId}-${attempt}`;

export function triageIdentity(ticketId: number): JobIdentity {
  return {
    label: `ticket ${ticketId}: triage`,
    spreadKey: ticketId,
    scheduleName: (attempt) => triageJobName(ticketId, attempt),
    scheduleData: (attempt, firstSeenAt): TriageJob => ({ kind: 'triage', ticketId, attempt, firstSeenAt }),
    recordKey: ticketRecordKey(ticketId),
    saveAs: (triage) => ({ v: 1, ticketId, triage }),
  };
}
