import { JOB_COST, planPumpRun, PUMP_JOB_CAP, PUMP_REQUEST_BUDGET, pumpAt, PUMP_NAMES } from '../../../server/domain/jobs/pumps';
import { batchSince } from '../../../server/workflows/jobs/batch-read';
import { laneForPriority, laneForUrgency } from '../../../server/domain/jobs/lanes';
import { reclaimBacklog } from '../../../server/workflows/jobs/reclaim';
import { LEASE_MS } from '../../../server/domain/jobs/lease';
import { manualClock, memoryBacklog, memoryLog, memoryScheduler, memoryStore } from './support/memory-ports';

describe('pump batch sizing', () => {
  it('takes jobs in order until the whole minute is spent; the last may go past it and resumes next run', () => {
    expect(planPumpRun(Array(20).fill(JOB_COST.triage))).toEqual({ count: 9, requests: 54 });
    // Read with the run's list page, a triage costs a request less: ten fit the rest of the minute.
    expect(planPumpRun(Array(20).fill(JOB_COST.triage! - 1), PUMP_REQUEST_BUDGET - 1)).toEqual({ count: 10, requests: 50 });
    expect(planPumpRun([3, 3, 6], 9)).toEqual({ count: 3, requests: 12 });
    expect(planPumpRun([3, 3, 6], 6)).toEqual({ count: 2, requests: 6 });
    expect(planPumpRun([])).toEqual({ count: 0, requests: 0 });
    expect(PUMP_REQUEST_BUDGET).toBe(50);
  });

  it('takes no more jobs than the key-value store can serve in the minute, however cheap they are', () => {
    expect(planPumpRun(Array(40).fill(1))).toEqual({ count: PUMP_JOB_CAP, requests: PUMP_JOB_CAP });
    // 3 ops a job (claim, record read, record saved) and 2 shared reads, with room left for the sweep or an event.
    expect(PUMP_JOB_CAP * 3 + 2).toBeLessThan(50);
  });

  it('the list page starts at the oldest change among the most urgent candidates, which run first', () => {
    const reads = [
      { ticketId: 1, updatedAt: 1_000, rank: 1 },
      { ticketId: 2, updatedAt: 9_000, rank: 0 },
      { ticketId: 3, updatedAt: 7_000, rank: 0 },
      { ticketId: 4, rank: 0 },
    ];
    expect(batchSince(reads)).toBe(7_000);
    expect(batchSince(reads.filter((r) => r.rank === 1 || r.ticketId === 4))).toBeUndefined(); // one known change: no page
    expect(batchSince([{ ticketId: 1, updatedAt: 5, rank: 2 }, { ticketId: 2, updatedAt: 3, rank: 2 }])).toBe(3);
  });

  it('five pumps, each on its own minute modulo 5 after the 5-minute lead: one run a minute, never two in one', () => {
    expect(PUMP_NAMES.map((_, slot) => pumpAt(0, slot) / 60_000)).toEqual([5, 6, 7, 8, 9]);
    expect(PUMP_NAMES.map((_, slot) => pumpAt(30_000, slot) / 60_000)).toEqual([10, 6, 7, 8, 9]);
    // Started at different moments, they still fall on distinct minutes.
    const minutes = [pumpAt(12_345, 0), pumpAt(200_000, 1), pumpAt(61_000, 2), pumpAt(250_000, 3), pumpAt(1_000, 4)].map((t) => (t / 60_000) % 5);
    expect(minutes).toEqual([0, 1, 2, 3, 4]);
  });

  it('lanes: urgent first, unknown last', () => {
    expect([laneForUrgency('critical'), laneForUrgency('high'), laneForUrgency('medium'), laneForUrgency('low'), laneForUrgency(undefined)]).toEqual(['u4', 'u3', 'u2', 'u1', 'u0']);
    expect(laneForPriority(4)).toBe('u4');
    expect(laneForPriority(null)).toBe('u0');
  });
});

describe('the sweep reclaims the backlog', () => {
  it('re-queues running entries past their lease (same attempt: the claim takes over) and starts the pump', async () => {
    const clock = manualClock();
    const deps = { store: memoryStore(), backlog: memoryBacklog(), scheduler: memoryScheduler(), clock, log: memoryLog() } as never as Parameters<typeof reclaimBacklog>[0];
    const backlog = (deps as unknown as { backlog: ReturnType<typeof memoryBacklog> }).backlog;
    const scheduler = (deps as unknown as { scheduler: ReturnType<typeof memoryScheduler> }).scheduler;
    const killed = await backlog.add({ job: 'triage:1', lane: 'running', dueAt: clock.now() + LEASE_MS, attempt: 3, input: { ticketId: 1, priority: 4 } });
    const live = await backlog.add({ job: 'triage:2', lane: 'running', dueAt: clock.now() + 10 * LEASE_MS, attempt: 1, input: { ticketId: 2 } });
    clock.advance(LEASE_MS + 1);
    expect(await reclaimBacklog(deps)).toEqual({ requeued: 1, promoted: 0, queued: true });
    expect(backlog.entries.get(killed)).toMatchObject({ lane: 'u4', attempt: 3 });
    expect(backlog.entries.get(live)).toMatchObject({ lane: 'running' });
    expect(scheduler.once.has('simpli-pump-0')).toBe(true);
  });

  it('promotes due wait entries to their ready lane, beyond the first page a pump reads', async () => {
    const clock = manualClock();
    const backlog = memoryBacklog();
    const deps = { store: memoryStore(), backlog, scheduler: memoryScheduler(), clock, log: memoryLog() };
    for (let i = 0; i < 30; i += 1) await backlog.add({ job: `triage:${i}`, lane: 'wait', dueAt: clock.now() + (i < 25 ? 3_600_000 : 60_000), attempt: 2, input: { ticketId: i + 1 }, ...(i === 29 ? { cost: 1 } : {}) });
    clock.advance(120_000);
    expect(await reclaimBacklog(deps as never)).toEqual({ requeued: 0, promoted: 5, queued: true });
    expect([...backlog.entries.values()].filter((e) => e.lane === 'u0').map((e) => [e.attempt, e.cost])).toEqual([[2, undefined], [2, undefined], [2, undefined], [2, undefined], [2, 1]]);
  });

  it('an empty backlog starts no pump', async () => {
    const deps = { store: memoryStore(), backlog: memoryBacklog(), scheduler: memoryScheduler(), clock: manualClock(), log: memoryLog() };
    expect(await reclaimBacklog(deps as never)).toEqual({ requeued: 0, promoted: 0, queued: false });
    expect(deps.scheduler.once.size).toBe(0);
  });
});
