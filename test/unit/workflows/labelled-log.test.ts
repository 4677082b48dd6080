/** Each handler run labels its log lines (server/workflows/invocation.ts): runs of different events interleave. */
import { beginInvocation } from '../../../server/workflows/invocation';
import { manualClock, memoryLog } from './support/memory-ports';

it("a run's lines carry its handler's label at every level; the shared log itself is left as it was", () => {
  const log = memoryLog();
  const ports = { clock: manualClock(), log };
  const run = beginInvocation(ports, {}, 'onTicketCreate');
  run.log.info('ticket 1001: triage done');
  run.log.warn('ticket 1001: slow');
  run.log.error('ticket 1001: failed');
  beginInvocation(ports, {}).log.info('no label');
  expect(log.lines).toEqual(['onTicketCreate: ticket 1001: triage done', 'onTicketCreate: ticket 1001: slow', 'onTicketCreate: ticket 1001: failed', 'no label']);
  expect(ports.log).toBe(log);
});
