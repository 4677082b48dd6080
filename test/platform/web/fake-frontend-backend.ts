/**
 * A small in-test FrontendBackend (devkit/platform/types.ts) with fixed, recognisable answers and a record of
 * calls, so the web server and the browser client are tested without the LocalPlatform.
 */
import type { FrontendBackend, InvokeTemplateArgs, SmiFailure, TemplateError, TemplateResponse } from '../../../devkit/platform/types';

export interface FakeBackendOptions {
  /** Simulate a buggy backend whose publicIparams() leaks a secure key (the server must still strip it). */
  leakSecure?: boolean;
}

export interface FakeFrontendBackend extends FrontendBackend {
  calls: Array<{ method: string; args: unknown[] }>;
  store: Map<string, Record<string, unknown>>;
}

const TICKETS: Record<number, { id: number; subject: string }> = {
  42: { id: 42, subject: 'Refund for order 1001' },
  7: { id: 7, subject: 'Password reset' },
};

export function createFakeFrontendBackend(options: FakeBackendOptions = {}): FakeFrontendBackend {
  const calls: FakeFrontendBackend['calls'] = [];
  const store = new Map<string, Record<string, unknown>>();
  const note = (method: string, ...args: unknown[]) => calls.push({ method, args });

  return {
    calls,
    store,
    async invokeTemplate(name: string, args: InvokeTemplateArgs): Promise<TemplateResponse> {
      note('invokeTemplate', name, args);
      if (name === 'simpliDraft') {
        return { status: 200, headers: { 'content-type': 'application/json' }, response: JSON.stringify({ draft: '<p>Hello</p>', echo: args }), attempts: 1 };
      }
      if (name === 'freshdeskGetTicket') {
        const err: TemplateError = { status: 404, headers: { 'content-type': 'application/json' }, response: '{"code":"access_denied"}', errorSource: 'APP', attempts: 1 };
        throw err;
      }
      if (name === 'limited') {
        const err: TemplateError = { status: 429, headers: { 'retry-after': '12' }, response: 'Rate limit exceeded', errorSource: 'PLATFORM', attempts: 1 };
        throw err;
      }
      throw new Error(`fake backend has no template ${name}`);
    },
    async invokeSmi(name: string, payload: Record<string, unknown>) {
      note('invokeSmi', name, payload);
      if (name === 'regenerateDraft') return { requestID: 'req-1', response: { draft: `<p>Draft for ${String(payload.ticketId)}</p>` } };
      const failure: SmiFailure =
        name === 'sendDraftFeedback'
          ? { requestID: 'req-2', status: 502, message: 'Simpli said no', errorSource: 'APP' }
          : { requestID: 'req-3', status: 404, message: 'Requested function not found or registered', errorSource: 'PLATFORM' };
      throw failure;
    },
    db: {
      async set(key, value) {
        note('db.set', key, value);
        if (key.length > 60) throw { status: 400, message: 'Key length should not exceed 60 characters' };
        store.set(key, value as Record<string, unknown>);
        return { Created: true };
      },
      async get(key) {
        note('db.get', key);
        const v = store.get(key);
        if (!v) throw { status: 404, message: 'Record not found' };
        return v;
      },
      async update(key, action, attributes) {
        note('db.update', key, action, attributes);
        const v = store.get(key);
        if (!v) throw { status: 404, message: 'Record not found' };
        if (action === 'set') store.set(key, { ...v, ...(attributes as Record<string, unknown>) });
        return { Updated: true };
      },
      async delete(key) {
        note('db.delete', key);
        if (!store.delete(key)) throw { status: 404, message: 'Record not found' };
        return { Deleted: true };
      },
    },
    publicIparams() {
      note('publicIparams');
      const base = { simpli_triage_host: 'triage.simpli.test', auto_triage: true };
      return options.leakSecure ? { ...base, simpli_api_key: 'sk-LEAKED-SECRET' } : base;
    },
    async productData(name: string, ticketId: number | undefined) {
      note('productData', name, ticketId);
      if (name === 'ticket') {
        const ticket = ticketId === undefined ? undefined : TICKETS[ticketId];
        if (!ticket) throw { status: 404, message: `No ticket ${String(ticketId)}` };
        return { ticket };
      }
      if (name === 'loggedInUser') return { loggedInUser: { id: 9, contact: { name: 'Ada Agent', email: 'ada@acme.test' } } };
      if (name === 'currentHost') return { currentHost: { subscribed_modules: ['support_ticket'], endpoint_urls: { freshdesk: 'https://acme.freshdesk.com' } } };
      if (name === 'status_options') return { status_options: [{ id: 2, label: 'Open' }] };
      throw { status: 400, message: `Unknown data name ${name}` };
    },
  };
}
