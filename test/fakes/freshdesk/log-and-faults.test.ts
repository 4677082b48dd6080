/**
 * The fake Freshdesk through the kit: the request log with endpoints and ticket ids, faults in Freshdesk's own
 * error format, wrong_types on real Freshdesk JSON, and state/reset over the control endpoints.
 */
import { fakeControl } from '../../../devkit/fakes/kit';
import type { FreshdeskState } from '../../../devkit/fakes/freshdesk';
import { OTHER_TICKET, startFreshdesk, TICKET, type TestFreshdesk } from './helpers';

let fd: TestFreshdesk;
beforeEach(async () => {
  fd = await startFreshdesk();
});
afterEach(() => fd.close());

it('logs every request with its route pattern and ticket id', async () => {
  await fd.api.get(`/api/v2/tickets/${TICKET}`);
  await fd.api.put(`/api/v2/tickets/${OTHER_TICKET}`, { priority: 9 });
  await fd.api.post(`/api/v2/tickets/${TICKET}/notes`, { body: 'x' });
  await fd.api.get('/api/v2/groups');
  await fd.api.get('/api/v2/unknown');
  expect(fd.fake.log().map(({ method, endpoint, status, ticketId }) => ({ method, endpoint, status, ticketId }))).toEqual([
    { method: 'GET', endpoint: 'GET /api/v2/tickets/:id', status: 200, ticketId: TICKET },
    { method: 'PUT', endpoint: 'PUT /api/v2/tickets/:id', status: 400, ticketId: OTHER_TICKET },
    { method: 'POST', endpoint: 'POST /api/v2/tickets/:id/notes', status: 201, ticketId: TICKET },
    { method: 'GET', endpoint: 'GET /api/v2/groups', status: 200, ticketId: undefined },
    { method: 'GET', endpoint: 'GET /api/v2/unknown', status: 404, ticketId: undefined },
  ]);
  expect(fd.fake.log().every((e) => e.service === 'freshdesk')).toBe(true);
});

it('speaks Freshdesk error bodies for status, rate_limit and reject_key faults', async () => {
  fd.fake.setFaults([
    { endpoint: 'PUT /api/v2/tickets/:id', fault: { kind: 'status', status: 500 }, times: 1 },
    { endpoint: 'POST /api/v2/tickets/:id/notes', fault: { kind: 'rate_limit', retryAfterSeconds: 9 }, times: 1 },
    { endpoint: 'GET /api/v2/tickets/:id', fault: { kind: 'reject_key' }, times: 1 },
  ]);
  const put = await fd.api.put(`/api/v2/tickets/${TICKET}`, { priority: 3 });
  expect(put.status).toBe(500);
  expect(put.data).toEqual({ message: "We're sorry, but something went wrong." });
  const note = await fd.api.post(`/api/v2/tickets/${TICKET}/notes`, { body: 'x' });
  expect(note.status).toBe(429);
  expect(note.headers['retry-after']).toBe('9');
  const get = await fd.api.get(`/api/v2/tickets/${TICKET}`);
  expect(get.status).toBe(401);
  expect(get.data).toEqual({ code: 'invalid_credentials', message: 'You have to be logged in to perform this action.' });
  // Faulted requests never reached the account: nothing changed.
  expect(fd.service.state().tickets.find((t) => t.id === TICKET)).toMatchObject({ priority: 2 });
  expect(fd.service.state().notes).toEqual([]);
  expect(fd.fake.log().map((e) => [e.status, e.fault, e.ticketId])).toEqual([
    [500, 'status', TICKET],
    [429, 'rate_limit', TICKET],
    [401, 'reject_key', TICKET],
  ]);
});

it('wrong_types swaps the types inside a real ticket and a real conversation list', async () => {
  fd.fake.setFaults([{ endpoint: '*', fault: { kind: 'wrong_types' } }]);
  const ticket = (await fd.api.get(`/api/v2/tickets/${TICKET}`)).data;
  expect(ticket).toMatchObject({ id: '1042', priority: '2', spam: 'false', group_id: null, tags: { '0': 7 } });
  expect(typeof ticket.subject).toBe('number');
  const list = (await fd.api.get(`/api/v2/tickets/${TICKET}/conversations`)).data;
  expect(Array.isArray(list)).toBe(false);
  expect(list['0']).toMatchObject({ id: '73015550001', incoming: 'false', ticket_id: '1042' });
});

it('truncated cuts a real ticket in half', async () => {
  fd.fake.setFaults([{ endpoint: 'GET /api/v2/tickets/:id', fault: { kind: 'truncated' }, times: 1 }]);
  const res = await fd.api.get(`/api/v2/tickets/${TICKET}`, { transformResponse: (d: unknown) => d });
  expect(res.status).toBe(200);
  expect(String(res.data).startsWith('{"cc_emails":[]')).toBe(true);
  expect(() => JSON.parse(String(res.data))).toThrow();
});

it('serves state and reset over the control endpoints', async () => {
  const ctl = fakeControl(fd.fake.url);
  await fd.api.put(`/api/v2/tickets/${TICKET}`, { tags: ['changed'] });
  await fd.api.post(`/api/v2/tickets/${TICKET}/notes`, { body: 'x' });
  const state = await ctl.state<FreshdeskState>();
  expect(state.tickets.find((t) => t.id === TICKET)?.tags).toEqual(['changed']);
  expect(state.notes).toHaveLength(1);
  expect(state.conversations[String(TICKET)]).toHaveLength(3);
  expect(state.ticketFields.some((f) => f.name === 'cf_ai_category')).toBe(true);
  expect(state.contactFields.some((f) => f.name === 'sentiment_score')).toBe(true);
  expect(state.contacts).toHaveLength(2);

  await ctl.reset();
  const after = await ctl.state<FreshdeskState>();
  expect(after.tickets.find((t) => t.id === TICKET)?.tags).toEqual(['billing']);
  expect(after.notes).toEqual([]);
  expect(after.conversations[String(TICKET)]).toHaveLength(2);
  expect(await ctl.log()).toEqual([]);
});
