/** What a scheduled event runs (server/workflows/scheduled-work.ts), over in-memory ports. */
import { AppFailure } from '../../../server/domain/errors';
import { beginInvocation } from '../../../server/workflows/invocation';
import { runScheduledWork } from '../../../server/workflows/scheduled-work';
import { manualClock, memoryBacklog, memoryLog, memoryScheduler, memoryStore } from './support/memory-ports';
import { memoryHelpdesk, memorySimpli } from './support/memory-services';

function deps(categories: number[]) {
  const log = memoryLog();
  const helpdesk = memoryHelpdesk();
  helpdesk.listSolutions = async (step) => {
    helpdesk.calls.push({ method: 'listSolutions', args: [step] });
    return { ids: categories, articles: [], more: false };
  };
  return { log, helpdesk, deps: { store: memoryStore(), backlog: memoryBacklog(), scheduler: memoryScheduler(), clock: manualClock(), log, helpdesk, simpli: memorySimpli() } };
}

describe('scheduled work', () => {
  it('data of no job kind is the knowledge-base sync: it lists the Solutions categories', async () => {
    const d = deps([1, 2]);
    await runScheduledWork(beginInvocation(d.deps, {}), { kind: 'kb-sync' });
    expect(d.log.lines).toEqual(['kb sync: 2 solution categories']);
    expect(d.helpdesk.callsOf('listSolutions')).toEqual([[{ list: 'categories', page: 1 }]]);
  });

  it('switched off, the sync reads nothing; a refused listing is one clear line', async () => {
    const off = deps([1]);
    await runScheduledWork(beginInvocation(off.deps, { feature_kb_sync: false }), {});
    expect([off.log.lines, off.helpdesk.calls]).toEqual([['kb sync: switched off'], []]);
    const refused = deps([]);
    refused.helpdesk.listSolutions = async () => Promise.reject(new AppFailure({ kind: 'rate_limited', step: 'freshdeskListSolutionCategories', message: 'Freshdesk answered 429' }));
    await runScheduledWork(beginInvocation(refused.deps, {}), {});
    expect(refused.log.lines).toEqual(['kb sync: listing categories failed (Freshdesk answered 429)']);
  });

  it('a pump schedule runs a pump pass, not the sync', async () => {
    const d = deps([]);
    await runScheduledWork(beginInvocation(d.deps, {}), { kind: 'pump', slot: 2 });
    expect(d.log.lines.some((l) => l.startsWith('kb sync'))).toBe(false);
    expect(d.log.lines.join('\n')).toMatch(/pump 2: 0 of 0 due jobs run/);
  });
});
