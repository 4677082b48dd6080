/**
 * The `client` object `app.initialized()` resolves with (docs/platform.md "Front end: bootstrapping and the frame",
 * "fdk run: the local harness"). Each method is one dprouter call; everything the platform decides (validation,
 * the 700 px cap, confirm answers, secure-iparam filtering) is decided on the server, so this stays a thin, faithful
 * proxy.
 */
import { CLIENT_MESSAGE_SOURCE as SOURCE } from '../protocol';
import type { EventBus, EventCallback } from './events';
import { createEntityDb } from './entity';
import { pageLocation, postToParent } from './page';
import { call, failures } from './transport';

export interface ClientDeps {
  events: EventBus;
  instanceId: string;
  /** Callbacks of `client.instance.receive` (messages from the host or other instances). */
  receivers: Array<(event: { helper: { getData(): unknown } }) => unknown>;
}

const api = failures.api;

function createInterface() {
  return {
    trigger(action: string, options?: unknown): Promise<unknown> {
      const opts = options ?? {};
      return call('interface', { action, options: opts }, api).then((result) => {
        postToParent({ source: SOURCE, kind: 'interface', action, options: opts, result });
        return result;
      });
    },
  };
}

function createInstance(deps: ClientDeps) {
  const self = () => ({ instanceId: deps.instanceId, location: pageLocation(), product: 'freshdesk' });
  return {
    context: () => Promise.resolve({ ...self(), data: {} }),
    get: () => Promise.resolve([self()]),
    resize(options: { height: string | number }): Promise<unknown> {
      return call('instance', { method: 'resize', options }, api).then((result) => {
        postToParent({ source: SOURCE, kind: 'resize', height: (result as { height: number }).height });
        return result;
      });
    },
    send(options: { message: unknown; receiver?: string }): Promise<unknown> {
      return call('instance', { method: 'send', options }, api).then((result) => {
        postToParent({ source: SOURCE, kind: 'instance', method: 'send', options });
        return result;
      });
    },
    receive(callback: (event: { helper: { getData(): unknown } }) => unknown): void {
      deps.receivers.push(callback);
    },
    close(): Promise<unknown> {
      return call('instance', { method: 'close' }, api).then((result) => {
        postToParent({ source: SOURCE, kind: 'instance', method: 'close', options: null });
        return result;
      });
    },
  };
}

export function createClient(deps: ClientDeps) {
  return {
    data: { get: (name: string) => call('data', { name }, api) },
    iparams: { get: (key?: string) => call('iparams', key === undefined ? {} : { key }, api) },
    request: {
      invokeTemplate: (name: string, args?: Record<string, unknown>) => call('invokeTemplate', { name, args: args ?? {} }, failures.template),
      invoke: (name: string, payload?: Record<string, unknown>) => call('invoke', { name, payload: payload ?? {} }, failures.smi),
    },
    db: {
      set: (key: string, value: unknown, options?: Record<string, unknown>) => call('db/set', { key, value, options }, api),
      get: (key: string) => call('db/get', { key }, api),
      update: (key: string, action: string, attributes: unknown) => call('db/update', { key, action, attributes }, api),
      delete: (key: string) => call('db/delete', { key }, api),
      entity: createEntityDb(),
    },
    interface: createInterface(),
    instance: createInstance(deps),
    events: {
      on: (name: string, callback: EventCallback, options?: { intercept?: boolean }) => deps.events.on(name, callback, options),
    },
  };
}

export type FdkClient = ReturnType<typeof createClient>;
