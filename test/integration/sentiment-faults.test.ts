/**
 * Sentiment, "nothing lost, nothing doubled": every fault kind on every request a customer reply makes, then
 * recovery. A retryable fault defers the rest to the backlog, which the pumps drain on the ManualClock (a retry that still
 * has to analyze reads the reply again from Freshdesk); a rejected key fails with its reason until an agent presses
 * Retry. Either way the contact and the ticket end exactly as in a run without faults.
 */
import { FAULT_KINDS, FAULT_TEST_TIMEOUT_MS } from '../helpers/fault-kinds';
import { startStack, type Stack } from '../helpers/stack';
import { contactFieldsOf, fireReply, jobs, settle, ticketRecord, type Json } from './support/sentiment-qa';

const TICKET = 1009;
const REPLY = 100935; // "… unacceptable … refund … supervisor": risk 0.95, so every step makes its requests
const GRACE = 5009;
const TIMEOUT_MS = FAULT_TEST_TIMEOUT_MS;

type Service = 'sentiment' | 'freshdesk';
const STEPS: Array<{ request: string; step: string; service: Service; endpoint: string }> = [
  { request: 'analyze', step: 'analyze', service: 'sentiment', endpoint: 'POST /analyze' },
  { request: 'contact fields', step: 'contact', service: 'freshdesk', endpoint: 'GET /api/v2/contact_fields' },
  { request: 'contact update', step: 'contact', service: 'freshdesk', endpoint: 'PUT /api/v2/contacts/:id' },
  { request: 'ticket read', step: 'escalate', service: 'freshdesk', endpoint: 'GET /api/v2/tickets/:id' },
  { request: 'ticket update', step: 'escalate', service: 'freshdesk', endpoint: 'PUT /api/v2/tickets/:id' },
];
const FAULTS = FAULT_KINDS;

interface EndState {
  contact: Json;
  ticket: Json;
}

/** No onAppInstall: the first reply reads the contact fields itself, so that request meets its faults too. */
const fresh = () => startStack({ platform: { requestTimeoutMs: TIMEOUT_MS } });

function endState(stack: Stack): EndState {
  const { tags, priority, status } = stack.ticket(TICKET);
  return { contact: contactFieldsOf(stack, GRACE), ticket: { tags, priority, status } };
}

const sentiment = (stack: Stack): Json => ticketRecord(stack, TICKET).sentiment as Json;

let baseline: EndState;

beforeAll(async () => {
  const stack = await fresh();
  await fireReply(stack, TICKET, REPLY);
  baseline = endState(stack);
  await stack.close();
  expect(baseline.contact).toMatchObject({ sentiment_score: 'negative', escalation_risk: '0.95' });
  expect(baseline.ticket.tags).toContain('escalation-risk:high');
});

describe.each(STEPS)('a fault on the $request ($step)', ({ step, service, endpoint }) => {
  it.each(FAULTS)('$name: deferred or failed with its reason, then recovers to the no-fault end state', async ({ fault, retryable }) => {
    const stack = await fresh();
    try {
      stack.setFaults(service, [{ endpoint, fault, times: 1 }]);
      const run = await fireReply(stack, TICKET, REPLY);
      expect(run.ok).toBe(true); // the handler never throws
      expect(run.logs.filter((l) => l.includes(`ticket ${TICKET}: sentiment of conversation ${REPLY}`))).toHaveLength(1); // one clear line

      const first = sentiment(stack);
      expect(first.status).toBe(retryable ? 'deferred' : 'failed');
      expect(first.errors[step]).toMatchObject({ retryable });
      expect(first.done).not.toContain(step);
      // The next attempt waits in the backlog (the `jobs` entity), drained by the pumps.
      expect(jobs(stack)).toEqual(retryable ? [expect.objectContaining({ job: `sentiment:c${REPLY}`, attempt: 2 })] : []);

      if (fault.kind === 'latency') await settle(fault.ms + 100); // the fake finishes what the app stopped waiting for
      if (retryable) await stack.platform.advance(6 * 60 * 60 * 1000);
      else {
        const answer = await stack.platform.invokeSmi('retryTicket', { ticket_id: TICKET }); // the agent's Retry
        expect(answer.response).toMatchObject({ retried: true, sentiment: { status: 'done' } });
      }

      expect(sentiment(stack)).toMatchObject({ status: 'done', errors: {}, result: { escalationRisk: 0.95 } });
      expect(endState(stack)).toEqual(baseline);
    } finally {
      await stack.close();
    }
  });
});
