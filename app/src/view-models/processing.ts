/** Where each server job stands (job-record.ts), in words: done, working, waiting to retry (when), or failed (why). */
import type { JobState } from '../contracts/record';
import { clockTime, fromNow } from './format';
import { errorReason, stepDoing } from './words';

export type Tone = 'success' | 'info' | 'warning' | 'danger' | 'neutral';
export type JobKind = 'triage' | 'sentiment' | 'qa';

export interface JobView {
  kind: JobKind;
  title: string;
  status: 'done' | 'processing' | 'deferred' | 'failed';
  /** The label's word: Done, Working, Retrying, Failed. */
  label: string;
  tone: Tone;
  headline: string;
  /** One sentence per failed step, and what is already done. */
  details: string[];
  /** Retry (SMI retryTicket runs what is left of every job on the ticket): a job waiting, failed, or stalled. */
  canRetry: boolean;
  requests: number;
}

const TITLES: Readonly<Record<JobKind, string>> = { triage: 'Triage and draft', sentiment: 'Sentiment', qa: 'QA score' };

function reasons(job: JobState): string[] {
  return Object.entries(job.errors).map(([step, error]) => errorReason(step, error));
}

function doneLine(job: JobState): string[] {
  return job.done.length === 0 ? [] : [`Already done: ${job.done.map(stepDoing).join(', ')}.`];
}

function whenRetry(job: JobState, now: number): string {
  if (job.retryAt === undefined) return 'No retry is scheduled; use Retry to run it now.';
  const soon = fromNow(job.retryAt, now);
  const at = clockTime(job.retryAt, now);
  return soon ? `Retries automatically at ${at} (${soon}).` : `A retry was due at ${at}; it runs shortly.`;
}

/**
 * A run holds its claim for 60 s at most (the server's LEASE_MS: the 20 s handler limit plus margin); a record
 * still "processing" after that belongs to a run that was killed, which the sweep resumes, or Retry at once.
 */
export const LEASE_MS = 60_000;

/** The server rewrites messages to "gave up after N attempts: …" when it stops retrying (finish-job.ts). */
const gaveUp = (job: JobState): boolean => Object.values(job.errors).some((e) => /^gave up/i.test(e.message));

export function jobView(kind: JobKind, job: JobState, now: number): JobView {
  const base = { kind, title: TITLES[kind], status: job.status, canRetry: false, requests: job.requests };
  switch (job.status) {
    case 'done':
      return { ...base, label: 'Done', tone: 'success', headline: 'Simpli has processed this ticket.', details: [] };
    case 'processing':
      if (job.updatedAt !== undefined && now - job.updatedAt > LEASE_MS) {
        return { ...base, label: 'Stalled', tone: 'warning', headline: 'Simpli stopped before finishing; it resumes within minutes, or use Retry now.', details: doneLine(job), canRetry: true };
      }
      return { ...base, label: 'Working', tone: 'info', headline: 'Simpli is working on it.', details: doneLine(job) };
    case 'deferred':
      return {
        ...base,
        label: 'Retrying',
        tone: 'warning',
        headline: whenRetry(job, now),
        details: [...reasons(job), ...doneLine(job)],
        canRetry: true,
      };
    case 'failed': {
      const attempts = gaveUp(job) ? [`Gave up after ${job.attempt} attempt${job.attempt === 1 ? '' : 's'}.`] : [];
      return {
        ...base,
        label: 'Failed',
        tone: 'danger',
        headline: 'Simpli could not finish.',
        details: [...reasons(job), ...attempts, ...doneLine(job)],
        canRetry: true,
      };
    }
  }
}
