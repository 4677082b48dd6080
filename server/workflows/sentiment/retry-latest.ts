import type { Settings } from '../../contracts/iparams';
import type { SentimentRecord } from '../../contracts/sentiment-record';
import { sentimentJob } from './finish-sentiment';
import { resumeSentiment, storedSentiment } from './resume-sentiment';
import type { SentimentDeps } from './run-sentiment';

/** An agent's Retry: the ticket's latest message analysis, now, if it did not finish (failed or still deferred). */
export async function retryLatestSentiment(deps: SentimentDeps, settings: Settings, ticketId: number, startedAt: number): Promise<SentimentRecord | undefined> {
  const record = await storedSentiment(deps, ticketId);
  if (!record || record.status === 'done') return undefined;
  return resumeSentiment(deps, settings, sentimentJob(record.message, record.attempt, record.firstSeenAt), { force: true, startedAt });
}
