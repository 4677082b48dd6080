/** When the open sidebar reads the record again: events, the backoff while a job is pending, quiet when idle. */
import {
  BACKOFF_MS,
  EXPECT_READS,
  expecting,
  IDLE,
  jobsStamp,
  nextRead,
  pendingJobs,
  reactionTo,
  withJobs,
  type Follow,
} from '../../../app/src/view-models/live';
import type { SidebarRecord } from '../../../app/src/port';
import { deferredTriage, failedTriage, NOW, qaScored, record, sentiment, triage } from '../support/fixtures';

const processing = (over: Record<string, unknown> = {}) => record({ triage: triage(), sentiment: sentiment({ status: 'processing', done: [], result: undefined, ...over }) });

/** The reads a record that never changes gets over `ms`, as offsets from the first read (which is at 0). */
function readsOver(ms: number, record: SidebarRecord | undefined, start: Follow = IDLE): number[] {
  const at: number[] = [];
  let t = 0;
  let follow = start;
  for (;;) {
    const next = nextRead(follow, record, NOW + t);
    if (!next || t + next.delayMs > ms) return at;
    t += next.delayMs;
    at.push(t);
    follow = next.follow;
  }
}

/** The most reads in any minute [t, t + 60 s). */
const mostInAMinute = (at: number[]): number => Math.max(0, ...at.map((t) => at.filter((u) => u >= t && u < t + 60_000).length));

describe('the events the sidebar reacts to (docs/platform.md "Front end: events the ticket sidebar receives")', () => {
  it('loads on app.activated, reads the record on ticket.propertiesUpdated, stops on app.deactivated', () => {
    expect(reactionTo('app.activated')).toBe('load');
    expect(reactionTo('ticket.propertiesUpdated')).toBe('reread');
    expect(reactionTo('app.deactivated')).toBe('pause');
  });

  it('ignores change events (nothing saved yet) and the agent’s own reply and note (no job starts)', () => {
    for (const name of ['ticket.statusChanged', 'ticket.priorityChanged', 'ticket.sendReply', 'ticket.addNote', 'ticket.replyClick', 'whatever']) {
      expect(reactionTo(name)).toBe('ignore');
    }
  });
});

describe('pending jobs', () => {
  it('are those processing or deferred; done, failed and not-sampled QA are not', () => {
    expect(pendingJobs(record({ triage: deferredTriage(), sentiment: sentiment({ status: 'processing' }), qa: qaScored() }))).toEqual(['triage', 'sentiment']);
    expect(pendingJobs(record({ triage: failedTriage(), qa: { sampled: false, samplePercent: 20 } }))).toEqual([]);
    expect(pendingJobs(record({ qa: qaScored({ status: 'deferred' }) }))).toEqual(['qa']);
    expect(pendingJobs(undefined)).toEqual([]);
  });
});

describe('the read schedule', () => {
  it('reads nothing while nothing is pending: 0 reads in an hour', () => {
    expect(readsOver(3_600_000, record({ triage: triage(), sentiment: sentiment(), qa: qaScored() }))).toEqual([]);
    expect(readsOver(3_600_000, undefined)).toEqual([]);
  });

  it('backs off while a job is pending: 15 s, 30 s, 1 min, 2 min, then every 5 min — never more than 2 in a minute', () => {
    const at = readsOver(30 * 60_000, processing());
    expect(at.slice(0, 6)).toEqual([15_000, 45_000, 105_000, 225_000, 525_000, 825_000]);
    expect(mostInAMinute(at)).toBe(2);
    expect(BACKOFF_MS.at(-1)).toBe(300_000);
  });

  it('waits for a deferred job’s retry instead of reading before it (at most the 5 min cap)', () => {
    const soon = record({ triage: triage({ status: 'deferred', retryAt: NOW + 40_000 }) });
    expect(nextRead(IDLE, soon, NOW)?.delayMs).toBe(50_000);
    const late = record({ triage: deferredTriage() }); // due in 5 min 18 s
    expect(nextRead(IDLE, late, NOW)?.delayMs).toBe(300_000);
    const past = record({ triage: triage({ status: 'deferred', retryAt: NOW - 60_000 }) });
    expect(nextRead(IDLE, past, NOW)?.delayMs).toBe(15_000);
    // One job still running: its backoff, whatever the other waits for.
    const mixed = record({ triage: deferredTriage(), sentiment: sentiment({ status: 'processing' }) });
    expect(nextRead(IDLE, mixed, NOW)?.delayMs).toBe(15_000);
  });

  it('stops at the read that finds the work done', () => {
    const first = nextRead(IDLE, processing(), NOW);
    expect(first).toEqual({ delayMs: 15_000, follow: { step: 1 } });
    expect(nextRead(first!.follow, record({ triage: triage(), sentiment: sentiment() }), NOW + 15_000)).toBeUndefined();
  });
});

describe('after a save (ticket.propertiesUpdated): waiting for the server’s work to show', () => {
  const resolvedBefore = record({ triage: triage() });

  it(`keeps reading ${EXPECT_READS} times while the record has not changed, then gives up`, () => {
    expect(readsOver(3_600_000, resolvedBefore, expecting(resolvedBefore))).toEqual([15_000, 45_000, 105_000, 225_000]);
  });

  it('stops once the work showed and is done (the QA landed)', () => {
    const follow = expecting(resolvedBefore);
    const withQa = record({ triage: triage(), qa: qaScored() });
    expect(jobsStamp(withQa)).not.toBe(jobsStamp(resolvedBefore));
    expect(nextRead(follow, withQa, NOW)).toBeUndefined();
  });

  it('follows the work that started (QA running) until it is done', () => {
    const running = record({ triage: triage(), qa: qaScored({ status: 'processing', evaluation: undefined }) });
    const next = nextRead(expecting(resolvedBefore), running, NOW);
    expect(next?.follow).toEqual({ step: 1 });
    expect(nextRead(next!.follow, record({ triage: triage(), qa: qaScored() }), NOW)).toBeUndefined();
  });

  it('counts a QA that was not sampled as the work showing', () => {
    expect(nextRead(expecting(resolvedBefore), record({ triage: triage(), qa: { sampled: false } }), NOW)).toBeUndefined();
  });
});

describe('the jobs retryTicket answered', () => {
  it('replace those in the record and keep the rest', () => {
    const before = record({ triage: failedTriage(), sentiment: sentiment() });
    const done = record({ triage: triage() }).triage;
    const merged = withJobs(before, { triage: done });
    expect(merged?.triage?.status).toBe('done');
    expect(merged?.sentiment).toEqual(before.sentiment);
  });

  it('make the first record of a ticket the app never saw; nothing answered and no record stays nothing', () => {
    const started = record({ sentiment: sentiment({ status: 'processing' }) }).sentiment;
    expect(withJobs(undefined, { sentiment: started })).toEqual({ unreadable: [], sentiment: started });
    expect(withJobs(undefined, {})).toBeUndefined();
  });
});
