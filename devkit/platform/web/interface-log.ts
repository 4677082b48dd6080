/**
 * The platform's record of what the page asked the host to do — `client.interface.trigger(...)` and
 * `client.instance.resize/send/close` — because in a headless run there is no Freshdesk page to look at, and a
 * test must still be able to prove "the draft was inserted into the editor" (docs/platform.md
 * "Front end: the interface method and events", "Front end: bootstrapping and the frame"). Rejected calls are recorded
 * too: an app that sends a bad `showNotify` type should show up in a test.
 */
import type { Clock, PlatformApiError } from '../types';

export interface InterfaceLogEntry {
  /** 1, 2, 3… in call order, restarting after clear(). */
  seq: number;
  at: number;
  /** The `?ticket=` of the page that made the call. */
  ticketId: number | undefined;
  /** `interface.trigger`, `instance.resize`, `instance.send` or `instance.close`. */
  method: string;
  /** The trigger action (`setValue`, `showNotify`, …); absent for instance methods. */
  action?: string;
  /** The options exactly as the app passed them. */
  options: unknown;
  outcome: 'resolved' | 'rejected';
  /** What the promise resolved with (for resize: `{ height }` after the 700 px cap). */
  result?: unknown;
  error?: PlatformApiError;
}

export type NewLogEntry = Omit<InterfaceLogEntry, 'seq' | 'at'>;

export interface InterfaceLog {
  record(entry: NewLogEntry): InterfaceLogEntry;
  entries(): InterfaceLogEntry[];
  clear(): void;
}

export function createInterfaceLog(clock: Clock): InterfaceLog {
  let seq = 0;
  let entries: InterfaceLogEntry[] = [];
  return {
    record(entry) {
      const full: InterfaceLogEntry = { seq: ++seq, at: clock.now(), ...entry };
      entries.push(full);
      return full;
    },
    // Deep copies, so a test holding the array cannot be surprised by later calls (or mutate the log).
    entries: () => JSON.parse(JSON.stringify(entries)) as InterfaceLogEntry[],
    clear() {
      entries = [];
      seq = 0;
    },
  };
}
