/** One handler run's context (server/workflows/invocation.ts). */
import { beginInvocation } from '../../../server/workflows/invocation';
import { manualClock } from './support/memory-ports';

describe('beginInvocation', () => {
  it("takes this run's settings from its iparams and its start from the clock; the ports stay the same objects", () => {
    const clock = manualClock();
    const ports = { clock, store: { marker: 1 } };
    const first = beginInvocation(ports, { feature_qa: false, qa_sample_rate: '25' });
    clock.advance(5_000);
    const second = beginInvocation(ports, {});
    expect([first.settings.feature_qa, first.settings.qa_sample_rate, first.startedAt]).toEqual([false, 0.25, clock.now() - 5_000]);
    expect([second.settings.feature_qa, second.startedAt]).toEqual([true, clock.now()]);
    expect(second.store).toBe(ports.store);
    // The shared ports are not touched: a warm context's next run starts clean.
    expect(ports).toEqual({ clock, store: { marker: 1 } });
  });
});
