/**
 * The simulator plays the agent's ticket page too: once a customer reply's or a resolve's handler ran, the open
 * sidebar of that ticket receives what the page would fire (devkit/platform/web/page-events.ts; docs/platform.md
 * "Front end: events the ticket sidebar receives"), and the sidebar reads the record the handler wrote.
 */
import { openEventStream, type EventStream } from '../platform/web/event-stream';
import { waitFor } from '../platform/web/open-page';
import { removeDir, startTestStack, type TestStack } from './simulator/helpers';

let t: TestStack;
let stream: EventStream;

beforeAll(async () => {
  t = await startTestStack();
  stream = await openEventStream(t.stack.web.url, 1001);
  await waitFor(() => t.stack.web.ticketEventListeners(1001) === 1, 'the sidebar page of ticket 1001');
});
afterAll(async () => {
  stream.close();
  await t.close();
  removeDir(t.stateDir);
});

it('a customer reply activates the open sidebar again, after the handler wrote the sentiment', async () => {
  const res = await t.post('/sim/api/tickets/1001/reply', { text: 'This is unacceptable, I want my money back.' });
  expect(res.status).toBe(200);
  await waitFor(() => stream.events.length === 1, 'the event');
  expect(stream.events).toEqual([{ name: 'app.activated' }]);
  const record = t.stack.platform().db.peek('ticket:1001') as { sentiment?: { status?: string } } | undefined;
  expect(record?.sentiment?.status).toBe('done');
});

it('a resolve fires ticket.propertiesUpdated into it', async () => {
  const res = await t.post('/sim/api/tickets/1001/resolve', {});
  expect(res.status).toBe(200);
  await waitFor(() => stream.events.length === 2, 'the second event');
  expect(stream.events[1]).toEqual({ name: 'ticket.propertiesUpdated', data: {} });
});

it('a new ticket fires nothing into the pages of other tickets', async () => {
  const res = await t.post('/sim/api/tickets', { subject: 'Another one', text: 'Hello', requesterId: 5001, priority: 2 });
  expect(res.status).toBe(200);
  await new Promise((r) => setTimeout(r, 100));
  expect(stream.events).toHaveLength(2);
});
