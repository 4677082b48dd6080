/**
 * QA, "nothing lost, nothing doubled": every fault kind on every request a resolution makes, then recovery. A
 * retryable fault defers the rest to the backlog, which the pumps drain on the ManualClock; a rejected key fails with its
 * reason until an agent presses Retry. A note that Freshdesk stored although the app saw a failure (a timeout, a
 * damaged answer) is found before posting again: exactly one note, as in a run without faults.
 */
import { FAULT_KINDS, FAULT_TEST_TIMEOUT_MS } from '../helpers/fault-kinds';
import { startStack, type Stack } from '../helpers/stack';
import { fireStatus, jobs, qaNotes, settle, ticketRecord, type Json } from './support/sentiment-qa';

const TICKET = 1009;
const RESOLVED_AT = '2026-11-25T13:00:00Z';
const TIMEOUT_MS = FAULT_TEST_TIMEOUT_MS;

type Service = 'qa' | 'freshdesk';
const STEPS: Array<{ request: string; step: string; service: Service; endpoint: string }> = [
  { request: 'conversations read', step: 'evaluate', service: 'freshdesk', endpoint: 'GET /api/v2/tickets/:id/conversations' },
  { request: 'evaluation', step: 'evaluate', service: 'qa', endpoint: 'POST /evaluate' },
  { request: 'note', step: 'note', service: 'freshdesk', endpoint: 'POST /api/v2/tickets/:id/notes' },
];
const FAULTS = FAULT_KINDS;

const fresh = () => startStack({ platform: { requestTimeoutMs: TIMEOUT_MS } });
const qa = (stack: Stack): Json => ticketRecord(stack, TICKET).qa as Json;

let baseline: { notes: string[]; evaluation: Json };

beforeAll(async () => {
  const stack = await fresh();
  await fireStatus(stack, TICKET, 2, 4, RESOLVED_AT);
  baseline = { notes: qaNotes(stack, TICKET).map((n) => n.body), evaluation: qa(stack).evaluation as Json };
  await stack.close();
  expect(baseline.notes).toHaveLength(1);
});

describe.each(STEPS)('a fault on the $request ($step)', ({ step, service, endpoint }) => {
  it.each(FAULTS)('$name: deferred or failed with its reason, then recovers with exactly one note', async ({ fault, retryable }) => {
    const stack = await fresh();
    try {
      stack.setFaults(service, [{ endpoint, fault, times: 1 }]);
      const run = await fireStatus(stack, TICKET, 2, 4, RESOLVED_AT);
      expect(run.ok).toBe(true); // the handler never throws
      expect(run.logs.filter((l) => l.includes(`ticket ${TICKET}: QA`))).toHaveLength(1); // one clear line

      const first = qa(stack);
      expect(first.status).toBe(retryable ? 'deferred' : 'failed');
      expect(first.errors[step]).toMatchObject({ retryable });
      expect(first.done).not.toContain(step);
      // The next attempt waits in the backlog (the `jobs` entity), drained by the pumps.
      expect(jobs(stack)).toEqual(retryable ? [expect.objectContaining({ job: expect.stringMatching(/^qa:1009:[0-9a-z]+$/), attempt: 2 })] : []);

      if (fault.kind === 'latency') await settle(fault.ms + 100); // the fake finishes what the app stopped waiting for
      if (retryable) await stack.platform.advance(6 * 60 * 60 * 1000);
      else {
        const answer = await stack.platform.invokeSmi('retryTicket', { ticket_id: TICKET }); // the agent's Retry
        expect(answer.response).toMatchObject({ retried: true, qa: { status: 'done' } });
      }

      expect(qa(stack)).toMatchObject({ status: 'done', errors: {}, evaluation: baseline.evaluation });
      expect(qaNotes(stack, TICKET).map((n) => n.body)).toEqual(baseline.notes);
    } finally {
      await stack.close();
    }
  });
});
