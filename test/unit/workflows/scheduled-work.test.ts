/** What a scheduled event runs (server/workflows/scheduled-work.ts), over in-memory ports. */
import { KB_STATUS_KEY } from '../../../server/contracts/kb-records';
import { startWalk } from '../../../server/domain/kb/walk';
import { KB_CURSOR_KEY } from '../../../server/workflows/kb/sync-knowledge-base';
import { AppFailure } from '../../../server/domain/errors';
import { beginInvocation } from '../../../server/workflows/invocation';
import { runScheduledWork } from '../../../server/workflows/scheduled-work';
import { manualClock, memoryBacklog, memoryLog, memoryScheduler, memoryStore } from './support/memory-ports';
import { memoryHelpdesk, memorySimpli } from './support/memory-services';

function deps() {
  const log = memoryLog();
  const helpdesk = memoryHelpdesk();
  const simpli = memorySimpli();
  const store = memoryStore();
  const scheduler = memoryScheduler();
  const backlog = memoryBacklog();
  return { log, helpdesk, simpli, store, scheduler, backlog, deps: { store, backlog, scheduler, clock: manualClock(), log, helpdesk, simpli } };
}

describe('scheduled work', () => {
  it('data of no job kind is the knowledge-base sync: a slice walks the Solutions tree and keeps its status', async () => {
    const d = deps();
    await runScheduledWork(beginInvocation(d.deps, {}), { kind: 'kb-sync' });
    expect(d.helpdesk.callsOf('listSolutions')).toEqual([[{ list: 'categories', page: 1 }]]);
    expect(d.simpli.callsOf('kbFindings')).toHaveLength(1); // an empty knowledge base: the pass ends at once
    expect(d.store.data.get(KB_STATUS_KEY)).toMatchObject({ state: 'idle', pass: 1 });
    expect(d.log.lines.join('\n')).toMatch(/kb sync: pass 1 finished; 3 requests/);
  });

  it('switched off, the sync reads nothing; a refused listing is kept as the status, in one clear line', async () => {
    const off = deps();
    await runScheduledWork(beginInvocation(off.deps, { feature_kb_sync: false }), {});
    expect([off.helpdesk.calls, off.store.data.size]).toEqual([[], 0]);
    const refused = deps();
    refused.helpdesk.fail('listSolutions', new AppFailure({ kind: 'rate_limited', step: 'freshdeskListSolutionCategories', status: 429, message: 'freshdeskListSolutionCategories is rate limited (429)' }));
    await runScheduledWork(beginInvocation(refused.deps, {}), {});
    expect(refused.store.data.get(KB_STATUS_KEY)).toMatchObject({ state: 'failing', lastError: { message: 'freshdeskListSolutionCategories is rate limited (429)' } });
    expect(refused.log.lines.filter((l) => l.includes('stopped'))).toEqual(['kb sync: pass 1 stopped (freshdeskListSolutionCategories is rate limited (429)); resumes from its cursor']);
  });

  it('a pump run that took no ticket job gives the minute to the sync; one that took some does not', async () => {
    const idle = deps();
    await runScheduledWork(beginInvocation(idle.deps, {}), { kind: 'pump', slot: 2 });
    expect(idle.log.lines.join('\n')).toMatch(/pump 2: 0 of 0 due jobs run/);
    expect(idle.helpdesk.callsOf('listSolutions')).toHaveLength(1);
    const busy = deps();
    await busy.backlog.add({ job: 'triage:1001', lane: 'u2', dueAt: 0, attempt: 1, input: { ticketId: 1001 } });
    await runScheduledWork(beginInvocation(busy.deps, {}), { kind: 'pump', slot: 2 });
    expect(busy.log.lines.join('\n')).toMatch(/pump 2: 1 of 1 due jobs run/);
    expect(busy.helpdesk.callsOf('listSolutions')).toHaveLength(0);
  });

  it('the sweep runs a slice only while no ticket work is queued', async () => {
    const busy = deps();
    await busy.store.set(KB_CURSOR_KEY, startWalk(1));
    await busy.backlog.add({ job: 'triage:1001', lane: 'u2', dueAt: 0, attempt: 1, input: { ticketId: 1001 } });
    await runScheduledWork(beginInvocation(busy.deps, {}), { kind: 'sweep' });
    expect(busy.helpdesk.callsOf('listSolutions')).toHaveLength(0);
    const idle = deps();
    await idle.store.set(KB_CURSOR_KEY, startWalk(1));
    await runScheduledWork(beginInvocation(idle.deps, {}), { kind: 'sweep' });
    expect(idle.helpdesk.callsOf('listSolutions')).toHaveLength(1);
  });

  it('the sweep does not start a due pass: it starts the pumps, and the first pump run starts it', async () => {
    const d = deps();
    await runScheduledWork(beginInvocation(d.deps, {}), { kind: 'sweep' });
    expect(d.helpdesk.callsOf('listSolutions')).toHaveLength(0);
    expect([...d.scheduler.once.keys()].filter((name) => name.startsWith('simpli-pump-'))).toHaveLength(5);
    await runScheduledWork(beginInvocation(d.deps, {}), { kind: 'pump', slot: 0 });
    expect(d.helpdesk.callsOf('listSolutions')).toEqual([[{ list: 'categories', page: 1 }]]);
  });
});
