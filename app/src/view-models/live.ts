/**
 * When the open sidebar reads the ticket's record again (docs/platform.md "Front end: events the ticket sidebar
 * receives"): on the platform's events, and while the server still works on the ticket — with backoff, never while
 * nothing is pending. Pure: the hook (hooks/use-insights.ts) owns the timer.
 */
import type { JobState, SidebarRecord } from '../contracts/record';
import type { JobKind } from './processing';

/** What an event makes the sidebar do. */
export type Reaction = 'load' | 'reread' | 'pause' | 'ignore';

/**
 * The events the sidebar listens to. `app.activated`: the agent opened the app (again): load everything.
 * `ticket.propertiesUpdated`: the agent saved properties (a resolve starts QA): read the record, then wait for the
 * server's work to show. `app.deactivated`: out of view, stop reading. Change events fire before anything is saved,
 * and the agent's own reply or note starts no job: both are ignored.
 */
export const LISTENED_EVENTS = ['app.activated', 'app.deactivated', 'ticket.propertiesUpdated'] as const;

const REACTIONS: Readonly<Record<string, Reaction>> = { 'app.activated': 'load', 'app.deactivated': 'pause', 'ticket.propertiesUpdated': 'reread' };

export const reactionTo = (event: string): Reaction => REACTIONS[event] ?? 'ignore';

/**
 * The delays between reads while a job is pending: 15 s, 30 s, 1 min, 2 min, then every 5 min — the server's sweep
 * interval, within which a stalled run is resumed. At most 2 reads in any minute (the first two, 30 s apart).
 */
export const BACKOFF_MS: readonly number[] = [15_000, 30_000, 60_000, 120_000, 300_000];
const CAP_MS = 300_000;
/** A deferred job is read again this long after its retry is due, not before: the retry needs a moment to run. */
const AFTER_RETRY_MS = 10_000;
/** After an event that saved something, the reads that wait for the server's work to show before giving up. */
export const EXPECT_READS = 4;

export const backoffMs = (step: number): number => BACKOFF_MS[Math.min(Math.max(0, step), BACKOFF_MS.length - 1)] ?? CAP_MS;

type Jobs = Partial<Record<JobKind, JobState>>;

function jobsOf(record: SidebarRecord | undefined): Jobs {
  const qa = record?.qa;
  return { triage: record?.triage, sentiment: record?.sentiment, qa: qa && qa.sampled ? qa : undefined };
}

const isPending = (job: JobState | undefined): job is JobState => job?.status === 'processing' || job?.status === 'deferred';

/** The server's jobs on the ticket that are still running or waiting to retry. */
export function pendingJobs(record: SidebarRecord | undefined): JobKind[] {
  return (Object.entries(jobsOf(record)) as Array<[JobKind, JobState | undefined]>).filter(([, job]) => isPending(job)).map(([kind]) => kind);
}

/** A fingerprint of the server's jobs (status, attempt, last write, each kind): it changes when the server did something. */
export function jobsStamp(record: SidebarRecord | undefined): string {
  const qa = record?.qa;
  const parts = (Object.entries(jobsOf(record)) as Array<[JobKind, JobState | undefined]>).map(([kind, j]) => (j ? `${kind}:${j.status}:${j.attempt}:${j.updatedAt ?? ''}` : `${kind}:-`));
  return [...parts, qa && !qa.sampled ? 'qa:not-sampled' : ''].join('|');
}

export interface Follow {
  /** Reads done since the last event or load: picks the next delay. */
  step: number;
  /** Waiting for the server's work after an event: the stamp before it, and the reads left. */
  expect?: { stamp: string; readsLeft: number };
}

/** The state right after an event that may start work on the server (`reread`), read against the record before it. */
export const expecting = (before: SidebarRecord | undefined): Follow => ({ step: 0, expect: { stamp: jobsStamp(before), readsLeft: EXPECT_READS } });

export const IDLE: Follow = { step: 0 };

/** How long until every pending job is due to retry, when each waits for one (else 0). */
function untilRetries(record: SidebarRecord | undefined, now: number): number {
  const pending = Object.values(jobsOf(record)).filter(isPending);
  if (pending.length === 0 || pending.some((j) => j.status !== 'deferred' || j.retryAt === undefined)) return 0;
  return Math.min(...pending.map((j) => j.retryAt ?? now)) - now + AFTER_RETRY_MS;
}

/**
 * After a read: when to read again and with what state, or undefined — nothing is pending and nothing is expected,
 * so the sidebar stays quiet until the next event.
 */
export function nextRead(follow: Follow, record: SidebarRecord | undefined, now: number): { delayMs: number; follow: Follow } | undefined {
  let expect = follow.expect;
  if (expect && (jobsStamp(record) !== expect.stamp || expect.readsLeft <= 0)) expect = undefined;
  if (pendingJobs(record).length === 0 && !expect) return undefined;
  const delayMs = Math.min(CAP_MS, Math.max(backoffMs(follow.step), untilRetries(record, now)));
  return { delayMs, follow: { step: follow.step + 1, ...(expect ? { expect: { ...expect, readsLeft: expect.readsLeft - 1 } } : {}) } };
}

/** The record with the jobs an SMI answered (retryTicket): each replaces the stored one; none and no record: none. */
export function withJobs(record: SidebarRecord | undefined, jobs: Pick<SidebarRecord, 'triage' | 'sentiment' | 'qa'>): SidebarRecord | undefined {
  const answered = Object.fromEntries(Object.entries(jobs).filter(([key, value]) => value !== undefined && (key === 'triage' || key === 'sentiment' || key === 'qa')));
  if (!record && Object.keys(answered).length === 0) return undefined;
  return { ...(record ?? { unreadable: [] }), ...answered };
}
