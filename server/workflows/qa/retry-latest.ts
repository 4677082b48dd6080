import type { Settings } from '../../contracts/iparams';
import type { QaRecord } from '../../contracts/qa-record';
import { qaJob } from './finish-qa';
import { resumeQa } from './resume-qa';
import { storedQa, type QaDeps } from './run-qa';

/** An agent's Retry: the QA of the ticket's latest resolution, now, if it did not finish (failed or still deferred). */
export async function retryLatestQa(deps: QaDeps, settings: Settings, ticketId: number, startedAt: number): Promise<QaRecord | undefined> {
  const record = await storedQa(deps, ticketId);
  if (!record?.sampled || record.status === 'done') return undefined;
  return resumeQa(deps, settings, qaJob(ticketId, record.resolution, record.attempt, record.firstSeenAt), { force: true, startedAt });
}
