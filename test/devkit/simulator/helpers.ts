/** Starting the simulator stack in-process for a test, and talking to it the way its page does. */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../../devkit/platform/clock';
import type { ActionResult, Overview, TicketDetail } from '../../../devkit/simulator/api';
import { startStack, type Stack, type StackOptions } from '../../../devkit/simulator/start-stack';

export interface TestStack {
  stack: Stack;
  clock: ManualClock;
  stateDir: string;
  get<T>(path: string): Promise<{ status: number; body: T }>;
  post<T = ActionResult>(path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: T }>;
  overview(): Promise<Overview>;
  /** The app's `$db` record of a ticket (`ticket:<id>`). */
  record(id: number): Record<string, unknown> | undefined;
  ticket(id: number): Promise<TicketDetail>;
  close(): Promise<void>;
}

export async function startTestStack(options: StackOptions & { stateDir?: string } = {}): Promise<TestStack> {
  const stateDir = options.stateDir ?? mkdtempSync(join(tmpdir(), 'simpli-sim-'));
  const clock = new ManualClock();
  let stack: Stack;
  try {
    // The demo's open tickets are delivered only where a test asks for it: the others count from the install alone.
    stack = await startStack({ port: 0, pumpIntervalMs: 0, clock, deliverArrivals: false, ...options, stateDir });
  } catch (error) {
    if (options.stateDir === undefined) removeDir(stateDir);
    throw error;
  }
  const url = (path: string) => new URL(path, stack.url).toString();
  const get = async <T>(path: string) => {
    const res = await fetch(url(path));
    return { status: res.status, body: (await res.json()) as T };
  };
  return {
    stack,
    clock,
    stateDir,
    get,
    post: async <T>(path: string, body: unknown = {}, headers: Record<string, string> = {}) => {
      const res = await fetch(url(path), { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
      return { status: res.status, body: (await res.json()) as T };
    },
    overview: async () => (await get<Overview>('/sim/api/state')).body,
    record: (id) => stack.platform().db.peek(`ticket:${id}`),
    ticket: async (id) => {
      const res = await get<TicketDetail>(`/sim/api/tickets/${id}`);
      if (res.status !== 200) throw new Error(`ticket ${id}: ${res.status}`);
      return res.body;
    },
    close: () => stack.close(),
  };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Whether something accepts connections on the loopback port. */
export function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export function portOf(url: string): number {
  return Number(new URL(url).port);
}
