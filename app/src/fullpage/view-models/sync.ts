/** The sync's status record → what the Sync section shows. Pure: `now` comes from the caller. */
import { clockTime, fromNow } from '../../view-models/format';
import type { Tone } from '../../view-models/processing';
import type { KbStatus } from '../contracts/kb-records';

export interface CountsView {
  synced: number;
  changed: number;
  failed: number;
  removed: number;
}

export interface SyncView {
  state: { label: string; tone: Tone };
  /** The last error's sentence, only while the sync is failing. */
  error?: string;
  lastRun: string;
  nextRun: string;
  pass: number;
  thisPass: CountsView;
  lastPass?: CountsView;
}

const STATE: Readonly<Record<KbStatus['state'], { label: string; tone: Tone }>> = {
  syncing: { label: 'Syncing', tone: 'info' },
  idle: { label: 'Idle', tone: 'success' },
  failing: { label: 'Failing', tone: 'danger' },
};

/** "synced" is what the pass listed published, "changed" what it posted (new or changed). */
const counts = (c: KbStatus['counts']): CountsView => ({ synced: c.listed, changed: c.posted, failed: c.failed, removed: c.removed });

export function syncView(status: KbStatus, now: number): SyncView {
  const next = status.nextRunAt === undefined ? undefined : fromNow(status.nextRunAt, now);
  return {
    state: STATE[status.state],
    ...(status.state === 'failing' && status.lastError ? { error: status.lastError.message } : {}),
    lastRun: status.lastRunAt === undefined ? 'Not yet' : clockTime(status.lastRunAt, now),
    nextRun: status.nextRunAt === undefined ? 'Not scheduled' : (next ?? 'Due now'),
    pass: status.pass,
    thisPass: counts(status.counts),
    ...(status.lastPass ? { lastPass: counts(status.lastPass) } : {}),
  };
}
