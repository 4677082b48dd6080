/** How a ticket's triage is named and saved (the shared job lifecycle queues it). */
import { ticketRecordKey } from '../../contracts/store-records';
import type { JobIdentity } from '../jobs/finish-job';

export function triageIdentity(ticketId: number): Omit<JobIdentity, 'queue'> {
  return {
    label: `ticket ${ticketId}: triage`,
    spreadKey: ticketId,
    recordKey: ticketRecordKey(ticketId),
    saveAs: (triage) => ({ v: 1, ticketId, triage }),
  };
}
