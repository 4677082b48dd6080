/** What a scheduled event runs (server/workflows/scheduled-work.ts), over in-memory ports. */
import { beginInvocation } from '../../../server/workflows/invocation';
import { AppFailure } from '../../../server/domain/errors';
import { runScheduledWork } from '../../../server/workflows/scheduled-work';
import { manualClock, memoryBacklog, memoryLog, memoryScheduler, memoryStore } from './support/memory-ports';

function deps(categories: () => Promise<Array<{ id: number; name: string }>>) {
  const log = memoryLog();
  const helpdesk = { solutionCategories: categories } as never;
  return { log, deps: { store: memoryStore(), backlog: memoryBacklog(), scheduler: memoryScheduler(), clock: manualClock(), log, helpdesk, simpli: {} as never } };
}

describe('scheduled work', () => {
  it('data of no job kind is the knowledge-base sync: it lists the Solutions categories', async () => {
    const { log, deps: d } = deps(async () => [{ id: 1, name: 'Getting started' }, { id: 2, name: 'Billing' }]);
    await runScheduledWork(beginInvocation(d, {}), { kind: 'kb-sync' });
    expect(log.lines).toEqual(['kb sync: 2 solution categories']);
  });

  it('switched off, the sync reads nothing; a refused listing is one clear line', async () => {
    let calls = 0;
    const off = deps(async () => (calls += 1, []));
    await runScheduledWork(beginInvocation(off.deps, { feature_kb_sync: false }), {});
    expect([off.log.lines, calls]).toEqual([['kb sync: switched off'], 0]);
    const refused = deps(async () => Promise.reject(new AppFailure({ kind: 'rate_limited', step: 'freshdeskListSolutionCategories', message: 'Freshdesk answered 429' })));
    await runScheduledWork(beginInvocation(refused.deps, {}), {});
    expect(refused.log.lines).toEqual(['kb sync: listing categories failed (Freshdesk answered 429)']);
  });

  it('a pump schedule runs a pump pass, not the sync', async () => {
    const { log, deps: d } = deps(async () => []);
    await runScheduledWork(beginInvocation(d, {}), { kind: 'pump', slot: 2 });
    expect(log.lines.some((l) => l.startsWith('kb sync'))).toBe(false);
    expect(log.lines.join('\n')).toMatch(/pump 2: 0 of 0 due jobs run/);
  });
});
