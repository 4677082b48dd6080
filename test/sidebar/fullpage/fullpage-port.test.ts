/**
 * The FullPagePort over a stand-in FDK client: the keys it reads, the SMI it calls, the portal origin from
 * `currentHost`, and how missing, unreadable and rejected answers come back.
 */
import type { FdkClient } from '../../../app/src/fdk/client';
import { createFullPagePort, SYNC_FUNCTION } from '../../../app/src/fullpage/fdk/fullpage-port';
import { PageError } from '../../../app/src/fullpage/port';
import { KB_FINDINGS_KEY, KB_STATUS_KEY } from '../../../server/contracts/kb-records';
import { QUALITY_KEY } from '../../../server/contracts/quality-record';
import { findings, quality, status, storedQualityRecord } from './fixtures';

type Call = [string, ...unknown[]];

function fakeClient(records: Record<string, unknown>, invoke?: FdkClient['request']['invoke']) {
  const calls: Call[] = [];
  const unused = async (): Promise<never> => {
    throw new Error('not used by the full-page app');
  };
  const client: FdkClient = {
    data: { get: async (name) => (calls.push(['data', name]), { currentHost: { endpoint_urls: { freshdesk: 'https://acme.freshdesk.com' } } }) },
    iparams: { get: unused },
    db: {
      get: async (key) => {
        calls.push(['db.get', key]);
        if (!(key in records)) throw { status: 404, message: 'Record not found' };
        return records[key];
      },
      update: unused,
    },
    request: { invokeTemplate: unused, invoke: invoke ?? (async (name, payload) => (calls.push(['smi', name, payload]), { requestID: 'r', response: { message: 'Sync started.' } })) },
    interface: { trigger: unused },
    instance: { resize: () => undefined },
    events: { on: () => undefined },
  };
  return { client, calls };
}

it('reads the three records under the keys the server writes, and the origin for free', async () => {
  const { client, calls } = fakeClient({ [KB_STATUS_KEY]: status(), [KB_FINDINGS_KEY]: findings(), [QUALITY_KEY]: storedQualityRecord() });
  const port = createFullPagePort(client);
  const [s, f, q, origin] = await Promise.all([port.status(), port.findings(), port.quality(), port.helpdeskUrl()]);
  expect([s, f, origin]).toEqual([status(), findings(), 'https://acme.freshdesk.com']);
  expect(q?.results.map((r) => r.ticketId).sort()).toEqual(quality().results.map((r) => r.ticketId).sort());
  expect(calls.filter(([op]) => op === 'db.get').map(([, key]) => key)).toEqual([KB_STATUS_KEY, KB_FINDINGS_KEY, QUALITY_KEY]);
});

it('a missing record is "nothing yet"; an unreadable one, or a failed read, is a PageError', async () => {
  const port = createFullPagePort(fakeClient({ [KB_FINDINGS_KEY]: { v: 1, gaps: 'x' } }).client);
  await expect(port.status()).resolves.toBeUndefined();
  await expect(port.findings()).rejects.toEqual(new PageError('invalid', 'The knowledge-base findings record is not readable'));
  const failing = createFullPagePort({ ...fakeClient({}).client, db: { get: () => Promise.reject({ status: 429, message: 'x' }), update: async () => undefined } });
  await expect(failing.quality()).rejects.toMatchObject({ kind: 'rate_limited', message: 'Reading quality failed (HTTP 429)' });
});

it('Sync now invokes the SMI with an empty payload and answers its message', async () => {
  const { client, calls } = fakeClient({});
  expect(await createFullPagePort(client).syncNow()).toEqual({ message: 'Sync started.' });
  expect(calls).toEqual([['smi', SYNC_FUNCTION, {}]]);
  expect(SYNC_FUNCTION).toBe('syncKnowledgeBase');
});

it("a rejected Sync now says the status and the server's sentence", async () => {
  const rejecting = (rejection: unknown) => createFullPagePort(fakeClient({}, () => Promise.reject(rejection)).client);
  await expect(rejecting({ requestID: 'r', status: 409, message: 'A pass is already running.', errorSource: 'APP' }).syncNow()).rejects.toMatchObject({
    kind: 'rejected',
    message: 'Sync now failed (HTTP 409): A pass is already running.',
  });
  await expect(rejecting({ status: 504 }).syncNow()).rejects.toMatchObject({ kind: 'timeout', message: 'Sync now failed (HTTP 504)' });
});
