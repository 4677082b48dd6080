/**
 * fakeControl(url): the /__control/* endpoints over HTTP, for tests and tools (bench, CLI) that hold only a
 * fake's URL, not its RunningFake. Any non-2xx answer throws (axios default).
 */
import axios from 'axios';
import type { FakeLogEntry, FaultRule } from './types';

export interface FakeControl {
  log(): Promise<FakeLogEntry[]>;
  clearLog(): Promise<void>;
  setFaults(rules: FaultRule[]): Promise<void>;
  faults(): Promise<FaultRule[]>;
  clearFaults(): Promise<void>;
  state<T = unknown>(): Promise<T>;
  /** Service state back to its seed, log and fault rules cleared. */
  reset(): Promise<void>;
}

export function fakeControl(url: string): FakeControl {
  const http = axios.create({ baseURL: `${url.replace(/\/+$/, '')}/__control`, timeout: 10_000 });
  return {
    log: async () => (await http.get<FakeLogEntry[]>('/log')).data,
    clearLog: async () => void (await http.delete('/log')),
    setFaults: async (rules) => void (await http.put('/faults', rules)),
    faults: async () => (await http.get<FaultRule[]>('/faults')).data,
    clearFaults: async () => void (await http.delete('/faults')),
    state: async <T>() => (await http.get<T>('/state')).data,
    reset: async () => void (await http.post('/reset')),
  };
}
