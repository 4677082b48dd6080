/** Starting a fake Freshdesk on loopback for a test, with a clock the test moves and axios clients per key. */
import axios, { type AxiosInstance } from 'axios';
import {
  ADMIN_KEY,
  createFreshdeskFake,
  type FreshdeskAccount,
  type FreshdeskFake,
  minimalAccount,
} from '../../../devkit/fakes/freshdesk';
import { startFake, type RunningFake } from '../../../devkit/fakes/kit';

export class TestClock {
  /** Mid-minute, so a window is neither fresh nor about to end: 2026-11-25T09:00:30Z. */
  constructor(public ms = Date.UTC(2026, 10, 25, 9, 0, 30)) {}
  now(): number {
    return this.ms;
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface TestFreshdesk {
  fake: RunningFake;
  service: FreshdeskFake;
  clock: TestClock;
  /** An admin key's client; every status resolves (tests inspect it). */
  api: AxiosInstance;
  as(key: string): AxiosInstance;
  close(): Promise<void>;
}

export function client(url: string, key?: string, password = 'X'): AxiosInstance {
  return axios.create({
    baseURL: url,
    ...(key !== undefined ? { auth: { username: key, password } } : {}),
    validateStatus: () => true,
  });
}

export async function startFreshdesk(change?: (a: FreshdeskAccount) => void): Promise<TestFreshdesk> {
  const account = minimalAccount();
  change?.(account);
  const clock = new TestClock();
  const service = createFreshdeskFake(account, { clock });
  const fake = await startFake(service);
  return {
    fake,
    service,
    clock,
    api: client(fake.url, ADMIN_KEY),
    as: (key) => client(fake.url, key),
    close: () => fake.close(),
  };
}

export const TICKET = 1042;
export const OTHER_TICKET = 1043;
