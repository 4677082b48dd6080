/**
 * `client.events.on(name, callback, { intercept? })` (docs/platform.md "Front end: bootstrapping and the frame",
 * "Front end: the interface method and events"). Events come from the host page (protocol.ts HostMessage) or from
 * the client itself (`app.activated` once after initialisation).
 *
 * Every callback gets `{ type, helper: { getData(), done(), fail(message) } }`. For an intercepted event the host
 * waits for the first `done()`/`fail()` of an intercepting listener (none registered: done). Handlers registered
 * after an event fired are not replayed — like the documented pattern, register inside `app.initialized()`'s
 * callback. A throwing handler is logged and does not stop the others.
 */
export interface FdkEvent {
  type: string;
  helper: { getData(): unknown; done(): void; fail(message?: string): void };
}

export type EventCallback = (event: FdkEvent) => unknown;
export type InterceptReply = (id: string, outcome: 'done' | 'fail', message?: string) => void;

interface Listener {
  callback: EventCallback;
  intercept: boolean;
}

export interface EventBus {
  on(name: string, callback: EventCallback, options?: { intercept?: boolean }): void;
  emit(name: string, data?: unknown, interceptId?: string): void;
}

export function createEventBus(replyToHost: InterceptReply): EventBus {
  const listeners = new Map<string, Listener[]>();

  function emit(name: string, data?: unknown, interceptId?: string): void {
    const list = listeners.get(name) ?? [];
    let answered = false;
    const answer = (outcome: 'done' | 'fail', message?: string) => {
      if (interceptId === undefined || answered) return;
      answered = true;
      replyToHost(interceptId, outcome, message);
    };
    for (const { callback, intercept } of list) {
      const helper = {
        getData: () => data,
        done: () => (intercept ? answer('done') : undefined),
        fail: (message?: string) => (intercept ? answer('fail', message) : undefined),
      };
      try {
        callback({ type: name, helper });
      } catch (err) {
        console.error(`Handler for ${name} threw`, err);
      }
    }
    if (!list.some((l) => l.intercept)) answer('done');
  }

  return {
    on(name, callback, options) {
      if (typeof name !== 'string' || typeof callback !== 'function') throw new TypeError('events.on(name, callback) needs a string and a function');
      const list = listeners.get(name) ?? [];
      list.push({ callback, intercept: options?.intercept === true });
      listeners.set(name, list);
    },
    emit,
  };
}
