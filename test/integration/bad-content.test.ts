/**
 * Issue 11, "bad content is refused before it is written": each cause with the smallest case that showed it.
 */
import { startStack, type Stack } from '../helpers/stack';

let stack: Stack;
afterEach(() => stack?.close());

async function installed(): Promise<Stack> {
  const s = await startStack();
  expect((await s.platform.fireEvent('onAppInstall')).ok).toBe(true);
  s.clearLogs();
  return s;
}

const triage = (s: Stack, id: number) => (s.platform.db.peek(`ticket:${id}`) as { triage: Record<string, any> }).triage;

it('a 200 KB ticket (a pasted log) is still triaged: the text sent to Simpli is cut under the body limit', async () => {
  stack = await installed();
  // 110 KB as text and again as HTML: 220 KB of ticket, inside the platform's 256 KB event payload.
  const log = 'ERROR 2026-12-06 java.lang.NullPointerException at com.acme.Billing.charge(Billing.java:42)\n'.repeat(1_200);
  expect(log.length).toBeGreaterThan(105_000);
  const run = await stack.createTicket(1001, { description: log, description_text: log });
  expect(run.ok).toBe(true);
  expect(run.payloadBytes).toBeGreaterThan(200 * 1024);
  expect(triage(stack, 1001)).toMatchObject({ status: 'done', errors: {} });
  expect(stack.notes(1001)).toHaveLength(1);
  expect(stack.fakeLog().every((e) => e.status < 400)).toBe(true);
});

it('a whitespace-only draft is never posted: the draft step fails for good with its reason', async () => {
  stack = await installed();
  stack.setFaults('reply', [{ endpoint: 'POST /api/v1/draft', fault: { kind: 'status', status: 200, body: { draft_id: 'd1', draft: ' \n\t ', confidence: 0.9, language: 'en' } } }]);
  const run = await stack.createTicket(1001);
  expect(run.ok).toBe(true);
  const record = triage(stack, 1001);
  expect(record.status).toBe('failed');
  expect(record.errors.draft).toMatchObject({ kind: 'rejected', retryable: false, message: expect.stringMatching(/empty draft/) });
  expect(record.done).toEqual(expect.arrayContaining(['classify', 'route', 'update']));
  expect(stack.notes(1001)).toHaveLength(0);
});

it('an answer that never parses is fetched at most 3 times, then given up with its own cause', async () => {
  stack = await installed();
  stack.setFaults('triage', [{ endpoint: 'POST /classify', fault: { kind: 'malformed' } }]);
  expect((await stack.createTicket(1001)).ok).toBe(true);
  await stack.platform.advance(3 * 60 * 60 * 1000); // backoff 5, 10 minutes: the third attempt is the last
  const classifies = stack.fakeLog().filter((e) => e.endpoint === 'POST /classify');
  expect(classifies).toHaveLength(3);
  const record = triage(stack, 1001);
  expect(record.status).toBe('failed');
  expect(record.errors.classify).toMatchObject({ kind: 'invalid_response', retryable: false, message: expect.stringMatching(/^gave up after 3 attempts/) });
  // The draft did not fail: it is done, and its note posted.
  expect(record.done).toContain('draft');
  expect(stack.notes(1001)).toHaveLength(1);
});
